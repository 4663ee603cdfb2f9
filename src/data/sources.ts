/**
 * Public pages that back the facts on this site, one entry per page, keyed for reuse.
 * Each entry names the facts-sheet item it supports (`shared/content/facts.md`) and the day it was checked.
 * Add a page here before citing it; never cite a page nobody has read.
 */
import type {Source} from './schema';

const CHECKED = '2026-11-24';

const META_DOCS = 'https://developers.facebook.com/documentation/business-messaging/whatsapp';

export const SOURCES = {
  cloudVsOnPrem: {
    title: 'Meta: Cloud API и On-Premises API',
    url: 'https://developers.facebook.com/docs/whatsapp/cloud-vs-onprem',
    checked: CHECKED,
    fact: 'F-api-1',
  },
  onPremSunset: {
    title: '360dialog: прекращение On-Premises API',
    url: 'https://docs.360dialog.com',
    checked: CHECKED,
    fact: 'F-api-2',
  },
  throughput: {
    title: 'Meta: пропускная способность (throughput)',
    url: `${META_DOCS}/throughput`,
    checked: CHECKED,
    fact: 'F-api-3',
  },
  serviceWindow: {
    title: 'Meta: отправка сообщений, окно 24 часа',
    url: `${META_DOCS}/messages/send-messages`,
    checked: CHECKED,
    fact: 'F-api-5',
  },
  messagingLimits: {
    title: 'Meta: лимиты сообщений',
    url: `${META_DOCS}/messaging-limits`,
    checked: CHECKED,
    fact: 'F-api-6',
  },
  phoneNumbers: {
    title: 'Meta: номера телефонов на платформе',
    url: `${META_DOCS}/business-phone-numbers/phone-numbers`,
    checked: CHECKED,
    fact: 'F-api-7',
  },
  oboDeprecation: {
    title: 'Meta: отмена модели On-Behalf-Of',
    url: `${META_DOCS}/solution-providers/obo-model-deprecation/`,
    checked: CHECKED,
    fact: 'F-api-8',
  },
  displayNames: {
    title: 'Meta: отображаемое имя',
    url: `${META_DOCS}/display-names/`,
    checked: CHECKED,
    fact: 'F-api-9',
  },
  officialBusinessAccounts: {
    title: 'Meta: официальный бизнес-аккаунт',
    url: 'https://developers.facebook.com/docs/whatsapp/official-business-accounts/',
    checked: CHECKED,
    fact: 'F-api-9',
  },
  businessScopedUserIds: {
    title: 'Meta: имена пользователей и BSUID',
    url: `${META_DOCS}/business-scoped-user-ids/`,
    checked: CHECKED,
    fact: 'F-api-10',
  },
  pricing: {
    title: 'Meta: цены WhatsApp Business Platform',
    url: `${META_DOCS}/pricing`,
    checked: CHECKED,
    fact: 'F-price-1',
  },
  pricingOctober2026Chakra: {
    title: 'Chakra: изменение цен с 1 октября 2026 г.',
    url: 'https://chakrahq.com/article/whatsapp-api-pricing-update-service-messages-october-2026/',
    checked: CHECKED,
    fact: 'F-price-2',
    reported: true,
  },
  pricingOctober2026YCloud: {
    title: 'YCloud: журнал изменений цен',
    url: 'https://docs.ycloud.com',
    checked: CHECKED,
    fact: 'F-price-2',
    reported: true,
  },
  wabaTypes: {
    title: '360dialog: виды аккаунтов WABA',
    url: 'https://docs.360dialog.com/docs/resources/wabas',
    checked: CHECKED,
    fact: 'F-acct-1',
  },
  coexistence: {
    title: '360dialog: сосуществование (coexistence)',
    url: 'https://docs.360dialog.com/docs/waba-basics/phone-numbers/coexistence',
    checked: CHECKED,
    fact: 'F-coex-1',
  },
  coexistenceLimits: {
    title: '360dialog: номер, который уже используется в приложении',
    url: 'https://docs.360dialog.com/partner/waba-management/phone-number-and-hosting/using-a-phone-number-already-in-use-with-whatsapp-app',
    checked: CHECKED,
    fact: 'F-coex-2',
  },
  linkedDevices: {
    title: 'WhatsApp FAQ: связанные устройства',
    url: 'https://faq.whatsapp.com/378279804439436/',
    checked: CHECKED,
    fact: 'F-dev-1',
  },
  metaVerified: {
    title: 'WhatsApp FAQ: Meta Verified для бизнеса',
    url: 'https://faq.whatsapp.com/794517045178057/',
    checked: CHECKED,
    fact: 'F-wab-2',
  },
  marketingMessages: {
    title: 'WhatsApp FAQ: маркетинговые сообщения из приложения',
    url: 'https://faq.whatsapp.com/652901706468344',
    checked: CHECKED,
    fact: 'F-wab-2',
  },
  bitrixOpenChannels: {
    title: 'Битрикс24: WhatsApp в Открытых линиях',
    url: 'https://helpdesk.bitrix24.com/open/11076436/',
    checked: CHECKED,
    fact: 'F-bx-1',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** True when `key` names a page in SOURCES: data that cites by key is checked with this. */
export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}
