/**
 * Every number, limit and date the site states, written once with the source that gives it. Table cells, ready
 * answers and the chooser build their sentences from `num()` and `day()`; MDX pages write `<Num name="…" />` and
 * `<Day name="…" />`. When Meta changes a limit, it changes here and everywhere at once
 * (src/data/__tests__/figures.test.ts fails when a page or a data file types one of these values itself).
 */
import {formatLongDate, formatPartialDate, formatSince} from '../utils/dates';
import {SOURCES, type SourceKey} from './sources';

export interface Figure {
  value: number;
  source: SourceKey;
}

export interface Milestone {
  /** YYYY-MM-DD, YYYY-MM or YYYY: as precise as the source is. */
  date: string;
  source: SourceKey;
}

export const FIGURES = {
  /** Linked devices beside the main phone (WhatsApp and the Business app). */
  linkedDevices: {value: 4, source: 'linkedDevices'},
  /** Days without the main phone after which linked devices are logged out. */
  linkedDevicesLogoutDays: {value: 14, source: 'linkedDevices'},
  /** The customer service window, in hours. A term as much as a number: «окно 24 часа». */
  serviceWindowHours: {value: 24, source: 'serviceWindow'},
  /** Free hours after a click-to-WhatsApp ad or the Facebook Page button. */
  freeEntryPointHours: {value: 72, source: 'pricing'},
  /** Cloud API messages per second per number, by default. */
  throughputDefault: {value: 80, source: 'throughput'},
  /** … after Meta's upgrade, which is not automatic for every number. */
  throughputMax: {value: 1000, source: 'throughput'},
  /** Unique users outside the window in 24 h a number must have reached before the upgrade. */
  throughputUpgradeUsers: {value: 100000, source: 'throughput'},
  /** Messages per second for a number shared with the Business app (coexistence). */
  throughputCoexistence: {value: 20, source: 'throughput'},
  /** What the retired On-Premises API allowed. */
  throughputOnPremises: {value: 250, source: 'throughput'},
  /** Months of chat history that can be synced when a Business app number joins the Cloud API. */
  coexistenceHistoryMonths: {value: 6, source: 'coexistence'},
  /** Business-initiated calls are billed per pulse of this many seconds. */
  callPulseSeconds: {value: 6, source: 'callingPricing'},
  /** Law 41-FZ: state share above which a company may not use foreign messengers with clients (per cent). */
  ruStateSharePercent: {value: 50, source: 'ruLaw41Amic'},
  /** … and the daily users from Russia above which a website or social network may not. */
  ruLargeSiteUsers: {value: 500000, source: 'ruLaw41Amic'},
  /** … and for classified-ad sites. */
  ruClassifiedsUsers: {value: 100000, source: 'ruLaw41Amic'},
} as const satisfies Record<string, Figure>;

/** The messaging-limit tiers, in order (the last tier, «без ограничения», is words). */
export const MESSAGING_TIERS = {values: [250, 2000, 10000, 100000], source: 'messagingLimits'} as const satisfies {
  values: readonly number[];
  source: SourceKey;
};

export const MILESTONES = {
  cloudApiLaunch: {date: '2022-04', source: 'cloudVsOnPrem'},
  coexistenceLaunch: {date: '2025', source: 'coexistence'},
  usMarketingPause: {date: '2025-04-01', source: 'awsTemplates'},
  ruLaw41Signed: {date: '2025-04-01', source: 'ruLaw41Amic'},
  ruLaw41: {date: '2025-06-01', source: 'ruLaw41Amic'},
  appExtrasAnnounced: {date: '2025-06-16', source: 'statusAds'},
  perMessagePricing: {date: '2025-07-01', source: 'pricing'},
  ruCallsRestricted: {date: '2025-08', source: 'ruCalls'},
  oboDeadline: {date: '2025-10-01', source: 'oboDeprecation'},
  portfolioLimits: {date: '2025-10-07', source: 'messagingLimits'},
  onPremisesSunset: {date: '2025-10-23', source: 'onPremSunset'},
  ruPhasedRestriction: {date: '2025-11-28', source: 'ruPhasedVedomosti'},
  aiAssistantBan: {date: '2026-01-15', source: 'aiProviders'},
  ruDomainsRemoved: {date: '2026-02-11', source: 'ruDomainsKommersant'},
  bsuidSent: {date: '2026-04', source: 'businessScopedUserIds'},
  usernameReservation: {date: '2026-06-29', source: 'businessScopedUserIds'},
  businessAgentBilled: {date: '2026-08-01', source: 'nonTemplatePricing'},
  serviceMessagesBilled: {date: '2026-10-01', source: 'nonTemplatePricing'},
} as const satisfies Record<string, Milestone>;

export type FigureName = keyof typeof FIGURES;
export type MilestoneName = keyof typeof MILESTONES;

/** 100000 → «100 000» (a no-break space between thousands, as Russian typography writes it). */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** A figure as text: `num('throughputMax')` → «1 000». */
export function num(name: FigureName): string {
  return formatNumber(FIGURES[name].value);
}

/** The tiers as a ladder: «250 → 2 000 → 10 000 → 100 000 → без ограничения». */
export function tiers(): string {
  return [...MESSAGING_TIERS.values.map(formatNumber), 'без ограничения'].join(' → ');
}

/** A date as text, as precise as it is known: «15 января 2026 г.», «август 2025 г.», «2025 г.». */
export function day(name: MilestoneName): string {
  return formatPartialDate(MILESTONES[name].date);
}

/** «Since» a milestone, with the preposition: «с 15 января 2026 г.», «с апреля 2026 г.», «с 2025 г.». */
export function since(name: MilestoneName): string {
  return formatSince(MILESTONES[name].date);
}

/** Just the year of a milestone, for «с 2025 года». */
export function year(name: MilestoneName): string {
  return MILESTONES[name].date.slice(0, 4);
}

export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(FIGURES, name);
}

export function isMilestoneName(name: string): name is MilestoneName {
  return Object.hasOwn(MILESTONES, name);
}

/** The day a source was checked, in words: what «по состоянию на …» says. */
export function checkedOn(source: SourceKey): string {
  return formatLongDate(SOURCES[source].checked);
}

/** «По состоянию на …» for WhatsApp in Russia: the day its newest source was checked. */
export const RUSSIA_AS_OF = checkedOn('ruDomainsKommersant');
