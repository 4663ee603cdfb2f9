import {translate} from '@docusaurus/Translate';
import type {Reporter} from '@site/src/data/firmness';
import {STALE_AFTER_DAYS} from '@site/src/data/standing';
import {formatLongDate} from '@site/src/utils/dates';

/**
 * The words of a statement's standing, in one place: who it rests on when no official page backs it, and that a source
 * is due for a re-check. The table, the answers, the chooser, the change log and <Cite> all read them from here, and
 * the Markdown twins and llms-full.txt are made from those pages.
 */
export const standingStrings = {
  firmness: (firmness: Reporter) =>
    firmness === 'press'
      ? translate({id: 'sources.firmness.press', message: 'по сообщениям прессы'})
      : translate({id: 'sources.firmness.providers', message: 'по данным провайдеров'}),
  checkedOn: (checked: string) => translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatLongDate(checked)}),
  /** «Источник» or «Источники», without the colon. */
  label: (count: number) =>
    count === 1 ? translate({id: 'sources.label.one', message: 'Источник'}) : translate({id: 'sources.label.many', message: 'Источники'}),
  stale: () => translate({id: 'sources.stale', message: 'требует проверки'}),
  staleSection: (checked: string) =>
    translate(
      {id: 'sources.staleSection', message: 'Требует проверки: источник этого раздела проверен {date}, больше {days} дней назад'},
      {date: formatLongDate(checked), days: String(STALE_AFTER_DAYS)},
    ),
};
