import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Reporter} from '@site/src/data/reporting';
import type {Citation} from '@site/src/data/schema';
import {formatLongDate} from '@site/src/utils/dates';

export type {Citation} from '@site/src/data/schema';

/**
 * One source as it reads everywhere on the site: «Meta: лимиты сообщений, проверено 1 декабря 2026 г.». The date is
 * in words, as every other date on the site, so one line never mixes «01.12.2026» with «1 декабря 2026 г.».
 * A reported source says who reports it: «…, данные провайдера, проверено …». A module of its own that never imports
 * the sources register, so <Cite> in MDX does not bring it into the page's JavaScript.
 */
export function SourceCitation({title, url, checked, reported}: Citation): ReactElement {
  return (
    <>
      <a href={url} rel="noopener">
        {title}
      </a>
      , {reported ? `${reporterMark(reported)}, ` : null}
      {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatLongDate(checked)})}
    </>
  );
}

function reporterMark(reporter: Reporter): string {
  return reporter === 'press'
    ? translate({id: 'sources.reported.press', message: 'сообщение СМИ'})
    : translate({id: 'sources.reported', message: 'данные провайдера'});
}
