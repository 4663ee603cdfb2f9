import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Source} from '@site/src/data/schema';
import {formatShortDate} from '@site/src/utils/dates';

/** One source as it reads everywhere on the site: «Meta: лимиты, проверено 24.11.2026». */
export default function SourceLink({source}: {source: Source}): ReactElement {
  return (
    <>
      <a href={source.url} rel="noopener">
        {source.title}
      </a>
      , {source.reported ? `${translate({id: 'sources.reported', message: 'сообщение провайдера'})}, ` : null}
      {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatShortDate(source.checked)})}
    </>
  );
}
