import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Reporter} from '@site/src/data/reporting';
import type {Source} from '@site/src/data/schema';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import {formatLongDate} from '@site/src/utils/dates';

/**
 * One source as it reads everywhere on the site: «Meta: лимиты сообщений, проверено 1 декабря 2026 г.». The date is
 * in words, as every other date on the site, so one line never mixes «01.12.2026» with «1 декабря 2026 г.».
 * A reported source says who reports it: «…, данные провайдера, проверено …».
 */
export default function SourceLink({source: key}: {source: SourceKey}): ReactElement {
  // Typed as the schema's Source: the literal entries of SOURCES only have the fields they use.
  const source: Source = SOURCES[key];
  return (
    <>
      <a href={source.url} rel="noopener">
        {source.title}
      </a>
      , {source.reported ? `${reporterMark(source.reported)}, ` : null}
      {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatLongDate(source.checked)})}
    </>
  );
}

function reporterMark(reporter: Reporter): string {
  return reporter === 'press'
    ? translate({id: 'sources.reported.press', message: 'сообщение СМИ'})
    : translate({id: 'sources.reported', message: 'данные провайдера'});
}
