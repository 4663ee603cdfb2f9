/**
 * The closed sets of ids the data and the components share. Plain values with no zod import,
 * so components can use them without pulling the schema library into the browser bundle.
 */

/** Lowercase latin, digits and single hyphens: `broadcast-lists`, `api-access`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const STATUSES = ['yes', 'no', 'partial', 'paid', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const PRODUCT_IDS = ['whatsapp', 'whatsapp-business', 'whatsapp-business-api'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

/** What a cell says when nobody has checked the fact: the only cell text allowed without a source. */
export const NO_DATA_TEXT = 'Нет проверенных данных';
