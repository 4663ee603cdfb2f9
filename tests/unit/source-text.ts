import type {Source} from '@site/src/data/schema';

const MONTHS_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "2026-11-24" → "24 ноября 2026 г.", computed independently of src/utils/dates.ts for the component tests. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_OF[m! - 1]} ${y} г.`;
}

/** The mark a reported source carries, written out here so a changed word fails the component tests. */
export const REPORTER_WORDS = {providers: 'данные провайдера', press: 'сообщение СМИ'} as const;

/** A source as every component writes it: «title, [mark, ]проверено D месяца YYYY г.». */
export function sourceText(source: Source): string {
  return `${source.title}, ${source.reported ? `${REPORTER_WORDS[source.reported]}, ` : ''}проверено ${longDate(source.checked)}`;
}
