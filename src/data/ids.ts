/**
 * The closed sets of ids the data and the components share. Plain values with no zod import,
 * so components can use them without pulling the schema library into the browser bundle.
 */

/** Lowercase latin, digits and single hyphens: `broadcast-lists`, `api-access`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const STATUSES = ['yes', 'no', 'partial', 'free', 'paid', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const PRODUCT_IDS = ['whatsapp', 'whatsapp-business', 'whatsapp-business-api'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

/** What a cell says when nobody has checked the fact: the only cell text allowed without a source. */
export const NO_DATA_TEXT = 'Нет проверенных данных';

/**
 * The words the table shows for each status, as the cells and the legend read them (FeatureTable/strings.ts passes
 * them through translate()). The data validator uses them too: a cell's text must not open with its own status word
 * («Платно Платно: …»).
 */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  yes: 'Да',
  no: 'Нет',
  partial: 'Частично',
  free: 'Бесплатно',
  paid: 'Платно',
  unknown: 'Нет данных',
};
