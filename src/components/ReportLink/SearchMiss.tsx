import type {ReactElement} from 'react';
import {useReportTarget} from './index';
import {reportHref} from './href';
import {reportStrings} from './strings';

/**
 * «Не нашли ответ? Напишите, что искали» under the search results: a prefilled report with the query, so the people who
 * grow the query table see what readers miss. Without JavaScript the query is not known; the link still works.
 * Renders nothing when REPORT_TO is not set.
 */
export default function SearchMiss({query}: {query: string}): ReactElement | null {
  const {target} = useReportTarget();
  if (!target) return null;
  const q = query.trim();
  const body = [`${reportStrings.searchQuery()}: ${q}`, '', `${reportStrings.searchWanted()}:`, ''].join('\n');
  return (
    <p>
      {reportStrings.searchMiss()}{' '}
      <a href={reportHref(target, {title: reportStrings.searchMissTitle(q || '…'), body})} data-report="" rel="nofollow">
        {reportStrings.searchMissLink()}
      </a>
    </p>
  );
}
