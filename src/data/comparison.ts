/**
 * The comparison table: one fact per cell, each citing its sources by key (src/data/sources.ts), numbers and
 * dates read from src/data/figures.ts. Pages render all of it or a part (`<FeatureTable groups={[…]} products={[…]} />`),
 * so every fact is written here once. A cell nobody has checked says so: status 'unknown', text NO_DATA_TEXT.
 * Row and group ids are published anchors (`/#row-<id>`): never rename one; add a new row instead.
 * Checked by `src/data/validate.ts` at build time and in `src/data/__tests__/`.
 */
import {RUSSIA_AS_OF, day, num, since, tiers, year} from './figures';
import {NO_DATA_TEXT} from './ids';
import {PRODUCTS} from './products';
import type {Cell, Comparison} from './schema';

/** A cell nobody has checked: honest, and the only kind of cell without a source. */
const noData = (note?: string): Cell => ({status: 'unknown', text: NO_DATA_TEXT, sources: [], ...(note ? {note} : {})});

const LOGOUT_NOTE = `Связанные устройства выходят из аккаунта, если основным телефоном не пользовались ${num('linkedDevicesLogoutDays')} дней.`;

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
            whatsapp: {status: 'yes', text: 'Личное общение; бесплатно', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Малый бизнес; бесплатно', sources: ['appsOverview'], seed: true},
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Компании, которым нужна интеграция с сайтом, CRM и рассылки',
              note: `Не любой компании: платформа недоступна компаниям из регионов под санкциями (список — в разделе «Кому платформа недоступна»), видам бизнеса, которые запрещают правила WhatsApp, и, с ${day('aiAssistantBan')}, в большинстве стран — универсальным ИИ-ассистентам.`,
              sources: ['platformAudience', 'platformEligibility', 'messagingPolicy', 'aiProvidersMeta'],
              seed: true,
            },
          },
        },
        {
          id: 'phone-app',
          label: 'Приложение для телефона',
          values: {
            whatsapp: {status: 'yes', text: 'Android и iOS', sources: ['appsOverview', 'linkedDevices'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Android и iOS', sources: ['appsOverview'], seed: true},
            'whatsapp-business-api': {
              status: 'no',
              text: 'Своего приложения нет',
              note: `Исключение с ${year('coexistenceLaunch')} года — режим сосуществования: номер из приложения WhatsApp Business подключают к Cloud API, и он продолжает работать в приложении. Подходит не каждый номер: нужна версия приложения не ниже ${num('coexistenceAppVersion')} и страна, которую Meta поддерживает.`,
              sources: ['noInbox360dialog', 'coexistenceMeta'],
              seed: true,
            },
          },
        },
        {
          id: 'web-desktop',
          label: 'Веб-версия и компьютер',
          values: {
            whatsapp: {status: 'yes', text: 'Windows, macOS, веб-версия', sources: ['linkedDevices', 'appsOverview'], seed: true},
            'whatsapp-business': {
              status: 'yes',
              text: 'WhatsApp Web и компьютер как связанные устройства',
              sources: ['linkedDevices'],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'no',
              text: 'Переписка идёт из CRM, службы поддержки или кабинета провайдера',
              sources: ['noInbox360dialog'],
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
              text: `Телефон и до ${num('linkedDevices')} связанных устройств`,
              note: LOGOUT_NOTE,
              sources: ['linkedDevices'],
            },
            'whatsapp-business': {
              status: 'partial',
              text: `Телефон и до ${num('linkedDevices')} связанных устройств, в том числе телефоны-компаньоны`,
              note: `С телефонов-компаньонов на клиентов одного бизнес-аккаунта могут отвечать разные сотрудники. ${LOGOUT_NOTE}`,
              sources: ['linkedDevices'],
            },
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Операторы работают в CRM или службе поддержки',
              sources: ['noInbox360dialog', 'platformAudience'],
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
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: ['coexistenceMeta', 'businessAppTools'], seed: true},
            'whatsapp-business-api': noData('Проверено только, что на платформе обязательно отображаемое имя и Meta его проверяет.'),
          },
        },
        {
          id: 'catalog',
          label: 'Каталог товаров и услуг',
          explanation: 'Ссылку на каталог можно отправить в личный чат или в группу',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: ['coexistenceMeta', 'businessAppTools'], seed: true},
            'whatsapp-business-api': noData(),
          },
        },
        {
          id: 'quick-replies',
          label: 'Быстрые ответы',
          explanation: 'Сохранённые ответы на частые вопросы',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: ['coexistenceMeta', 'businessAppTools'], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: ['noInbox360dialog'], seed: true},
          },
        },
        {
          id: 'auto-replies',
          label: 'Автоматические ответы',
          explanation: 'Сообщение «нет на месте» и приветствие при первом обращении',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: ['coexistenceMeta', 'businessAppTools'], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: ['noInbox360dialog'], seed: true},
          },
        },
        {
          id: 'labels',
          label: 'Ярлыки для чатов и контактов',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {status: 'yes', text: 'Да', sources: ['coexistenceMeta', 'businessAppTools'], seed: true},
            'whatsapp-business-api': {status: 'unknown', text: 'Зависит от CRM или сервиса провайдера', sources: ['noInbox360dialog'], seed: true},
          },
        },
        {
          id: 'verified-badge',
          label: 'Отметка о проверке бизнеса',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['officialBusinessAccounts']},
            'whatsapp-business': {
              status: 'paid',
              text: 'Значок Meta Verified по платной подписке',
              note: 'Подписка Meta Verified for Business доступна пока не во всех странах. Статус «официальный бизнес-аккаунт» номерам из приложения не присваивают.',
              sources: ['metaVerified', 'officialBusinessAccounts'],
            },
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Официальный бизнес-аккаунт — только известным проверенным брендам',
              sources: ['officialBusinessAccounts'],
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
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {
              status: 'no',
              text: 'Своего API нет',
              note: `С ${year('coexistenceLaunch')} года номер из приложения можно подключить к Cloud API в режиме сосуществования: он работает и в приложении, и через API.`,
              sources: ['coexistenceMeta'],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Cloud API: напрямую у Meta или через провайдера',
              note: 'Не для всех: компаниям из регионов под санкциями, запрещённым видам бизнеса и, в большинстве стран, универсальным ИИ-ассистентам платформа недоступна.',
              sources: ['cloudVsOnPrem', 'platformEligibility', 'aiProvidersMeta'],
            },
          },
        },
        {
          id: 'official-integration',
          label: 'Официальная («белая») интеграция с CRM',
          values: {
            whatsapp: {status: 'no', text: 'Нет', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {
              status: 'no',
              text: 'Только если подключить номер к API в режиме сосуществования',
              sources: ['coexistenceMeta'],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'yes',
              text: 'Например, Открытые линии Битрикс24',
              note: 'Если клиент задал себе имя пользователя, вместо номера телефона может прийти BSUID — идентификатор клиента для этой компании. CRM, которая ищет клиентов по номеру, должна его поддерживать.',
              sources: ['bitrixOpenChannels', 'businessScopedUserIds'],
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
              text: 'Технически возможна, но нарушает правила WhatsApp',
              note: 'Правила WhatsApp запрещают автоматические и массовые сообщения с обычного аккаунта; за это номер могут заблокировать.',
              sources: ['responsibleUse'],
              seed: true,
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Технически возможна, но нарушает правила WhatsApp',
              note: 'Исходная статья советовала для серой интеграции приложение WhatsApp Business, а не обычный WhatsApp. Правила от этого не меняются: номер могут заблокировать.',
              sources: ['responsibleUse'],
              seed: true,
            },
            'whatsapp-business-api': {status: 'no', text: 'Не нужна: интеграция официальная', sources: ['cloudVsOnPrem'], seed: true},
          },
        },
        {
          id: 'ai-chatbots',
          label: 'Чат-боты и ИИ',
          values: {
            whatsapp: noData(),
            'whatsapp-business': noData(),
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Бот компании о её товарах и заказах — можно; универсальные ИИ-ассистенты — в большинстве стран нельзя',
              note: `Запрет для универсальных ИИ-ассистентов (чат-бот как самостоятельный продукт) действует с ${day('aiAssistantBan')} Исключение — страны, где закон обязывает Meta их допускать: по странице Meta, это Италия, другие страны Европейской экономической зоны и Бразилия.`,
              sources: ['aiProviders', 'aiProvidersMeta'],
            },
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
            whatsapp: {status: 'free', text: 'Бесплатно', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {
              status: 'free',
              text: 'Само приложение; есть платные дополнения',
              note: 'Платные дополнения, например: подписка Meta Verified for Business, маркетинговые сообщения из приложения (не во всех регионах), реклама в статусе и продвижение каналов. Платные подписки на каналы — не расход, а доход компании: их оплачивают подписчики.',
              sources: ['appsOverview', 'metaVerified', 'marketingMessages', 'statusAds'],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'paid',
              text: `Шаблоны и, с ${day('serviceMessagesBilled')}, ответы в окне`,
              note: `С ${day('perMessagePricing')} Meta берёт плату за каждое доставленное сообщение-шаблон; цена зависит от категории (маркетинговые, служебные, аутентификационные) и страны. С ${day('serviceMessagesBilled')} оплачиваются и сервисные сообщения (ответы без шаблона в окне ${num('serviceWindowHours')} часа) — по цене служебных сообщений в стране получателя, — и служебные шаблоны внутри окна. По данным провайдеров, первые ${num('freeServiceMessages')} доставленных сервисных сообщений в месяц на каждый номер бесплатны. Цены меняются по кварталам.`,
              sources: ['pricing', 'nonTemplatePricing', 'serviceWindow', 'serviceAllowanceMake', 'serviceAllowanceWhaTools'],
            },
          },
        },
        {
          id: 'service-replies',
          label: 'Ответы клиенту в течение 24 часов',
          values: {
            whatsapp: {status: 'free', text: 'Бесплатно', sources: ['appsOverview'], seed: true},
            'whatsapp-business': {
              status: 'free',
              text: 'Бесплатно',
              note: 'Если номер подключён и к API (режим сосуществования), сообщения из самого приложения остаются бесплатными.',
              sources: ['appsOverview', 'coexistenceLimits'],
              seed: true,
            },
            'whatsapp-business-api': {
              status: 'paid',
              text: `С ${day('serviceMessagesBilled')} — за каждое сервисное сообщение`,
              note: `Сервисные сообщения (ответы без шаблона в окне) оплачиваются за каждое доставленное сообщение; служебные шаблоны в окне тоже платные. По данным провайдеров, первые ${num('freeServiceMessages')} доставленных сервисных сообщений в месяц на каждый номер бесплатны, а если в Meta не указан способ оплаты, сообщения сверх этого объёма не доставляются. Бесплатны и ${num('freeEntryPointHours')} часа переписки с клиентом, который написал из рекламы с переходом в WhatsApp (Click to WhatsApp) или с кнопки на странице Facebook, — если компания ответила ему в течение суток. Действующие цены — на странице Meta.`,
              sources: [
                'nonTemplatePricing',
                'serviceWindow',
                'pricing',
                'pricingOctober2026Chakra',
                'serviceAllowanceMake',
                'serviceAllowanceWhaTools',
                'serviceAllowanceWaply',
              ],
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
              sources: ['linkedDevices'],
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'Списки рассылки с основного телефона; платные маркетинговые сообщения — не во всех регионах',
              note: `По данным сторонних сайтов, в одном списке рассылки не больше ${num('broadcastListContacts')} контактов, и сообщение получают только те, кто сохранил номер компании в своей телефонной книге; справку WhatsApp об этом мы открыть не смогли. Если номер подключён и к API (режим сосуществования), списки рассылки отключаются.`,
              sources: ['linkedDevices', 'marketingMessages', 'broadcastZavu', 'broadcastBlueticks', 'broadcastFastweb', 'coexistenceMeta'],
            },
            'whatsapp-business-api': {
              status: 'paid',
              text: 'Много сообщений по одобренным шаблонам, за плату',
              note: `WhatsApp ограничивает, сколько маркетинговых шаблонов один человек получает от всех компаний: шаблон сверх лимита не доставляется (ошибка 131049) и не оплачивается. Маркетинговые шаблоны на номера США (+1) приостановлены с ${day('usMarketingPause')}`,
              sources: ['pricing', 'messagingLimits', 'marketingPerUserLimits', 'awsTemplates'],
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
          id: 'russia',
          label: 'Работа у клиентов в России',
          explanation: `По состоянию на ${RUSSIA_AS_OF}`,
          values: {
            whatsapp: {
              status: 'no',
              text: 'Без VPN не работает',
              note: `С ${day('ruDomainsRemoved')} домены WhatsApp исчезли из национальной системы доменных имён России (НСДИ). Звонки ограничены раньше, ${since('ruCallsRestricted')}`,
              sources: ['ruDomainsKommersant', 'ruCalls'],
            },
            'whatsapp-business': {
              status: 'no',
              text: 'Без VPN не работает',
              note: 'Ограничение касается всего сервиса WhatsApp, в том числе приложения для бизнеса.',
              sources: ['ruDomainsKommersant'],
            },
            'whatsapp-business-api': {
              status: 'no',
              text: 'Сообщения доходят только до клиентов с VPN',
              note: 'Части организаций закон 41-ФЗ запрещает писать клиентам в иностранных мессенджерах. Решение суда 2022 года, запретившее деятельность Meta в России, касается Facebook и Instagram и на WhatsApp не распространяется.',
              sources: ['ruDomainsKommersant', 'ruLaw41Amic', 'ruMetaCourtAltapress'],
            },
          },
        },
        {
          id: 'first-message',
          label: 'Написать клиенту первым',
          explanation: 'Или спустя сутки после его последнего сообщения',
          values: {
            whatsapp: noData(),
            'whatsapp-business': noData(),
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Только шаблоном и только тем, кто дал согласие',
              note: `Окно ${num('serviceWindowHours')} часа открывается, когда клиент пишет или звонит, и продлевается с каждым его сообщением или звонком. Внутри окна можно отвечать без шаблона; сколько это стоит — в строке «Ответы клиенту в течение ${num('serviceWindowHours')} часов».`,
              sources: ['serviceWindow'],
            },
          },
        },
        {
          id: 'messaging-limits',
          label: 'Скольким клиентам в сутки можно написать первыми',
          values: {
            whatsapp: noData(),
            'whatsapp-business': noData(),
            'whatsapp-business-api': {
              status: 'partial',
              text: `По уровням: ${tiers()}`,
              note: `Считаются все, кому компания пишет вне окна ${num('serviceWindowHours')} часа, — и новые, и прежние клиенты, чьё окно закрылось. С ${day('portfolioLimits')} лимит общий для всего бизнес-портфолио (всех номеров и аккаунтов компании в Meta), а не для номера.`,
              sources: ['messagingLimits'],
            },
          },
        },
        {
          id: 'throughput',
          label: 'Пропускная способность',
          explanation: 'Скорость обмена сообщениями: сколько их в секунду номер принимает и отправляет вместе',
          values: {
            whatsapp: noData(),
            'whatsapp-business': noData(),
            'whatsapp-business-api': {
              status: 'yes',
              text: `${num('throughputDefault')} сообщений в секунду на номер, входящих и исходящих вместе; до ${num('throughputMax')} — при условиях`,
              note: `Meta поднимает пропускную способность до ${num('throughputMax')} не всем: у бизнес-портфолио должен быть неограниченный лимит сообщений, номер — за сутки написать вне окна не менее чем ${num('throughputUpgradeUsers')} разным людям, а его рейтинг качества — быть не ниже среднего. Номер в режиме сосуществования — ${num('throughputCoexistence')} сообщений в секунду.`,
              sources: ['throughput'],
            },
          },
        },
        {
          id: 'same-number',
          label: 'Один номер в приложении и в API',
          values: {
            whatsapp: {
              status: 'no',
              text: 'Номер сначала удаляют из WhatsApp — вместе с историей переписки',
              note: 'Надёжнее сначала перенести номер в приложение WhatsApp Business (переписка остаётся на том же телефоне), а потом подключить его к API в режиме сосуществования.',
              sources: ['phoneNumbers', 'coexistence'],
            },
            'whatsapp-business': {
              status: 'partial',
              text: 'В режиме сосуществования, с ограничениями',
              note: `В приложении отключаются списки рассылки (прежние остаются только для чтения), исчезающие сообщения, «просмотр один раз» и геолокация в реальном времени; группы не синхронизируются. При подключении все связанные устройства один раз отключаются, потом их можно подключить снова — кроме WhatsApp для Windows и WearOS. Подходит не каждый номер: нужна версия приложения не ниже ${num('coexistenceAppVersion')} и страна, которую Meta поддерживает. Сообщения из приложения бесплатны, через API — оплачиваются как обычно.`,
              sources: ['coexistenceMeta', 'coexistenceLimits', 'coexistenceGupshup'],
            },
            'whatsapp-business-api': {
              status: 'partial',
              text: 'Только с номером из WhatsApp Business',
              sources: ['phoneNumbers', 'coexistence'],
            },
          },
        },
      ],
    },
  ],
};
