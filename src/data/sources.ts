/**
 * Public pages that back the facts on this site, one entry per page, keyed for reuse. Each entry names the facts
 * it backs (ids of src/data/facts.ts) and the day someone read it and found it says so: its own date, never a
 * shared one. Add a page here before citing it; never cite a page nobody has read. `npm run facts` lists them
 * oldest check first, with what depends on each.
 */
import type {Citation, Source} from './schema';

const META_DOCS = 'https://developers.facebook.com/documentation/business-messaging/whatsapp';

export const SOURCES = {
  cloudVsOnPrem: {
    title: 'Meta: Cloud API и On-Premises API',
    url: 'https://developers.facebook.com/docs/whatsapp/cloud-vs-onprem',
    checked: '2026-11-24',
    facts: ['F-api-1', 'F-name-1'],
  },
  onPremSunset: {
    title: 'Meta: прекращение On-Premises API',
    url: 'https://developers.facebook.com/docs/whatsapp/on-premises/sunset',
    checked: '2026-12-01',
    facts: ['F-api-2'],
  },
  onPremMigration360dialog: {
    title: '360dialog: переход на Cloud API',
    url: 'https://docs.360dialog.com/docs/waba-basics/waba-integration/onprem-greater-than-cloudapi-migration',
    checked: '2026-12-01',
    facts: ['F-api-2'],
  },
  noInbox360dialog: {
    title: '360dialog: у API нет интерфейса',
    url: 'https://docs.360dialog.com/docs/~/revisions/a7izFiDQgXrX7fRNdZv1',
    checked: '2026-12-01',
    facts: ['F-api-4'],
  },
  platformAudience: {
    title: 'Cerqle: для кого платформа',
    url: 'https://cerqle.ai/faqs-help-center',
    checked: '2026-12-01',
    facts: ['F-api-4'],
  },
  throughput: {
    title: 'Meta: пропускная способность (throughput)',
    url: `${META_DOCS}/throughput`,
    checked: '2026-12-03',
    updated: '2026-05-21',
    facts: ['F-api-3', 'F-api-3a'],
  },
  serviceWindow: {
    title: 'Meta: отправка сообщений, окно 24 часа',
    url: `${META_DOCS}/messages/send-messages`,
    checked: '2026-12-01',
    updated: '2026-05-21',
    facts: ['F-api-5', 'F-price-2'],
  },
  messagingLimits: {
    title: 'Meta: лимиты сообщений',
    url: `${META_DOCS}/messaging-limits`,
    checked: '2026-12-03',
    facts: ['F-api-6', 'F-api-6a', 'F-ver-1'],
  },
  phoneNumbers: {
    title: 'Meta: номера телефонов на платформе',
    url: `${META_DOCS}/business-phone-numbers/phone-numbers`,
    checked: '2026-12-03',
    facts: ['F-api-7', 'F-num-1', 'F-ban-4', 'F-ver-2'],
  },
  oboDeprecation: {
    title: 'Meta: отмена модели On-Behalf-Of',
    url: `${META_DOCS}/solution-providers/obo-model-deprecation/`,
    checked: '2026-11-24',
    facts: ['F-api-8'],
  },
  displayNames: {
    title: 'Meta: отображаемое имя',
    url: `${META_DOCS}/display-names/`,
    checked: '2026-12-03',
    updated: '2026-05-21',
    facts: ['F-api-9', 'F-ver-2'],
  },
  officialBusinessAccounts: {
    title: 'Meta: официальный бизнес-аккаунт',
    url: 'https://developers.facebook.com/docs/whatsapp/official-business-accounts/',
    checked: '2026-11-24',
    facts: ['F-api-9'],
  },
  businessScopedUserIds: {
    title: 'Meta: имена пользователей и BSUID',
    url: `${META_DOCS}/business-scoped-user-ids/`,
    checked: '2026-12-01',
    updated: '2026-11-05',
    facts: ['F-api-10', 'F-api-15'],
  },
  usernames360dialog: {
    title: '360dialog: имена пользователей и BSUID',
    url: 'https://docs.360dialog.com/docs/resources/phone-numbers/usernames-and-bsuid',
    checked: '2026-12-01',
    facts: ['F-api-15'],
  },
  platformEligibility: {
    title: 'Meta: поддержка и ограничения по странам',
    url: `${META_DOCS}/support`,
    checked: '2026-12-03',
    updated: '2025-11-19',
    facts: ['F-api-11'],
  },
  messagingPolicy: {
    title: 'WhatsApp: правила для бизнеса',
    url: 'https://business.whatsapp.com/policy',
    checked: '2026-12-01',
    facts: ['F-api-11'],
  },
  aiProviders: {
    title: 'NDTV, 21 октября 2025 г.: запрет ИИ-чат-ботов',
    url: 'https://www.ndtv.com/feature/whatsapp-ai-chatbot-ban-openai-perplexity-meta-ai-no-more-chatgpt-on-whatsapp-ai-chatbots-face-ban-9492156',
    checked: '2026-12-03',
    facts: ['F-api-12', 'F-api-11'],
  },
  aiProvidersMeta: {
    title: 'Meta: ИИ-провайдеры на платформе',
    url: `${META_DOCS}/pricing/ai-providers`,
    checked: '2026-12-03',
    updated: '2026-05-21',
    facts: ['F-api-12'],
  },
  callingPricing: {
    title: 'Meta: цены на звонки (Calling API)',
    url: `${META_DOCS}/calling/pricing`,
    checked: '2026-12-01',
    facts: ['F-api-13'],
  },
  calling360dialog: {
    title: '360dialog: звонки (Calling API)',
    url: 'https://docs.360dialog.com/docs/messaging/calling',
    checked: '2026-12-01',
    facts: ['F-api-13'],
  },
  marketingPerUserLimits: {
    title: 'Meta: лимиты маркетинга на получателя',
    url: `${META_DOCS}/templates/marketing-templates/per-user-limits`,
    checked: '2026-12-01',
    facts: ['F-api-14'],
  },
  awsTemplates: {
    title: 'AWS: шаблоны WhatsApp и США',
    url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-features-whatsapp-templates.html',
    checked: '2026-12-01',
    facts: ['F-api-14'],
  },
  pricing: {
    title: 'Meta: цены WhatsApp Business Platform',
    url: `${META_DOCS}/pricing`,
    checked: '2026-12-03',
    facts: ['F-price-1', 'F-price-3', 'F-tpl-2'],
  },
  nonTemplatePricing: {
    title: 'Meta: цены на сообщения без шаблона',
    url: `${META_DOCS}/pricing/non-template-messages`,
    checked: '2026-12-01',
    facts: ['F-price-2'],
  },
  pricingOctober2026Chakra: {
    title: 'Chakra: оплата сервисных сообщений',
    url: 'https://chakrahq.com/article/whatsapp-api-pricing-update-service-messages-october-2026/',
    checked: '2026-12-01',
    facts: ['F-price-2'],
  },
  serviceAllowanceMake: {
    title: 'Make: модули WhatsApp Business Cloud',
    url: 'https://apps.make.com/whatsapp-business-cloud-modules',
    checked: '2026-12-03',
    facts: ['F-price-2'],
    reported: 'providers',
  },
  serviceAllowanceWhaTools: {
    title: 'WhaTools: расчёт стоимости WhatsApp API',
    url: 'https://glama.ai/mcp/connectors/tools.wha/whatsapp-tools/tools/estimate_whatsapp_api_cost',
    checked: '2026-12-03',
    facts: ['F-price-2'],
    reported: 'providers',
  },
  serviceAllowanceWaply: {
    title: 'Waply: расчёт стоимости сообщений',
    url: 'https://glama.ai/mcp/connectors/online.waply/public/tools/calculate_message_cost',
    checked: '2026-12-03',
    facts: ['F-price-2'],
    reported: 'providers',
  },
  pricingYCloudBlog: {
    title: 'YCloud, 2 июля 2026 г.: оплата сервисных сообщений',
    url: 'https://www.ycloud.com/blog/whatsapp-service-messages-24-hour-window-pricing',
    checked: '2026-12-03',
    facts: ['F-price-2'],
  },
  pricingHelloCharles: {
    title: 'Charles: цены Meta на WhatsApp',
    url: 'https://help.hello-charles.com/en/articles/344939-understand-meta-s-whatsapp-pricing-revised-july-1-2026',
    checked: '2026-12-01',
    facts: ['F-price-2'],
  },
  wabaTypes: {
    title: '360dialog: виды аккаунтов WABA',
    url: 'https://docs.360dialog.com/docs/resources/wabas',
    checked: '2026-12-03',
    facts: ['F-acct-1', 'F-mig-4'],
  },
  coexistence: {
    title: '360dialog: сосуществование (coexistence)',
    url: 'https://docs.360dialog.com/docs/waba-basics/phone-numbers/coexistence',
    checked: '2026-12-01',
    facts: ['F-coex-1', 'F-num-1'],
  },
  coexistenceLimits: {
    title: '360dialog: номер, который уже используется в приложении',
    url: 'https://docs.360dialog.com/partner/waba-management/phone-number-and-hosting/using-a-phone-number-already-in-use-with-whatsapp-app',
    checked: '2026-11-24',
    facts: ['F-coex-2'],
  },
  coexistenceMeta: {
    title: 'Meta: подключение номеров из приложения WhatsApp Business',
    url: `${META_DOCS}/embedded-signup/onboarding-business-app-users`,
    checked: '2026-12-03',
    updated: '2026-06-26',
    facts: ['F-coex-1', 'F-coex-2', 'F-coex-3', 'F-bkp-4', 'F-bc-2'],
  },
  coexistenceTelnyx: {
    title: 'Telnyx: сосуществование WhatsApp',
    url: 'https://developers.telnyx.com/docs/messaging/whatsapp/coexistence',
    checked: '2026-12-03',
    facts: ['F-coex-1'],
  },
  coexistenceGupshup: {
    title: 'Gupshup: подключение номеров из приложения',
    url: 'https://docs.gupshup.io/docs/coex',
    checked: '2026-12-03',
    updated: '2026-07-29',
    facts: ['F-coex-1'],
  },
  linkedDevices: {
    title: 'WhatsApp FAQ: связанные устройства',
    url: 'https://faq.whatsapp.com/378279804439436/',
    checked: '2026-11-24',
    facts: ['F-dev-1', 'F-wa-1'],
  },
  appsOverview: {
    title: 'Alibaba Cloud: основы WhatsApp',
    url: 'https://www.alibabacloud.com/help/en/chatapp/product-overview/core-concepts-of-whatsapp',
    checked: '2026-12-01',
    facts: ['F-wa-1', 'F-wab-1'],
  },
  businessAppTools: {
    title: 'Zavu: как работает WhatsApp Business',
    url: 'https://www.zavu.dev/en/blog/whatsapp-business-como-funciona',
    checked: '2026-12-01',
    facts: ['F-wab-1'],
  },
  responsibleUse: {
    title: 'WhatsApp FAQ: правила использования',
    url: 'https://faq.whatsapp.com/361005896189245/',
    checked: '2026-12-01',
    facts: ['F-grey-1'],
  },
  metaVerified: {
    title: 'WhatsApp FAQ: Meta Verified для бизнеса',
    url: 'https://faq.whatsapp.com/794517045178057/',
    checked: '2026-11-24',
    facts: ['F-wab-2'],
  },
  marketingMessages: {
    title: 'WhatsApp FAQ: маркетинговые сообщения из приложения',
    url: 'https://faq.whatsapp.com/652901706468344',
    checked: '2026-11-24',
    facts: ['F-wab-2'],
  },
  statusAds: {
    title: 'Meta, 16 июня 2025 г.: каналы и реклама',
    url: 'https://about.fb.com/news/2025/06/helping-you-find-more-channels-businesses-on-whatsapp',
    checked: '2026-12-01',
    facts: ['F-wab-4'],
  },
  bitrixOpenChannels: {
    title: 'Битрикс24: WhatsApp в Открытых линиях',
    url: 'https://helpdesk.bitrix24.com/open/11076436/',
    checked: '2026-12-01',
    facts: ['F-bx-1', 'F-bx-2'],
  },
  ruCalls: {
    title: 'Ведомости, 13 августа 2025 г.: звонки',
    url: 'https://www.vedomosti.ru/society/articles/2025/08/13/1131339-ob-ogranichenii-zvonkov',
    checked: '2026-12-01',
    facts: ['F-ru-1'],
  },
  ruPhasedVedomosti: {
    title: 'Ведомости, 1 декабря 2025 г.: ограничение',
    url: 'https://www.vedomosti.ru/technology/news/2025/12/01/1159580-rossiyane-pozhalovalis-na',
    checked: '2026-12-01',
    facts: ['F-ru-2'],
  },
  ruPhasedInc: {
    title: 'Inc. Russia: угроза блокировки',
    url: 'https://incrussia.ru/news/roskomnadzor-predupredil-o-gotovnosti-k-polnoj-blokirovke-whatsapp-v-rossii/',
    checked: '2026-12-01',
    facts: ['F-ru-2'],
  },
  ruDomainsKommersant: {
    title: 'Коммерсантъ, 12 февраля 2026 г.: домены WhatsApp и НСДИ',
    url: 'https://www.kommersant.ru/doc/8422092',
    checked: '2026-12-03',
    facts: ['F-ru-3'],
  },
  ruLaw41Amic: {
    title: 'Амител: кому запрещены мессенджеры',
    url: 'https://www.amic.ru/news/komu-v-rossii-zapretili-polzovatsya-inostrannymi-messendzherami-i-chto-za-eto-grozit-565414',
    checked: '2026-12-01',
    facts: ['F-ru-4'],
  },
  ruLaw41Bfm: {
    title: 'BFM.ru: запрет мессенджеров',
    url: 'https://nsk.bfm.ru/news/49546',
    checked: '2026-12-01',
    facts: ['F-ru-4'],
  },
  ruMetaExtremist: {
    title: 'ФН Волга, 20 июня 2022 г.: Мосгорсуд подтвердил решение о Meta',
    url: 'https://fn-volga.ru/news/view/id/187478',
    checked: '2026-12-03',
    facts: ['F-ru-5'],
  },
  ruMetaCourtAltapress: {
    title: 'Алтапресс, 21 марта 2022 г.: суд запретил Instagram и Facebook',
    url: 'https://altapress.ru/amp/story/302702',
    checked: '2026-12-03',
    facts: ['F-ru-5'],
  },
  ruMetaCourtRu24: {
    title: 'Ru24: решение суда о Meta и WhatsApp',
    url: 'https://ru24.net/moscow/315563853',
    checked: '2026-12-03',
    facts: ['F-ru-5'],
  },
  ruKremlinInterfax: {
    title: 'Интерфакс, 12 февраля 2026 г.: в Кремле о WhatsApp и MAX',
    url: 'https://www.interfax.ru/digital/1072403',
    checked: '2026-12-03',
    facts: ['F-ru-3'],
  },
  ruKremlinRia: {
    title: 'РИА Новости, 12 февраля 2026 г.: Песков о блокировке WhatsApp',
    url: 'https://ria.ru/20260212/whatsapp-2073887469.html',
    checked: '2026-12-03',
    facts: ['F-ru-3'],
  },
  ruKremlinRbc: {
    title: 'РБК, 12 февраля 2026 г.: условие возобновления работы WhatsApp',
    url: 'https://www.rbc.ru/politics/12/02/2026/698d07dc9a794741239bc1fb',
    checked: '2026-12-03',
    facts: ['F-ru-3'],
  },
  ruRknConfirmed: {
    title: 'Коммерсантъ, 22 октября 2025 г.: Роскомнадзор подтвердил ограничения',
    url: 'https://www.kommersant.ru/doc/8140567',
    checked: '2026-12-03',
    facts: ['F-ru-6', 'F-ru-10'],
  },
  ruRknNoGrounds: {
    title: 'Коммерсантъ, 15 января 2026 г.: оснований снять ограничения нет',
    url: 'https://www.kommersant.ru/doc/8342139',
    checked: '2026-12-03',
    facts: ['F-ru-6'],
  },
  ruPhasedTatarInform: {
    title: 'Татар-информ, 28 ноября 2025 г.: Роскомнадзор о дальнейших ограничениях',
    url: 'https://tatar-inform.ru/news/roskomnadzor-anonsiroval-dalneisee-ogranicenie-raboty-whatsapp-6008336',
    checked: '2026-12-03',
    facts: ['F-ru-2'],
  },
  ruRegistrationCodes: {
    title: 'РБК, 31 октября 2025 г.: ограничение регистрации в WhatsApp и Telegram',
    url: 'https://www.rbc.ru/technology_and_media/31/10/2025/6903cec99a794758a0046cd9',
    checked: '2026-12-03',
    facts: ['F-ru-7'],
    reported: 'press',
  },
  ruMaxPreinstallMeduza: {
    title: 'Медуза, 21 августа 2025 г.: предустановка MAX',
    url: 'https://meduza.io/news/2025/08/21/messendzher-max-stanut-predustanavlivat-na-vse-smartfony-v-rossii-s-1-sentyabrya',
    checked: '2026-12-03',
    facts: ['F-ru-8'],
  },
  ruMaxPreinstallMoscowTimes: {
    title: 'The Moscow Times, 21 августа 2025 г.: MAX будут предустанавливать',
    url: 'https://www.themoscowtimes.com/2025/08/21/kremlin-backed-messaging-app-max-to-come-pre-installed-on-devices-starting-next-month-a90306',
    checked: '2026-12-03',
    facts: ['F-ru-8'],
  },
  ruMaxHousingRia: {
    title: 'РИА Новости, 8 февраля 2026 г.: домовые чаты в MAX',
    url: 'https://ria.ru/20260208/gosduma-2072952281.html',
    checked: '2026-12-03',
    facts: ['F-ru-9'],
  },
  ruMaxHousingRambler: {
    title: 'Рамблер, 8 февраля 2026 г.: управляющие компании и MAX',
    url: 'https://news.rambler.ru/community/56013484-upravlyayuschie-kompanii-obyazali-obespechit-svyaz-s-zhiltsami-cherez-messendzher-max/',
    checked: '2026-12-03',
    facts: ['F-ru-9'],
  },
  ruTelegramMoscowTimes: {
    title: 'The Moscow Times, 10 февраля 2026 г.: ограничения Telegram',
    url: 'https://www.themoscowtimes.com/2026/02/10/roskomnadzor-tightens-restrictions-on-telegram-as-users-report-disruptions-a91907',
    checked: '2026-12-03',
    facts: ['F-ru-10'],
  },
  ruTelegramKyivPost: {
    title: 'Kyiv Post, апрель 2026 г.: блокировка Telegram',
    url: 'https://www.kyivpost.com/amp/post/73690',
    checked: '2026-12-03',
    facts: ['F-ru-10'],
    reported: 'press',
  },
  ruVpnAdsFines: {
    title: 'ТАСС, 22 июля 2025 г.: штрафы за рекламу VPN',
    url: 'https://tass.com/economy/1992647',
    checked: '2026-12-03',
    facts: ['F-ru-11'],
  },
  ruVpnAdsInForce: {
    title: 'ТАСС, 1 сентября 2025 г.: закон о рекламе VPN вступил в силу',
    url: 'https://tass.ru/obschestvo/24918673',
    checked: '2026-12-03',
    facts: ['F-ru-11'],
  },

  // Message templates: why they are rejected, what to change, how to appeal
  templateGuidelines: {
    title: 'Meta: правила для шаблонов сообщений',
    url: 'https://developers.facebook.com/docs/whatsapp/message-templates/guidelines',
    checked: '2026-12-03',
    facts: ['F-tpl-1', 'F-ban-4'],
  },
  templateApprovalsTwilio: {
    title: 'Twilio: одобрение шаблонов WhatsApp',
    url: 'https://www.twilio.com/docs/whatsapp/tutorial/message-template-approvals-statuses',
    checked: '2026-12-03',
    updated: '2026-05-04',
    facts: ['F-tpl-1'],
  },
  templateCategoryRouting: {
    title: 'Meta: категории шаблонов',
    url: `${META_DOCS}/marketing-messages/route-template-messages/`,
    checked: '2026-12-03',
    updated: '2026-09-21',
    facts: ['F-tpl-2'],
  },
  templateCategoryWebhook: {
    title: 'Meta: уведомление о смене категории шаблона',
    url: `${META_DOCS}/webhooks/reference/template_category_update`,
    checked: '2026-12-03',
    updated: '2025-11-11',
    facts: ['F-tpl-2'],
  },
  templateReviewAws: {
    title: 'AWS: шаблоны WhatsApp и их проверка',
    url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-features-whatsapp-templates-next.md',
    checked: '2026-12-03',
    facts: ['F-tpl-3'],
  },
  templateReviewSalesforce: {
    title: 'Salesforce: одобрение шаблонов WhatsApp',
    url: 'https://help.salesforce.com/s/articleView?id=mktg.mc_jb_whatsapp_template_message_approval_considerations.htm',
    checked: '2026-12-03',
    facts: ['F-tpl-3'],
  },
  templateReviewYCloud: {
    title: 'YCloud: проверка шаблонов',
    url: 'https://docs.ycloud.com/en/documentation/whatsapp-business-platform/messaging/message-templates/template-review-and-lifecycle.md',
    checked: '2026-12-03',
    facts: ['F-tpl-4'],
  },
  policyViolations360dialog: {
    title: '360dialog: нарушения правил WhatsApp и обжалование',
    url: 'https://docs.360dialog.com/docs/waba-basics/waba-policy-enforcement/managing-whatsapp-policy-violations',
    checked: '2026-12-03',
    facts: ['F-tpl-4', 'F-ban-3'],
  },

  // Banned or restricted numbers
  accountBans: {
    title: 'WhatsApp FAQ: блокировка аккаунта',
    url: 'https://faq.whatsapp.com/465883178708358',
    checked: '2026-12-03',
    facts: ['F-ban-1'],
  },
  businessAppBan: {
    title: 'WhatsApp FAQ: номер WhatsApp Business заблокирован',
    url: 'https://faq.whatsapp.com/508673377786103',
    checked: '2026-12-03',
    facts: ['F-ban-1'],
  },
  unofficialAppsBan: {
    title: 'TechTelegraph: как обжаловать блокировку WhatsApp',
    url: 'https://techtelegraph.co.uk/how-to-request-a-review-of-account-ban-on-whatsapp',
    checked: '2026-12-03',
    facts: ['F-ban-2'],
  },
  policyEnforcement: {
    title: 'Meta: соблюдение правил платформы',
    url: 'https://developers.secure.facebook.com/docs/whatsapp/overview/policy-enforcement?locale=vi_VN',
    checked: '2026-12-03',
    facts: ['F-ban-3'],
  },
  enforcement360dialog: {
    title: '360dialog: ограничения за нарушения правил',
    url: 'https://docs.360dialog.com/partner/partner-hub/waba-profile-and-compliance/waba-policy-enforcement',
    checked: '2026-12-03',
    facts: ['F-ban-3'],
  },
  enforcementVonage: {
    title: 'Vonage: аккаунт WhatsApp Business отключён',
    url: 'https://api.support.vonage.com/hc/en-us/articles/13159589787548',
    checked: '2026-12-03',
    facts: ['F-ban-3', 'F-ban-4'],
  },

  // Backing up and moving Business app chats
  backupEncryption: {
    title: 'WhatsApp FAQ: зашифрованная резервная копия',
    url: 'https://faq.whatsapp.com/490592613091019',
    checked: '2026-12-03',
    facts: ['F-bkp-1'],
  },
  backupGoogleStorage: {
    title: 'Business Today, 16 ноября 2023 г.: копии WhatsApp и место в Google',
    url: 'https://www.businesstoday.in/technology/news/story/whatsapp-users-on-android-may-soon-have-to-pay-to-backup-chats-on-google-drive-heres-why-405951-2023-11-16',
    checked: '2026-12-03',
    facts: ['F-bkp-2'],
  },
  chatTransferTechlusive: {
    title: 'Techlusive, 30 июня 2023 г.: перенос чатов по QR-коду',
    url: 'https://www.techlusive.in/news/metas-mark-zuckerberg-announces-a-new-chat-history-transfer-feature-for-whatsapp-heres-whats-new-1387331/',
    checked: '2026-12-03',
    facts: ['F-bkp-3'],
  },
  chatTransferTheNews: {
    title: 'The News, 1 июля 2023 г.: перенос чатов на новый телефон',
    url: 'https://www.thenews.com.pk/latest/1085932-good-news-whatsapp-annouces-an-easier-way-to-transfer-data-between-phones',
    checked: '2026-12-03',
    facts: ['F-bkp-3'],
  },
  historyWebhook: {
    title: 'Meta: перенос истории чатов (вебхук history)',
    url: `${META_DOCS}/webhooks/reference/history/`,
    checked: '2026-12-03',
    updated: '2026-05-21',
    facts: ['F-bkp-4'],
  },

  // What providers (BSPs) charge on top of Meta
  twilioPricing: {
    title: 'Twilio: цены WhatsApp',
    url: 'https://www.twilio.com/whatsapp/pricing',
    checked: '2026-12-03',
    facts: ['F-bsp-2'],
  },
  prices360dialog: {
    title: '360dialog: тарифы и оплата',
    url: 'https://docs.360dialog.com/docs/welcome-to-360dialogpa/prices-plans-and-payments',
    checked: '2026-12-03',
    facts: ['F-bsp-1', 'F-bsp-2'],
  },
  gupshupFee: {
    title: 'Gupshup: плата за сообщения',
    url: 'https://support.gupshup.io/hc/en-us/articles/360012075779',
    checked: '2026-12-03',
    facts: ['F-bsp-3'],
  },
  gupshupMarketingMarkup: {
    title: 'Gupshup: наценка на маркетинговые сообщения',
    url: 'https://support.gupshup.io/hc/en-us/articles/53700207494169',
    checked: '2026-12-03',
    facts: ['F-bsp-3'],
  },
  awsMessageFee: {
    title: 'AWS: оплата сообщений WhatsApp',
    url: 'https://docs.aws.amazon.com/social-messaging/latest/userguide/charged-per-conversation.html',
    checked: '2026-12-03',
    facts: ['F-bsp-3'],
  },
  watiPayAsYouGo: {
    title: 'Wati: оплата по мере использования',
    url: 'https://support.wati.io/en/articles/11462971-introducing-pay-as-you-go-payg-plan',
    checked: '2026-12-03',
    facts: ['F-bsp-3'],
  },
  leaveProvider360dialog: {
    title: '360dialog: переход к другому провайдеру',
    url: 'https://docs.360dialog.com/docs/hub/migrations/migrate-to-alternate-bsp',
    checked: '2026-12-03',
    facts: ['F-bsp-4', 'F-mig-4'],
  },

  // Moving a Platform number to another provider
  numberMigrationMeta: {
    title: 'Meta: перенос номера между аккаунтами WhatsApp Business',
    url: `${META_DOCS}/solution-providers/support/migrating-phone-numbers-among-solution-partners-programmatically.md`,
    checked: '2026-12-03',
    facts: ['F-mig-1'],
  },
  numberMigrationInterakt: {
    title: 'Interakt: переход от одного провайдера к другому',
    url: 'https://www.interakt.shop/resource-center/whatsapp-business-api-migrating-from-bsp/',
    checked: '2026-12-03',
    facts: ['F-mig-2'],
  },
  migrationBusinessSuite: {
    title: 'Meta: уход клиента от решения через Meta Business Suite',
    url: `${META_DOCS}/solution-providers/support/migrating-customers-off-solutions-via-meta-business-suite`,
    checked: '2026-12-03',
    updated: '2026-06-30',
    facts: ['F-mig-2', 'F-mig-3'],
  },
  migrationTo360dialog: {
    title: '360dialog: перенос номера в 360dialog',
    url: 'https://docs.360dialog.com/partner/partner-hub/migrating-phone-numbers/migrate-a-number-to-360dialog',
    checked: '2026-12-03',
    facts: ['F-mig-3'],
  },
  migrationAlibaba: {
    title: 'Alibaba Cloud: перенос номера',
    url: 'https://www.alibabacloud.com/help/en/chatapp/use-cases/migrate-a-phone-number',
    checked: '2026-12-03',
    updated: '2023-08-18',
    facts: ['F-mig-4'],
  },

  // Broadcast lists in the Business app
  broadcastFastweb: {
    title: 'Fastweb: сообщение нескольким контактам сразу',
    url: 'https://fastweb.it/fastweb-plus/digital-marketing-social/whatsapp-come-inviare-un-messaggio-a-piu-contatti-contemporaneamente',
    checked: '2026-12-03',
    facts: ['F-bc-1'],
    reported: 'press',
  },
  broadcastZavu: {
    title: 'Zavu, 17 мая 2026 г.: списки рассылки WhatsApp Business',
    url: 'https://www.zavu.dev/en/blog/lista-transmissao-whatsapp-business',
    checked: '2026-12-03',
    facts: ['F-bc-1'],
    reported: 'providers',
  },
  broadcastBlueticks: {
    title: 'Blueticks, 5 июня 2026 г.: лимит рассылки WhatsApp',
    url: 'https://blueticks.co/blog/whatsapp-broadcast-limit',
    checked: '2026-12-03',
    facts: ['F-bc-1'],
    reported: 'providers',
  },
  broadcastLimitsTest: {
    title: 'Bulldigest, 20 марта 2025 г.: WhatsApp испытывает лимиты рассылок',
    url: 'https://bulldigest.com/article?id=67dbe8a1f4382e44841241da',
    checked: '2026-12-03',
    facts: ['F-bc-3'],
    reported: 'press',
  },
  broadcastCredits: {
    title: 'Old Harbour News: лимиты для бизнес-аккаунтов',
    url: 'https://oldharbournews.com/content/whatsapp-imposes-limits-business-accounts',
    checked: '2026-12-03',
    facts: ['F-bc-3'],
    reported: 'press',
  },

  // Business verification; sole traders and self-employed people
  upcomingMessagingLimits: {
    title: 'Meta: изменения лимитов сообщений',
    url: `${META_DOCS}/upcoming-messaging-limits-changes.md`,
    checked: '2026-12-03',
    facts: ['F-ver-1'],
  },
  scalingPaths360dialog: {
    title: '360dialog: лимиты сообщений и рейтинг качества',
    url: 'https://docs.360dialog.com/partner/messaging-and-calling/messaging-health-and-troubleshooting/messaging-limits-and-quality-rating',
    checked: '2026-12-03',
    facts: ['F-ver-1'],
  },
  scalingPathsYCloud: {
    title: 'YCloud: лимиты сообщений и пропускная способность',
    url: 'https://docs.ycloud.com/zh/documentation/whatsapp-business-platform/pricing-limits-and-quality/messaging-limits-and-throughput.md',
    checked: '2026-12-03',
    facts: ['F-ver-1'],
  },
  verificationKapso: {
    title: 'Kapso: проверка бизнеса',
    url: 'https://docs.kapso.ai/docs/whatsapp/business-verification.md',
    checked: '2026-12-03',
    facts: ['F-ver-2'],
  },
  verification360dialog: {
    title: '360dialog: проверка бизнеса в Meta',
    url: 'https://docs.360dialog.com/resources/meta-business-verification',
    checked: '2026-12-03',
    facts: ['F-ver-2'],
  },
  verificationYCloud: {
    title: 'YCloud: проверка бизнеса',
    url: 'https://docs.ycloud.com/en/documentation/whatsapp-business-platform/accounts-and-business-identity/business-verification.md',
    checked: '2026-12-03',
    facts: ['F-ver-3'],
  },
  websiteOptional: {
    title: 'Meta: регистрация без сайта',
    url: `${META_DOCS}/embedded-signup/website-optional/`,
    checked: '2026-12-03',
    updated: '2026-05-21',
    facts: ['F-ver-3'],
  },
  partnerLedVerification360dialog: {
    title: '360dialog: проверка бизнеса через партнёра',
    url: 'https://docs.360dialog.com/partner/partner-hub/meta-business-verification/partner-led-business-verification',
    checked: '2026-12-03',
    facts: ['F-ver-3'],
  },
  soleTraderDocumentsNicochat: {
    title: 'Nicochat: документы для проверки бизнеса по странам',
    url: 'https://nicochat.atlassian.net/wiki/pages/diffpagesbyversion.action?originalVersion=1&pageId=98434&revisedVersion=2',
    checked: '2026-12-03',
    facts: ['F-ver-4'],
    reported: 'providers',
  },
  maxPartnersIntegrator: {
    title: 'Integrator.digital: MAX и Битрикс24',
    url: 'https://integrator.digital/blog/vse-o-bitriks24/integraciya-messengera-max-i-bitrix24',
    checked: '2026-12-03',
    facts: ['F-ver-4'],
    reported: 'providers',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** True when `key` names a page in SOURCES: data that cites by key is checked with this. */
export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}

/** True when `key` names a page that only reports what it says (`reported`): every text citing it says «по данным …». */
export function isReportedSource(key: string): boolean {
  return isSourceKey(key) && (SOURCES[key] as Source).reported !== undefined;
}

/** A source as a citation shows it (pages, open data): title, address, check date and, when set, who reports it. */
export function citationOf(key: SourceKey): Citation {
  const {title, url, checked, reported}: Source = SOURCES[key];
  return {title, url, checked, ...(reported ? {reported} : {})};
}
