/**
 * «Готовые ответы» (/answers): questions customers ask support, each with a short answer to paste to the
 * customer (polite, two to four sentences, plain text, no jargon) and the link to the place on this site that
 * explains it. «Скопировать ответ» copies the answer and then the link. Ids are anchors (`/answers#answer-<id>`)
 * quoted in tickets: never rename one. Facts come from the comparison and shared/content/facts.md; links must
 * be published (published-links.json); both are checked when the site builds (src/data/validate.ts).
 */
import type {ReadyAnswer} from './schema';

export const answers: readonly ReadyAnswer[] = [
  {
    id: 'bitrix24-official',
    question: 'Можно ли официально подключить обычный WhatsApp к Битрикс24?',
    answer:
      'К сожалению, официально — нет: у обычного WhatsApp и у приложения WhatsApp Business нет своего API. Официальное подключение к Битрикс24 работает через WhatsApp Business Platform, например в Открытых линиях. Подключения через QR-код условия WhatsApp не разрешают, и номер могут заблокировать.',
    link: '/integrations#bitrix24',
    linkText: 'Битрикс24 и WhatsApp',
    sources: ['bitrixOpenChannels'],
  },
  {
    id: 'first-message',
    question: 'Почему через API нельзя написать клиенту первым?',
    answer:
      'Написать первым можно, но только заранее одобренным шаблоном и только тем клиентам, которые согласились получать сообщения. Свободно переписываться можно в течение 24 часов после того, как клиент написал или позвонил. Каждое новое сообщение или звонок клиента продлевает это время.',
    link: '/whatsapp-business-api#service-window',
    linkText: 'Окно 24 часа и шаблоны',
    sources: ['serviceWindow'],
  },
  {
    id: 'api-price',
    question: 'Сколько стоит WhatsApp Business API?',
    answer:
      'С 1 июля 2025 года Meta берёт плату за каждое доставленное шаблонное сообщение; цена зависит от категории сообщения (маркетинг, сервисные, аутентификация) и от страны. Ответы клиенту в течение 24 часов были бесплатными, но, по сообщениям провайдеров, с 1 октября 2026 года они платные сверх месячного лимита. Точные цены для вашей страны есть на странице цен Meta, ссылка на неё — в нашем разделе о ценах.',
    link: '/whatsapp-business-api#pricing',
    linkText: 'Цены WhatsApp Business Platform',
    sources: ['pricing', 'pricingOctober2026Chakra'],
  },
  {
    id: 'keep-app-and-api',
    question: 'Можно ли оставить номер в приложении и подключить API?',
    answer:
      'Да, с 2025 года это возможно: номер из приложения WhatsApp Business подключают к Cloud API в режиме сосуществования, и приложение продолжает работать. Сообщения видны и в приложении, и в подключённой системе, а при подключении можно перенести историю переписки до 6 месяцев. В приложении при этом отключаются списки рассылки и некоторые другие функции, а сообщения через API оплачиваются как обычно.',
    link: '/whatsapp-business-api#coexistence',
    linkText: 'Сосуществование приложения и API',
    sources: ['coexistence', 'coexistenceLimits'],
  },
  {
    id: 'grey-integration-ban',
    question: 'Заблокируют ли номер за серую интеграцию?',
    answer:
      'Такой риск есть: условия WhatsApp не разрешают неофициальные подключения через QR-код или WhatsApp Web, и номер могут заблокировать. Заранее сказать, случится ли это с вашим номером, нельзя. Надёжный вариант — официальное подключение через WhatsApp Business Platform.',
    link: '/integrations#grey-risks',
    linkText: 'Риски серой интеграции',
  },
  {
    id: 'personal-number-to-api',
    question: 'Можно ли подключить к API номер, который сейчас в обычном WhatsApp?',
    answer:
      'Да, но сначала этот номер нужно удалить из WhatsApp: номер, подключённый к платформе, в мессенджере больше не работает. Звонки и СМС на него при этом по-прежнему приходят. Оставить номер и в приложении, и в API можно только с приложением WhatsApp Business — в режиме сосуществования.',
    link: '/#row-same-number',
    linkText: 'Один номер в приложении и в API',
    sources: ['phoneNumbers', 'coexistence'],
  },
  {
    id: 'several-employees',
    question: 'Могут ли несколько сотрудников отвечать клиентам в WhatsApp Business?',
    answer:
      'Да: приложение работает на основном телефоне и ещё на 4 связанных устройствах — компьютерах, планшетах или других телефонах. С телефонов-компаньонов разные сотрудники могут отвечать клиентам одного бизнес-аккаунта. Если основным телефоном не пользоваться 14 дней, связанные устройства выйдут из аккаунта.',
    link: '/whatsapp-business#linked-devices',
    linkText: 'Связанные устройства и несколько сотрудников',
    sources: ['linkedDevices'],
  },
  {
    id: 'app-price',
    question: 'Платное ли приложение WhatsApp Business?',
    answer:
      'Нет, само приложение бесплатное. Платными бывают только дополнения: подписка Meta Verified с отметкой о проверке и маркетинговые сообщения из приложения, причём они доступны не во всех странах.',
    link: '/whatsapp-business#paid-extras',
    linkText: 'Платные дополнения WhatsApp Business',
    sources: ['metaVerified', 'marketingMessages'],
  },
  {
    id: 'api-phone-app',
    question: 'Есть ли у WhatsApp Business API приложение для телефона?',
    answer:
      'Своего приложения у платформы нет: операторы отвечают клиентам из CRM, службы поддержки или кабинета провайдера. Исключение — режим сосуществования: номер из приложения WhatsApp Business можно подключить к API и продолжать пользоваться приложением.',
    link: '/whatsapp-business-api#no-app',
    linkText: 'У платформы нет своего приложения',
    sources: ['coexistence'],
  },
  {
    id: 'api-access',
    question: 'Кто может подключиться к WhatsApp Business API?',
    answer:
      'Подключиться может любая компания: напрямую через Meta или через провайдера. Раньше доступ давали только через ограниченный список крупных провайдеров, теперь это не так. Аккаунт WhatsApp Business при этом должен принадлежать самой компании, а не провайдеру.',
    link: '/whatsapp-business-api#access',
    linkText: 'Как получить доступ к API',
    sources: ['cloudVsOnPrem', 'oboDeprecation'],
  },
  {
    id: 'messaging-limits',
    question: 'Скольким клиентам в день можно написать через API?',
    answer:
      'Ограничено число клиентов, которым компания пишет первой за сутки: лимит растёт по уровням — 250, 2 000, 10 000, 100 000 и без ограничения. С октября 2025 года лимит общий для всего бизнес-портфолио, а не для каждого номера. Этот лимит касается только тех, кому компания пишет первой.',
    link: '/#row-messaging-limits',
    linkText: 'Лимиты сообщений',
    sources: ['messagingLimits'],
  },
  {
    id: 'broadcasts-in-app',
    question: 'Можно ли делать рассылки из приложения WhatsApp Business?',
    answer:
      'Да: в приложении есть списки рассылки, но создать их можно только на основном телефоне. Платные маркетинговые сообщения из приложения доступны не во всех регионах. Для массовых рассылок нужна WhatsApp Business Platform, где рассылают одобренные шаблоны за плату.',
    link: '/#row-broadcasts',
    linkText: 'Массовые рассылки',
    sources: ['linkedDevices', 'marketingMessages'],
  },
  {
    id: 'verified-badge',
    question: 'Как получить отметку о проверке у названия компании?',
    answer:
      'В приложении WhatsApp Business отметку даёт платная подписка Meta Verified, она доступна пока не во всех странах. Статус официального бизнес-аккаунта получают только известные проверенные бренды на WhatsApp Business Platform, номерам из приложения его не присваивают.',
    link: '/#row-verified-badge',
    linkText: 'Отметка о проверке бизнеса',
    sources: ['metaVerified', 'officialBusinessAccounts'],
  },
  {
    id: 'which-one',
    question: 'Что выбрать: приложение WhatsApp Business или API?',
    answer:
      'Если клиентам отвечают до пяти человек с телефона и связанных устройств, а интеграция с CRM не нужна, хватит бесплатного приложения WhatsApp Business. Если нужны официальная интеграция, много операторов или массовые рассылки, нужна платная WhatsApp Business Platform. На странице по ссылке можно ответить на шесть вопросов и получить рекомендацию для вашего случая.',
    link: '/choose',
    linkText: 'Какой WhatsApp вам подходит?',
  },
];
