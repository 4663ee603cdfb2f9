import type {Citation} from '@site/src/data/schema';

const MONTHS_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "2026-11-24" → "24 ноября 2026 г.", computed independently of src/utils/dates.ts for the component tests. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_OF[m! - 1]} ${y} г.`;
}

/** The words of a statement no official page backs, written out here so a changed word fails the component tests. */
export const FIRMNESS_WORDS = {providers: 'по данным провайдеров', press: 'по сообщениям прессы'} as const;
export const STALE_WORDS = 'требует проверки';

/** One source as every component writes it: «title, проверено D месяца YYYY г.[, требует проверки]». */
export function citationText(citation: Pick<Citation, 'title' | 'checked' | 'stale'>): string {
  return `${citation.title}, проверено ${longDate(citation.checked)}${citation.stale ? `, ${STALE_WORDS}` : ''}`;
}

/** The words a statement's sources get, decided here independently: none when any source is official. */
export function firmnessWords(citations: readonly Pick<Citation, 'firmness'>[]): string | undefined {
  if (citations.length === 0 || citations.some((c) => c.firmness === 'official')) return undefined;
  return citations.some((c) => c.firmness === 'providers') ? FIRMNESS_WORDS.providers : FIRMNESS_WORDS.press;
}

/** A statement's sources as <Sources> writes them: «Источники (по данным провайдеров): A, проверено …; B, …». */
export function sourcesText(citations: readonly Citation[], label?: string, extra?: string): string {
  const words = firmnessWords(citations);
  const head = label ? `${label}${words ? ` (${words})` : ''}: ` : words ? `${words}: ` : '';
  return head + [...citations.map(citationText), ...(extra ? [extra] : [])].join('; ');
}
