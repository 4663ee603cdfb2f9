/**
 * Every number, limit and date the site states, written once with the source that gives it. Table cells, ready
 * answers and the chooser build their sentences from `num()` and `day()`; MDX pages write `<Num name="…" />` and
 * `<Day name="…" />`. When Meta changes a limit, it changes here and everywhere at once
 * (src/data/__tests__/figures.test.ts fails when a page or a data file types one of these values itself).
 */
import {formatLongDate, formatPartialDate, formatSince} from '../utils/dates';
import {SOURCES, type SourceKey} from './sources';

export interface Figure {
  /** A number, or a version written as text («2.24.17»). */
  value: number | string;
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
  /** Messaging-limit tiers: unique people a business portfolio may message outside the window in 24 h. A new portfolio starts at the first. */
  messagingTier1: {value: 250, source: 'messagingLimits'},
  messagingTier2: {value: 2000, source: 'messagingLimits'},
  messagingTier3: {value: 10000, source: 'messagingLimits'},
  messagingTier4: {value: 100000, source: 'messagingLimits'},
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
  /** Service messages a business number may have delivered free each month, as providers report it (from 2026-10-01). */
  freeServiceMessages: {value: 1000, source: 'serviceAllowanceMake'},
  /** The oldest WhatsApp Business app version that can join the Cloud API (coexistence). */
  coexistenceAppVersion: {value: '2.24.17', source: 'coexistenceMeta'},
  /** Contacts in one broadcast list of the Business app, as reported by third parties. */
  broadcastListContacts: {value: 256, source: 'broadcastZavu'},
  /** Days a provider gives to appeal a Platform policy violation (360dialog, Vonage). */
  violationAppealDays: {value: 90, source: 'policyViolations360dialog'},
  /** Providers' figure for a template review, in hours (not Meta's). */
  templateReviewHours: {value: 24, source: 'templateReviewAws'},
  /** Digits of the key that can protect an end-to-end encrypted chat backup. */
  backupKeyDigits: {value: 64, source: 'backupEncryption'},
  /** Free storage of a personal Google Account, which Android chat backups now count against, in GB. */
  googleFreeStorageGb: {value: 15, source: 'backupGoogleStorage'},
  /** Delivered messages outside the window to unique users within 30 days: one way to the 2,000 tier (providers). */
  scalingPathMessages: {value: 2000, source: 'scalingPaths360dialog'},
  scalingPathDays: {value: 30, source: 'scalingPaths360dialog'},
  /** Examples of what providers add to Meta's fee, as their pages read on the day they were checked. */
  twilioFeeUsd: {value: 0.005, source: 'twilioPricing'},
  licence360dialogRegular: {value: 25, source: 'prices360dialog'},
  licence360dialogPremium: {value: 49, source: 'prices360dialog'},
  gupshupMarketingMarkupPercent: {value: 6, source: 'gupshupMarketingMarkup'},
  watiSignupFeeInr: {value: 999, source: 'watiPayAsYouGo'},
  /** Fines for advertising a VPN, for legal entities, in roubles (from 2025-09-01). */
  ruVpnAdFineMin: {value: 200000, source: 'ruVpnAdsFines'},
  ruVpnAdFineMax: {value: 500000, source: 'ruVpnAdsFines'},
  /** The fine up to which a housing company that offers no MAX channel risks, per a Duma member, in roubles. */
  ruHousingFineMax: {value: 300000, source: 'ruMaxHousingRambler'},
  /** Law 41-FZ: state share above which a company may not use foreign messengers with clients (per cent). */
  ruStateSharePercent: {value: 50, source: 'ruLaw41Amic'},
  /** … and the daily users from Russia above which a website or social network may not. */
  ruLargeSiteUsers: {value: 500000, source: 'ruLaw41Amic'},
  /** … and for classified-ad sites. */
  ruClassifiedsUsers: {value: 100000, source: 'ruLaw41Amic'},
} as const satisfies Record<string, Figure>;

/** The messaging-limit tiers, in order (the last tier, «без ограничения», is words); each is a figure of its own. */
export const MESSAGING_TIERS = {
  values: [FIGURES.messagingTier1.value, FIGURES.messagingTier2.value, FIGURES.messagingTier3.value, FIGURES.messagingTier4.value],
  source: 'messagingLimits',
} as const satisfies {
  values: readonly number[];
  source: SourceKey;
};

export const MILESTONES = {
  ruMetaCourt: {date: '2022-03-21', source: 'ruMetaCourtAltapress'},
  cloudApiLaunch: {date: '2022', source: 'cloudVsOnPrem'},
  chatTransferQr: {date: '2023-06-30', source: 'chatTransferTechlusive'},
  googleBackupQuota: {date: '2023-12', source: 'backupGoogleStorage'},
  broadcastLimitsTest: {date: '2025-03', source: 'broadcastLimitsTest'},
  coexistenceLaunch: {date: '2025', source: 'coexistence'},
  usMarketingPause: {date: '2025-04-01', source: 'awsTemplates'},
  ruLaw41Signed: {date: '2025-04-01', source: 'ruLaw41Amic'},
  ruLaw41: {date: '2025-06-01', source: 'ruLaw41Amic'},
  appExtrasAnnounced: {date: '2025-06-16', source: 'statusAds'},
  perMessagePricing: {date: '2025-07-01', source: 'pricing'},
  ruCallsRestricted: {date: '2025-08', source: 'ruCalls'},
  ruMaxPreinstall: {date: '2025-09-01', source: 'ruMaxPreinstallMeduza'},
  ruVpnAdsLaw: {date: '2025-09-01', source: 'ruVpnAdsInForce'},
  oboDeadline: {date: '2025-10-01', source: 'oboDeprecation'},
  portfolioLimits: {date: '2025-10-07', source: 'messagingLimits'},
  ruRknConfirmed: {date: '2025-10-22', source: 'ruRknConfirmed'},
  onPremisesSunset: {date: '2025-10-23', source: 'onPremSunset'},
  ruRegistrationCodes: {date: '2025-10-31', source: 'ruRegistrationCodes'},
  ruPhasedRestriction: {date: '2025-11-28', source: 'ruPhasedVedomosti'},
  gupshupMarkupFrom: {date: '2026-01-01', source: 'gupshupMarketingMarkup'},
  aiAssistantBan: {date: '2026-01-15', source: 'aiProviders'},
  aiProvidersItalyPaid: {date: '2026-02-16', source: 'aiProvidersMeta'},
  aiProvidersEeaFree: {date: '2026-05-13', source: 'aiProvidersMeta'},
  ruRknNoGrounds: {date: '2026-01-15', source: 'ruRknNoGrounds'},
  ruTelegramTightened: {date: '2026-02-10', source: 'ruTelegramMoscowTimes'},
  ruDomainsRemoved: {date: '2026-02-11', source: 'ruDomainsKommersant'},
  ruKremlinConfirmed: {date: '2026-02-12', source: 'ruKremlinInterfax'},
  ruTelegramBlocked: {date: '2026-04', source: 'ruTelegramKyivPost'},
  bsuidSent: {date: '2026-04', source: 'businessScopedUserIds'},
  usernameReservation: {date: '2026-06-29', source: 'businessScopedUserIds'},
  businessAgentBilled: {date: '2026-08-01', source: 'nonTemplatePricing'},
  ruMaxHousing: {date: '2026-09-01', source: 'ruMaxHousingRia'},
  serviceMessagesBilled: {date: '2026-10-01', source: 'nonTemplatePricing'},
} as const satisfies Record<string, Milestone>;

export type FigureName = keyof typeof FIGURES;
export type MilestoneName = keyof typeof MILESTONES;

/**
 * 100000 → «100 000» (a no-break space between thousands, as Russian typography writes it), 0.005 → «0,005» (a
 * decimal comma); a version written as text stays as it is («2.24.17»).
 */
export function formatNumber(value: number | string): string {
  if (typeof value === 'string') return value;
  const [whole, fraction] = String(value).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
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
