import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import {SOURCES} from '@site/src/data/sources';
import {formatShortDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

export type SourceKey = keyof typeof SOURCES;

function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}

/**
 * An inline citation in prose: `<Cite source="throughput" />` → «[Meta: …, проверено 24.11.2026]».
 * Sources live in src/data/sources.ts, so a URL is written once however often it is cited.
 */
export default function Cite({source}: {source: string}): ReactElement {
  if (!isSourceKey(source)) {
    throw new Error(`<Cite source="${source}">: unknown source. Known sources (src/data/sources.ts): ${Object.keys(SOURCES).join(', ')}.`);
  }
  const s = SOURCES[source];
  const reported = 'reported' in s && s.reported;
  return (
    <span className={styles.cite}>
      [
      <a href={s.url} rel="noopener">
        {s.title}
      </a>
      {reported ? `, ${translate({id: 'sources.reported', message: 'сообщение провайдера'})}` : null},{' '}
      {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatShortDate(s.checked)})}]
    </span>
  );
}
