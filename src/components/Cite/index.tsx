import type {ReactElement} from 'react';
import SourceLink from '@site/src/components/SourceLink';
import {SOURCES, isSourceKey} from '@site/src/data/sources';
import styles from './styles.module.css';

export type {SourceKey} from '@site/src/data/sources';

/**
 * An inline citation in prose: `<Cite source="throughput" />` → «[Meta: …, проверено 24 ноября 2026 г.]».
 * Sources live in src/data/sources.ts, so a URL is written once however often it is cited.
 */
export default function Cite({source}: {source: string}): ReactElement {
  if (!isSourceKey(source)) {
    throw new Error(`<Cite source="${source}">: unknown source. Known sources (src/data/sources.ts): ${Object.keys(SOURCES).join(', ')}.`);
  }
  return (
    <span className={styles.cite}>
      [<SourceLink source={source} />]
    </span>
  );
}
