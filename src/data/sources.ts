/**
 * Public pages that back the facts on this site, one entry per page, keyed for reuse. Each entry names the facts
 * it backs (ids of src/data/facts.ts) and the day someone read it and found it says so: its own date, never a
 * shared one. Add a page here before citing it; never cite a page nobody has read. `npm run facts` lists them
 * oldest check first, with what depends on each.
 */
import type {Source} from './schema';

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
    checked: '2026-12-01',
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
    checked: '2026-12-01',
    facts: ['F-api-6', 'F-api-6a'],
  },
  phoneNumbers: {
    title: 'Meta: номера телефонов на платформе',
    url: `${META_DOCS}/business-phone-numbers/phone-numbers`,
    checked: '2026-11-24',
    facts: ['F-api-7', 'F-num-1'],
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
    checked: '2026-11-24',
    facts: ['F-api-9'],
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
    title: 'Meta: кому недоступна платформа',
    url: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/troubleshooting',
    checked: '2026-12-01',
    facts: ['F-api-11'],
  },
  messagingPolicy: {
    title: 'WhatsApp: правила для бизнеса',
    url: 'https://business.whatsapp.com/policy',
    checked: '2026-12-01',
    facts: ['F-api-11'],
  },
  aiProviders: {
    title: 'NDTV, 21.10.2025: запрет ИИ-чат-ботов',
    url: 'https://www.ndtv.com/feature/whatsapp-ai-chatbot-ban-openai-perplexity-meta-ai-no-more-chatgpt-on-whatsapp-ai-chatbots-face-ban-9492156',
    checked: '2026-12-01',
    facts: ['F-api-12', 'F-api-11'],
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
    checked: '2026-12-01',
    facts: ['F-price-1', 'F-price-3'],
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
  pricingHelloCharles: {
    title: 'Charles: цены Meta на WhatsApp',
    url: 'https://help.hello-charles.com/en/articles/344939-understand-meta-s-whatsapp-pricing-revised-july-1-2026',
    checked: '2026-12-01',
    facts: ['F-price-2'],
  },
  wabaTypes: {
    title: '360dialog: виды аккаунтов WABA',
    url: 'https://docs.360dialog.com/docs/resources/wabas',
    checked: '2026-11-24',
    facts: ['F-acct-1'],
  },
  coexistence: {
    title: '360dialog: сосуществование (coexistence)',
    url: 'https://docs.360dialog.com/docs/waba-basics/phone-numbers/coexistence',
    checked: '2026-12-01',
    facts: ['F-coex-1', 'F-coex-3', 'F-num-1'],
  },
  coexistenceLimits: {
    title: '360dialog: номер, который уже используется в приложении',
    url: 'https://docs.360dialog.com/partner/waba-management/phone-number-and-hosting/using-a-phone-number-already-in-use-with-whatsapp-app',
    checked: '2026-11-24',
    facts: ['F-coex-2'],
  },
  coexistenceDoubleTick: {
    title: 'DoubleTick: ограничения сосуществования',
    url: 'https://learn.doubletick.io/co-existence/limitations-and-restrictions-of-co-existence',
    checked: '2026-12-01',
    facts: ['F-coex-3'],
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
    title: 'Meta, 16.06.2025: каналы и реклама',
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
    title: 'Ведомости, 13.08.2025: звонки',
    url: 'https://www.vedomosti.ru/society/articles/2025/08/13/1131339-ob-ogranichenii-zvonkov',
    checked: '2026-12-01',
    facts: ['F-ru-1'],
  },
  ruPhasedVedomosti: {
    title: 'Ведомости, 01.12.2025: ограничение',
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
    title: 'Коммерсантъ: домены WhatsApp и НСДИ',
    url: 'https://www.kommersant.ru/doc/8422092',
    checked: '2026-12-01',
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
    title: 'ФН Волга, 20.06.2022: статус Meta',
    url: 'https://fn-volga.ru/news/view/id/187478',
    checked: '2026-12-01',
    facts: ['F-ru-5'],
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** True when `key` names a page in SOURCES: data that cites by key is checked with this. */
export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}
