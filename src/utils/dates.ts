// Month names written out rather than asked of Intl.DateTimeFormat: creating a 'ru-RU' formatter costs
// ~30 ms of main-thread time in the browser on first use, on every page, for a dozen fixed words.
const MONTHS_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** True for a real day written as YYYY-MM-DD (not "2026-02-30", not "2026-11"). */
export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  // `new Date` also takes "2026" or "2026-11", and rolls "2026-02-30" over to 2 March: accept only a real day.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function parse(iso: string): Date {
  if (!isRealDate(iso)) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return new Date(`${iso}T00:00:00Z`);
}

/** "2026-11-24" → "24 ноября 2026 г." */
export function formatLongDate(iso: string): string {
  const date = parse(iso);
  return `${date.getUTCDate()} ${MONTHS_OF[date.getUTCMonth()]} ${date.getUTCFullYear()} г.`;
}

/** "2026-11-24" → "24.11.2026" */
export function formatShortDate(iso: string): string {
  parse(iso);
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** A date as precise as it is known: "2025" → "2025 г.", "2022-04" → "апрель 2022 г.", full dates in long form. */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value} г.`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${MONTHS[parse(`${value}-01`).getUTCMonth()]} ${value.slice(0, 4)} г.`;
  return formatLongDate(value);
}

/** «Since» a date as precise as it is known: "2025" → "с 2025 г.", "2026-04" → "с апреля 2026 г.", "2026-01-15" → "с 15 января 2026 г.". */
export function formatSince(value: string): string {
  if (/^\d{4}$/.test(value)) return `с ${value} г.`;
  if (/^\d{4}-\d{2}$/.test(value)) return `с ${MONTHS_OF[parse(`${value}-01`).getUTCMonth()]} ${value.slice(0, 4)} г.`;
  return `с ${formatLongDate(value)}`;
}

/** Today as YYYY-MM-DD (UTC): the latest date a "checked" field may carry. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
