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
  /** Reported by providers only: the site writes «по сообщениям провайдеров» and never states it as firm. */
  reported: 'по сообщениям провайдеров',
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
  'F-api-1': {summary: 'Cloud API, hosted by Meta since April 2022; connect directly or through a provider (BSP)', status: 'verified'},
  'F-api-2': {summary: 'On-Premises API retired: its final version expired on 2025-10-23', status: 'verified'},
  'F-api-3': {summary: 'Throughput: 80 messages/s per number by default, up to 1,000; coexistence numbers 20/s; On-Premises had up to 250', status: 'verified'},
  'F-api-3a': {
    summary: 'The raise to 1,000/s is not automatic: unlimited messaging limit, 100,000+ unique users outside the window in 24 h, quality Medium or better',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-4': {summary: 'The Platform has no phone or web app of its own; agents answer from a CRM, help desk or provider inbox', status: 'verified'},
  'F-api-5': {summary: 'The 24-hour customer service window; outside it only approved templates, only to opted-in customers', status: 'verified'},
  'F-api-6': {summary: 'Messaging limits per business portfolio since 2025-10-07: 250 → 2,000 → 10,000 → 100,000 → unlimited', status: 'verified'},
  'F-api-6a': {summary: 'Messaging limits count unique users messaged outside a service window, existing customers included', status: 'verified', changed: '2026-12-01'},
  'F-api-7': {summary: 'A Platform number can no longer be used in the WhatsApp app; a number in WhatsApp must be deleted there first', status: 'verified'},
  'F-api-8': {summary: 'The business owns its WhatsApp Business Account; the On-Behalf-Of model ended (deadline 2025-10-01)', status: 'verified'},
  'F-api-9': {summary: 'Display names are reviewed; Official Business Account only for notable verified brands on the Platform', status: 'verified'},
  'F-api-10': {summary: 'Usernames roll out in 2026; business usernames from 2026-06-29 do not hide the number; BSUID sent since April 2026', status: 'verified'},
  'F-api-11': {
    summary: 'Not any company may use the Platform: sanctioned regions, restricted categories and general-purpose AI assistants are excluded',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-12': {
    summary: 'Since 2026-01-15 general-purpose AI assistants may not use the Platform; a business bot about its own products stays allowed',
    status: 'press',
    changed: '2026-12-01',
  },
  'F-api-13': {
    summary: 'Calling API: customers call free; business-initiated calls need permission, billed per 6-second pulse, not in some countries, not for coexistence',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-14': {
    summary: 'Per-user marketing template caps: a template over the cap is not delivered (131049) and not charged; US marketing paused since 2025-04-01',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-api-15': {summary: 'A customer with a username may reach the business as a BSUID instead of a phone number; CRMs must support BSUIDs', status: 'verified', changed: '2026-12-01'},
  'F-price-1': {summary: 'Since 2025-07-01 pricing per delivered template by category (marketing, utility, authentication) and country; free entry points 72 h', status: 'verified'},
  'F-price-2': {
    summary: 'Since 2026-10-01 service (non-template) messages and utility templates inside the window are billed; Meta Business Agent replies billed per token',
    status: 'verified',
    changed: '2026-12-01',
  },
  'F-price-3': {summary: 'Rates change by quarter; from 2026-10-01 Kazakhstan and Ukraine have their own, higher rates; volume tiers', status: 'verified', changed: '2026-12-01'},
  'F-acct-1': {summary: 'Two kinds of WABA: a Business app account (coexistence) and a Platform account', status: 'provider'},
  'F-coex-1': {summary: 'Coexistence since 2025: a Business app number on the Cloud API keeps working in the app; up to 6 months of history synced', status: 'provider'},
  'F-coex-2': {summary: 'Under coexistence: no broadcast lists, disappearing messages, view-once, live location; groups not synced; API messages billed', status: 'provider'},
  'F-coex-3': {summary: 'Under coexistence linked devices are unlinked at onboarding; WhatsApp for Windows is not supported as a companion', status: 'provider', changed: '2026-12-01'},
  'F-dev-1': {summary: 'A phone plus up to 4 linked devices; logout after 14 days without the phone; no broadcast lists on linked devices', status: 'verified'},
  'F-wa-1': {summary: 'WhatsApp is free, for personal use, on Android, iOS, Windows, macOS and the web; no API', status: 'verified'},
  'F-wab-1': {summary: 'The WhatsApp Business app is free, for small businesses; profile, catalog, quick replies, greeting and away messages, labels', status: 'verified'},
  'F-wab-2': {summary: 'Paid extras: Meta Verified for Business and marketing messages from the app, not everywhere', status: 'verified'},
  'F-wab-4': {summary: 'New paid extras 2025–2026: ads in Status, paid channel subscriptions, promoted channels', status: 'press', changed: '2026-12-01'},
  'F-bx-1': {summary: 'Bitrix24 Open Channels have a WhatsApp channel that follows the 24-hour rule (the official Platform)', status: 'verified'},
  'F-bx-2': {summary: 'The Bitrix24 help note does not say which connector is recommended; no QR connector is «рекомендуемый»', status: 'verified', changed: '2026-12-01'},
  'F-grey-1': {summary: 'Unofficial clients that automate an app account are not allowed by WhatsApp terms; the number can be banned', status: 'verified'},
  'F-num-1': {
    summary: 'Moving a personal WhatsApp number to the Platform loses its chat history; safer: Business app first, then coexistence',
    status: 'derived',
    changed: '2026-12-01',
    from: ['F-api-7', 'F-coex-1'],
  },
  'F-ru-1': {summary: 'August 2025: Roskomnadzor restricted voice calls in WhatsApp and Telegram', status: 'press', changed: '2026-12-01'},
  'F-ru-2': {summary: '2025-11-28/29: Roskomnadzor announced a phased restriction of WhatsApp with a threat of full blocking', status: 'press', changed: '2026-12-01'},
  'F-ru-3': {summary: "2026-02-11/12: WhatsApp's domains removed from Russia's national DNS; works in Russia only through a VPN", status: 'press', changed: '2026-12-01'},
  'F-ru-4': {summary: 'Since 2025-06-01 (law 41-FZ) state bodies, banks, telecoms, large platforms and marketplaces may not use foreign messengers with clients', status: 'press', changed: '2026-12-01'},
  'F-ru-5': {summary: 'Meta Platforms is designated an extremist organisation in Russia; its activity is banned there', status: 'press', changed: '2026-12-01'},
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACTS, id);
}
