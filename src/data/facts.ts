/**
 * The facts register: every checked fact this site states, by the id the team's facts sheet gives it
 * (F-api-3, F-ru-2…), with how firm it is. Sources (src/data/sources.ts) name the facts they back, so
 * `npm run facts` can list what depends on each page we cite, and the build rejects a source that names
 * a fact nobody registered. The sheet itself is the editors' working file; this is the site's copy of its index.
 */

export const FACT_STATUSES = {
  /** Confirmed on an official page (Meta, WhatsApp, a law) or by the product itself. */
  verified: 'проверено по официальному источнику',
  /** Said by providers' documentation only. */
  provider: 'по документации провайдеров',
  /** Reported by the press; stated with the outlet and date. */
  press: 'по сообщениям СМИ',
  /**
   * Reported by providers or the press, found on no official page: the site writes «по данным провайдеров …» or
   * «по сообщениям СМИ …» and never states it as firm (every source backing it is marked `reported`).
   */
  reported: 'по данным провайдеров или СМИ, официально не подтверждено',
  /** Follows from other facts (named in `from`). */
  derived: 'следует из других фактов',
} as const;

export type FactStatus = keyof typeof FACT_STATUSES;

export interface Fact {
  /** One line, in English like the sheet, so the register reads as its index. */
  summary: string;
  status: FactStatus;
  /** The day the sheet added or corrected the item, when it was after the first check (2026-11-24). */
  changed?: string;
  /** For derived facts: the facts it follows from. */
  from?: readonly string[];
}

export const FACTS = {
  'F-name-1': {summary: 'Facebook, Inc. is now Meta; the API is part of the WhatsApp Business Platform', status: 'verified'},
  'F-api-1': {
    summary: 'Cloud API, hosted by Meta since 2022 (the month is not sourced); connect directly or through a provider (BSP)',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-api-2': {summary: 'On-Premises API retired: its final version expired on 2025-10-23', status: 'verified'},
  'F-api-3': {
    summary:
      'Throughput, inbound and outbound together: 80 messages/s per number by default, up to 1,000; coexistence numbers 20/s; On-Premises had up to 250',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-api-3a': {
    summary:
      'The raise to 1,000/s is not automatic: unlimited messaging limit, 100,000+ unique users outside the window in 24 h, quality Medium or better',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-4': {summary: 'The Platform has no phone or web app of its own; agents answer from a CRM, help desk or provider inbox', status: 'verified'},
  'F-api-5': {summary: 'The 24-hour customer service window; outside it only approved templates, only to opted-in customers', status: 'verified'},
  'F-api-6': {summary: 'Messaging limits per business portfolio since 2025-10-07: 250 → 2,000 → 10,000 → 100,000 → unlimited', status: 'verified'},
  'F-api-6a': {
    summary: 'Messaging limits count unique users messaged outside a service window, existing customers included',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-7': {
    summary: 'A Platform number can no longer be used in the WhatsApp app; a number in WhatsApp must be deleted there first',
    status: 'verified',
  },
  'F-api-8': {summary: 'The business owns its WhatsApp Business Account; the On-Behalf-Of model ended (deadline 2025-10-01)', status: 'verified'},
  'F-api-9': {summary: 'Display names are reviewed; Official Business Account only for notable verified brands on the Platform', status: 'verified'},
  'F-api-10': {
    summary: 'Usernames roll out in 2026; business usernames from 2026-06-29 do not hide the number; BSUID sent since April 2026',
    status: 'verified',
  },
  'F-api-11': {
    summary:
      "Not any company may use the Platform: sanctioned regions (Meta's support page), restricted categories and, in most countries, general-purpose AI assistants",
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-api-12': {
    summary:
      'Since 2026-01-15 general-purpose AI assistants may not use the Platform in most countries; a business bot about its own products stays allowed',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-api-13': {
    summary:
      'Calling API: customers call free; business-initiated calls need permission, billed per 6-second pulse, not in some countries, not for coexistence',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-14': {
    summary:
      'Per-user marketing template caps: a template over the cap is not delivered (131049) and not charged; US marketing paused since 2025-04-01',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-15': {
    summary: 'A customer with a username may reach the business as a BSUID instead of a phone number; CRMs must support BSUIDs',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-price-1': {
    summary: 'Since 2025-07-01 pricing per delivered template by category and country; free entry points: 72 h, opened by a reply within 24 h',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-price-2': {
    summary:
      'Since 2026-10-01 service messages and utility templates inside the window are billed; providers report 1,000 free service messages a month per number',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-price-3': {
    summary: 'Rates change by quarter; from 2026-10-01 Kazakhstan and Ukraine have their own, higher rates; volume tiers',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-acct-1': {summary: 'Two kinds of WABA: a Business app account (coexistence) and a Platform account', status: 'provider'},
  'F-coex-1': {
    summary:
      'Coexistence since 2025: an eligible Business app number (app 2.24.17+, supported country) joins the Cloud API and keeps the app; 6 months of history',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-coex-2': {
    summary: 'Under coexistence: no broadcast lists, disappearing messages, view-once, live location; groups not synced; API messages billed',
    status: 'verified',
  },
  'F-coex-3': {
    summary: 'Under coexistence linked devices are unlinked once and can be linked again, except WhatsApp for Windows and WearOS',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-dev-1': {
    summary: 'A phone plus up to 4 linked devices; logout after 14 days without the phone; no broadcast lists on linked devices',
    status: 'verified',
  },
  'F-wa-1': {summary: 'WhatsApp is free, for personal use, on Android, iOS, Windows, macOS and the web; no API', status: 'verified'},
  'F-wab-1': {
    summary: 'The WhatsApp Business app is free, for small businesses; profile, catalog, quick replies, greeting and away messages, labels',
    status: 'verified',
  },
  'F-wab-2': {summary: 'Paid extras: Meta Verified for Business and marketing messages from the app, not everywhere', status: 'verified'},
  'F-wab-4': {
    summary: 'New in 2025–2026: ads in Status and promoted channels (costs), paid channel subscriptions (income from followers)',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-bx-1': {summary: 'Bitrix24 Open Channels have a WhatsApp channel that follows the 24-hour rule (the official Platform)', status: 'verified'},
  'F-bx-2': {
    summary: 'The Bitrix24 help note does not say which connector is recommended; no QR connector is «рекомендуемый»',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-grey-1': {
    summary: 'Unofficial clients that automate an app account are not allowed by WhatsApp terms; the number can be banned',
    status: 'verified',
  },
  'F-num-1': {
    summary: 'Moving a personal WhatsApp number to the Platform loses its chat history; safer: Business app first, then coexistence',
    status: 'derived',
    changed: '2026-12-01',
    from: ['F-api-7', 'F-coex-1'],
  },
  'F-ru-1': {summary: 'August 2025: Roskomnadzor restricted voice calls in WhatsApp and Telegram', status: 'press', changed: '2026-12-01'},
  'F-ru-2': {
    summary: '2025-11-28: Roskomnadzor announced a phased restriction of WhatsApp with a threat of full blocking',
    status: 'press',
    changed: '2026-12-01',
  },
  'F-ru-3': {
    summary:
      "2026-02-11: WhatsApp's domains removed from Russia's national DNS; 2026-02-12 the Kremlin confirmed the decision and named MAX as the alternative",
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ru-4': {
    summary:
      'Since 2025-06-01 (law 41-FZ) state bodies, banks, telecoms, large platforms and marketplaces may not use foreign messengers with clients',
    status: 'press',
    changed: '2026-12-01',
  },
  'F-ru-5': {
    summary: "2022-03-21: Meta's activity in Russia banned as extremist for Facebook and Instagram; the ruling does not extend to WhatsApp",
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ru-6': {
    summary:
      '2025-10-22 Roskomnadzor confirmed it partially restricts WhatsApp and Telegram; 2026-01-15 no grounds to lift the WhatsApp restrictions',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ru-7': {
    summary: 'From 2025-10-31 registration codes of WhatsApp and Telegram reported blocked on some Russian operators',
    status: 'reported',
    changed: '2026-12-03',
  },
  'F-ru-8': {summary: 'The MAX messenger must be preinstalled on devices sold in Russia from 2025-09-01', status: 'press', changed: '2026-12-03'},
  'F-ru-9': {
    summary: 'From 2026-09-01 housing management companies must offer official contact with residents through MAX, as an additional channel',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ru-10': {
    summary: 'Telegram is restricted in Russia too: confirmed 2025-10-22, tightened 2026-02-10, reported fully blocked in April 2026',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ru-11': {
    summary: 'From 2025-09-01 advertising VPN services is fined in Russia; using a VPN is not punished by that law',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-tpl-1': {
    summary: 'Common template rejections: malformed, special-character or non-sequential variables; policy breaches; templates too generic',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-tpl-2': {
    summary:
      'Meta may move an approved template to another category (e.g. utility to marketing); the business pays the category applied at send time',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-tpl-3': {
    summary: 'Providers say review takes up to 24 hours; a rejection comes by email with a reason and can be appealed or edited',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-tpl-4': {
    summary: 'What to change in a rejected template (category, samples, variables, buttons) and the appeal path in Business Support Home',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-ban-1': {
    summary: 'App bans: «This account is not allowed to use WhatsApp»; request a review in the app, one number per appeal',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-ban-2': {
    summary: 'A temporary ban usually means an unofficial or modified app; without switching to the official app the ban may become permanent',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-ban-3': {
    summary: 'Platform enforcement: warning, then restrictions of growing length, then offboarding; appeals in Business Support Home',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-ban-4': {
    summary:
      'Red-rated templates are paused; a banned number cannot register on the Cloud API until the ban is lifted; a disabled account sends and receives nothing',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-bkp-1': {
    summary: 'End-to-end encrypted chat backups on Google Drive or iCloud; WhatsApp cannot restore them without the password or key',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-bkp-2': {
    summary: 'Android backups count towards the Google Account storage (15 GB free) since the first half of 2024',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-bkp-3': {
    summary: 'Since 2023-06-30 chats move between phones of the same system by QR code, without a cloud backup',
    status: 'press',
    changed: '2026-12-03',
  },
  'F-bkp-4': {
    summary: 'From the app to the Platform only through coexistence: 6 months of 1:1 chats synced, groups not',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-bsp-1': {summary: "Meta's fee is the same whichever provider; providers differ in what they add", status: 'provider', changed: '2026-12-03'},
  'F-bsp-2': {
    summary: 'Examples: Twilio adds a per-message fee; 360dialog charges a monthly licence per number and passes Meta rates without markup',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-bsp-3': {
    summary: 'Other structures: Gupshup per-message fee and a 6 % markup on some marketing; AWS own fee per message; Wati sign-up fee',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-bsp-4': {summary: 'What to compare between providers; there is no universal markup figure', status: 'provider', changed: '2026-12-03'},
  'F-mig-1': {
    summary: 'A registered number can move to another WABA keeping its name, quality, limit and high-quality templates; started by the destination',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-mig-2': {
    summary: 'During a migration the old WABA keeps working until the number is registered on the new one, then the new one sends at once',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-mig-3': {summary: 'Only approved high-quality templates move; chat history and catalogs do not', status: 'provider', changed: '2026-12-03'},
  'F-mig-4': {
    summary: 'Before a migration: two-step verification off, invoices paid; a coexistence WABA cannot move to another portfolio',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-bc-1': {summary: 'A broadcast list reaches at most 256 contacts, only those who saved the number', status: 'reported', changed: '2026-12-03'},
  'F-bc-2': {
    summary: 'Under coexistence the app’s broadcast lists are disabled and existing ones become read-only',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-bc-3': {summary: 'WhatsApp tests monthly limits and paid credits for broadcasts (2025–2026)', status: 'reported', changed: '2026-12-03'},
  'F-ver-1': {
    summary: 'No verification needed to start: new portfolios start at 250; verification is one way to reach 2,000',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-ver-2': {
    summary:
      'Display names are checked; verification is not required to keep messaging, but is needed for the badge, more than two numbers and scaling',
    status: 'verified',
    changed: '2026-12-03',
  },
  'F-ver-3': {
    summary: 'Verification asks for the legal name, address, phone and website matching official documents, confirmed by code or domain',
    status: 'provider',
    changed: '2026-12-03',
  },
  'F-ver-4': {
    summary: 'No Meta page says whether Russian ИП or self-employed people pass verification; sole-trader documents are accepted in some countries',
    status: 'reported',
    changed: '2026-12-03',
  },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACTS, id);
}
