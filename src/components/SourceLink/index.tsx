import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import {formatShortDate} from '@site/src/utils/dates';

/** One source as it reads everywhere on the site: «Meta: лимиты сообщений, проверено 01.12.2026». */
export default function SourceLink({source: key}: {source: SourceKey}): ReactElement {
  const source = SOURCES[key];
  return (
    <>
      <a href={source.url} rel="noopener">
        {source.title}
      </a>
      , {'reported' in source && source.reported ? `${translate({id: 'sources.reported', message: 'сообщение провайдера'})}, ` : null}
      {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatShortDate(source.checked)})}
    </>
  );
}
