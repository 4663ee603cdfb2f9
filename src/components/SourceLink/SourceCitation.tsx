import type {ReactElement} from 'react';
import type {Citation} from '@site/src/data/schema';
import {standingStrings} from './strings';
import styles from './styles.module.css';

export type {Citation} from '@site/src/data/schema';

/**
 * One source as it reads everywhere on the site: «Meta: лимиты сообщений, проверено 1 декабря 2026 г.». The date is
 * in words, as every other date on the site. A source checked too long ago (`stale`, decided at build time) adds
 * «требует проверки». Never imports the sources register: what it shows comes resolved (src/data/site-view.ts,
 * plugins/remark-resolve-data.ts).
 */
export function SourceCitation({title, url, checked, stale}: Citation): ReactElement {
  return (
    <>
      <a href={url} rel="noopener">
        {title}
      </a>
      , {standingStrings.checkedOn(checked)}
      {stale ? (
        <>
          , <StaleMark />
        </>
      ) : null}
    </>
  );
}

/** «требует проверки», set apart so a reader cannot miss it (and print keeps it). */
export function StaleMark(): ReactElement {
  return (
    <span className={styles.stale} data-stale="">
      {standingStrings.stale()}
    </span>
  );
}
