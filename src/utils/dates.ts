const LONG = new Intl.DateTimeFormat('ru-RU', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
const SHORT = new Intl.DateTimeFormat('ru-RU', {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC'});
const MONTH = new Intl.DateTimeFormat('ru-RU', {month: 'long', year: 'numeric', timeZone: 'UTC'});

function parse(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  // `new Date` also takes "2026" or "2026-11", and rolls "2026-02-30" over to 2 March: accept only a real day.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
  if (!valid) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return date;
}

/** "2026-11-24" → "24 ноября 2026 г." */
export function formatLongDate(iso: string): string {
  return LONG.format(parse(iso));
}

/** "2026-11-24" → "24.11.2026" */
export function formatShortDate(iso: string): string {
  return SHORT.format(parse(iso));
}

/** A date as precise as it is known: "2025" → "2025 г.", "2022-04" → "апрель 2022 г.", full dates in long form. */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value} г.`;
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH.format(parse(`${value}-01`));
  return formatLongDate(value);
}

/** Today as YYYY-MM-DD (UTC): the latest date a "checked" field may carry. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
