/**
 * What changed since the original GitBook page, oldest first. Rendered on /changes.
 * Each change cites the facts-sheet item through its sources; `date` is as precise as the source.
 */
import type {Change} from './schema';
import {SOURCES as S} from './sources';

export const changes: Change[] = [
  {
    id: 'cloud-api',
    date: '2022-04',
    title: 'Появился Cloud API: подключиться может любая компания',
    before: 'Доступ к API выдавал Facebook через ограниченный круг крупных компаний-провайдеров.',
    now: 'Meta размещает Cloud API у себя. Компания подключается напрямую через Meta или через провайдера (BSP).',
    more: '/whatsapp-business-api#access',
    sources: [S.cloudVsOnPrem],
  },
  {
    id: 'coexistence',
    date: '2025',
    title: 'Один номер в приложении WhatsApp Business и в API',
    before: 'У WhatsApp Business API нет приложения для телефона.',
    now: 'Своего приложения у платформы по-прежнему нет, но номер из приложения WhatsApp Business можно подключить к Cloud API и продолжать пользоваться приложением (сосуществование).',
    more: '/whatsapp-business-api#coexistence',
    sources: [S.coexistence, S.coexistenceLimits],
  },
  {
    id: 'per-message-pricing',
    date: '2025-07-01',
    title: 'Оплата за каждое доставленное шаблонное сообщение',
    before: 'Рассылать много сообщений можно, «но за деньги» — без подробностей.',
    now: 'Meta берёт плату за доставленные сообщения-шаблоны по категориям (маркетинг, сервисные, аутентификация); цена зависит от страны.',
    more: '/whatsapp-business-api#pricing',
    sources: [S.pricing],
  },
  {
    id: 'account-ownership',
    date: '2025-10-01',
    title: 'Аккаунтом WhatsApp Business владеет сама компания',
    before: 'Подключение шло через провайдера, который мог владеть аккаунтом от имени клиента.',
    now: 'Модель, при которой провайдер владеет аккаунтом от имени клиента, отменена; перенести аккаунты нужно было до 1 октября 2025 года.',
    more: '/whatsapp-business-api#ownership',
    sources: [S.oboDeprecation],
  },
  {
    id: 'portfolio-limits',
    date: '2025-10-07',
    title: 'Лимиты сообщений считаются на бизнес-портфолио',
    before: 'Исходная статья лимиты не упоминала.',
    now: 'Сколько новых клиентов в сутки можно пригласить к диалогу, задаётся для всего бизнес-портфолио: 250 → 2 000 → 10 000 → 100 000 → без ограничения.',
    more: '/whatsapp-business-api#messaging-limits',
    sources: [S.messagingLimits],
  },
  {
    id: 'on-premises-sunset',
    date: '2025-10-23',
    title: 'On-Premises API прекратил работу',
    before: 'API размещали у себя крупные провайдеры (On-Premises API).',
    now: 'Срок действия последней версии On-Premises API истёк 23 октября 2025 года; остался Cloud API.',
    more: '/whatsapp-business-api#on-premises',
    sources: [S.onPremSunset, S.cloudVsOnPrem],
  },
  {
    id: 'business-usernames',
    date: '2026-06-29',
    title: 'Имена пользователей и BSUID',
    before: 'Исходная статья их не упоминала.',
    now: 'В 2026 году WhatsApp постепенно вводит необязательные имена пользователей; бизнес мог зарезервировать имя с 29 июня 2026 года, номер оно не скрывает. С апреля 2026 года платформа присылает BSUID — идентификатор пользователя в рамках бизнеса, и интеграции должны его поддерживать.',
    more: '/whatsapp-business-api#usernames',
    sources: [S.businessScopedUserIds],
  },
  {
    id: 'service-messages-charged',
    date: '2026-10-01',
    title: 'Ответы в окне 24 часа могут стать платными (по сообщениям провайдеров)',
    before: 'Ответы клиенту в течение 24 часов были бесплатны.',
    now: 'По сообщениям провайдеров, с 1 октября 2026 года ответы в окне оплачиваются сверх бесплатного месячного объёма на номер, а сервисные шаблоны в окне перестали быть бесплатными. Страницу цен Meta проверить не удалось.',
    more: '/whatsapp-business-api#pricing',
    sources: [S.pricingOctober2026Chakra, S.pricingOctober2026YCloud, S.pricing],
  },
];
