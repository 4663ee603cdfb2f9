/**
 * The comparison table: one fact per cell, each with its source. Pages render all of it or a part
 * (`<FeatureTable groups={[…]} products={[…]} />`), so every fact is written here once.
 * Row and group ids are published anchors (`/#row-<id>`): never rename one; add a new row instead.
 * Checked by `src/data/validate.ts` at build time and in `src/data/__tests__/`.
 */
import {PRODUCTS} from './products';
import type {Comparison} from './schema';
import {SOURCES as S} from './sources';

export const comparison: Comparison = {
  products: [...PRODUCTS],
  groups: [
    {
      id: 'access-devices',
      title: 'Доступ и устройства',
      rows: [
        {
          id: 'purpose',
          label: 'Для кого',
          values: {
            whatsapp: {status: 'yes', text: 'Личное общение; бесплатно', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Малый бизнес; бесплатно', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Компании, которым нужна интеграция с сайтом, CRM и рассылки',
              sources: [],
              seed: true,
            },
          },
        },
        {
          id: 'phone-app',
          label: 'Приложение для телефона',
          values: {
            whatsapp: {status: 'yes', text: 'Android и iOS', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Android и iOS', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'no',
              text: 'Своего приложения нет',
              note: 'Исключение с 2025 года — сосуществование: номер из приложения WhatsApp Business можно подключить к Cloud API, и он продолжит работать в приложении.',
              sources: [S.coexistence],
              seed: true,
            },
          },
        },
        {
          id: 'web-desktop',
          label: 'Веб-версия и компьютер',
          values: {
            whatsapp: {status: 'yes', text: 'Windows, macOS, веб-версия', sources: [S.linkedDevices], seed: true},
            'whatsapp-business': {
              status: 'yes',
              text: 'WhatsApp Web и компьютер как связанные устройства',
              sources: [S.linkedDevices],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'no',
              text: 'Переписка идёт из CRM, службы поддержки или кабинета провайдера',
              sources: [],
              seed: true,
            },
          },
        },
        {
          id: 'several-employees',
          label: 'Несколько сотрудников на одном номере',
          values: {
            whatsapp: {
              status: 'partial',
              text: 'Телефон и до 4 связанных устройств',
              note: 'Связанные устройства выходят из аккаунта, если основным телефоном не пользовались 14 дней.',
              sources: [S.linkedDevices],
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Телефон и до 4 связанных устройств, в том числе телефоны-компаньоны',
              note: 'С телефонов-компаньонов на клиентов одного бизнес-аккаунта могут отвечать разные сотрудники. Связанные устройства выходят из аккаунта, если основным телефоном не пользовались 14 дней.',
              sources: [S.linkedDevices],
            },
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Операторы работают в CRM или службе поддержки',
              sources: [],
              seed: true,
            },
          },
        },
      ],
    },
    {
      id: 'customer-tools',
      title: 'Инструменты для работы с клиентами',
      rows: [
        {
          id: 'business-profile',
          label: 'Профиль компании',
          explanation: 'Описание, адрес, часы работы, сайт, электронная почта',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'unknown',
              text: 'Нет проверенных данных',
              note: 'Проверено только, что на платформе обязательно отображаемое имя и Meta его проверяет.',
              sources: [S.displayNames],
            },
          },
        },
        {
          id: 'catalog',
          label: 'Каталог товаров и услуг',
          explanation: 'Ссылку на каталог можно отправить в личный чат или в группу',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: [], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
          },
        },
        {
          id: 'quick-replies',
          label: 'Быстрые ответы',
          explanation: 'Сохранённые ответы на частые вопросы',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: [], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: [], seed: true},
          },
        },
        {
          id: 'auto-replies',
          label: 'Автоматические ответы',
          explanation: 'Сообщение «нет на месте» и приветствие при первом обращении',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: [], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: [], seed: true},
          },
        },
        {
          id: 'labels',
          label: 'Ярлыки для чатов и контактов',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: [], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: [], seed: true},
          },
        },
        {
          id: 'verified-badge',
          label: 'Отметка о проверке бизнеса',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [S.officialBusinessAccounts]},
            'whatsapp-business': {
              status: 'paid',
              text: 'Значок Meta Verified по платной подписке',
              note: 'Подписка Meta Verified for Business доступна пока не во всех странах. Статус «официальный бизнес-аккаунт» номерам из приложения не присваивают.',
              sources: [S.metaVerified, S.officialBusinessAccounts],
            },
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Официальный бизнес-аккаунт — только известным проверенным брендам',
              sources: [S.officialBusinessAccounts],
            },
          },
        },
      ],
    },
    {
      id: 'integrations',
      title: 'Интеграции',
      rows: [
        {
          id: 'api-access',
          label: 'Доступ к API',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {
              status: 'no',
              text: 'Своего API нет',
              note: 'С 2025 года номер из приложения можно подключить к Cloud API в режиме сосуществования.',
              sources: [S.coexistence],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Cloud API: напрямую у Meta или через провайдера',
              sources: [S.cloudVsOnPrem],
            },
          },
        },
        {
          id: 'official-integration',
          label: 'Официальная («белая») интеграция с CRM',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: [], seed: true},
            'whatsapp-business': {status: 'no', text: 'Нет (только через API в режиме сосуществования)', sources: [S.coexistence], seed: true},
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Да, например Открытые линии Битрикс24',
              sources: [S.bitrixOpenChannels],
              seed: true,
            },
          },
        },
        {
          id: 'grey-integration',
          label: 'Неофициальная («серая») интеграция, например с Битрикс24',
          explanation: 'Подключение телефона через QR-код, как в WhatsApp Web',
          values: {
            whatsapp: {
              status: 'partial',
              text: 'Технически возможна, но нарушает условия WhatsApp',
              note: 'Для серой интеграции лучше подходит WhatsApp Business. Условия WhatsApp такие подключения запрещают, номер могут заблокировать.',
              sources: [S.bitrixOpenChannels],
              seed: true,
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Технически возможна (рекомендуемый вариант), но нарушает условия WhatsApp',
              note: 'Условия WhatsApp такие подключения запрещают, номер могут заблокировать.',
              sources: [S.bitrixOpenChannels],
              seed: true,
            },
            'whatsapp-business-api': {status: 'no', text: 'Не нужна: интеграция официальная', sources: [], seed: true},
          },
        },
      ],
    },
    {
      id: 'messaging-pricing',
      title: 'Рассылки и цена',
      rows: [
        {
          id: 'price',
          label: 'Стоимость',
          values: {
            whatsapp: {status: 'yes', text: 'Бесплатно', sources: [], seed: true},
            'whatsapp-business': {
              status: 'yes',
              text: 'Бесплатно; есть платные дополнения',
              note: 'Платные дополнения: подписка Meta Verified for Business и маркетинговые сообщения из приложения (доступны не во всех регионах).',
              sources: [S.metaVerified, S.marketingMessages],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'paid',
              text: 'Оплата за доставленные шаблонные сообщения',
              note: 'С 1 июля 2025 года Meta берёт плату за каждое доставленное сообщение-шаблон; цена зависит от категории (маркетинг, сервисные, аутентификация) и страны.',
              sources: [S.pricing],
            },
          },
        },
        {
          id: 'service-replies',
          label: 'Ответы клиенту в течение 24 часов',
          values: {
            whatsapp: {status: 'yes', text: 'Бесплатно', sources: [], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Бесплатно', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Были бесплатны; с 1 октября 2026 г., по сообщениям провайдеров, платные сверх месячного лимита',
              note: 'Страницу цен Meta проверить не удалось; сведения — от провайдеров. Действующие цены смотрите на странице Meta.',
              sources: [S.pricing, S.pricingOctober2026Chakra, S.pricingOctober2026YCloud],
            },
          },
        },
        {
          id: 'broadcasts',
          label: 'Массовые рассылки',
          values: {
            whatsapp: {
              status: 'partial',
              text: 'Списки рассылки, только с основного телефона',
              sources: [S.linkedDevices],
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Списки рассылки с основного телефона; платные маркетинговые сообщения — не во всех регионах',
              sources: [S.linkedDevices, S.marketingMessages],
            },
            'whatsapp-business-api': {
              status: 'paid',
              text: 'Много сообщений по одобренным шаблонам, за плату',
              sources: [S.pricing, S.messagingLimits],
              seed: true,
            },
          },
        },
      ],
    },
    {
      id: 'limits',
      title: 'Ограничения',
      rows: [
        {
          id: 'first-message',
          label: 'Написать клиенту первым',
          explanation: 'Или спустя сутки после его последнего сообщения',
          values: {
            whatsapp: {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business': {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Только шаблоном и только тем, кто дал согласие',
              note: 'Окно 24 часа открывается, когда клиент пишет или звонит, и продлевается с каждым его сообщением или звонком. Внутри окна можно отвечать свободно.',
              sources: [S.serviceWindow],
            },
          },
        },
        {
          id: 'messaging-limits',
          label: 'Сколько новых клиентов в сутки',
          values: {
            whatsapp: {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business': {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'partial',
              text: 'По уровням: 250 → 2 000 → 10 000 → 100 000 → без ограничения',
              note: 'С 7 октября 2025 года лимит считается на всё бизнес-портфолио, а не на номер.',
              sources: [S.messagingLimits],
            },
          },
        },
        {
          id: 'throughput',
          label: 'Скорость отправки',
          values: {
            whatsapp: {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business': {status: 'unknown', text: 'Нет проверенных данных', sources: [], seed: true},
            'whatsapp-business-api': {
              status: 'yes',
              text: '80 сообщений в секунду на номер, автоматически до 1 000',
              note: 'Номер в режиме сосуществования — 20 сообщений в секунду.',
              sources: [S.throughput],
            },
          },
        },
        {
          id: 'same-number',
          label: 'Один номер в приложении и в API',
          values: {
            whatsapp: {
              status: 'no',
              text: 'Номер сначала удаляют из WhatsApp',
              sources: [S.phoneNumbers],
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Да, в режиме сосуществования, с ограничениями',
              note: 'В приложении отключаются списки рассылки, исчезающие сообщения, «просмотр один раз» и геолокация в реальном времени; группы не синхронизируются. Сообщения из приложения бесплатны, через API — оплачиваются как обычно.',
              sources: [S.coexistence, S.coexistenceLimits],
            },
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Только с номером из WhatsApp Business',
              sources: [S.phoneNumbers, S.coexistence],
            },
          },
        },
      ],
    },
  ],
};
