import type {ReactElement} from 'react';
import Sources, {type Citation} from '@site/src/components/SourceLink';
import {FIRMNESS, type Firmness} from '@site/src/data/firmness';
import styles from './styles.module.css';

export type CiteProps = {source: string; title?: string; url?: string; checked?: string; firmness?: string; stale?: string};

/**
 * An inline citation in prose: `<Cite source="throughput" />` → «[Meta: …, проверено 24 ноября 2026 г.]», or
 * «[по данным провайдеров: …]» for a provider's page. Authors write only the key; plugins/remark-resolve-data.ts fills
 * in the title, address, date, firmness and staleness at build time, so the register itself never reaches the browser.
 */
export default function Cite({source, title, url, checked, firmness, stale}: CiteProps): ReactElement {
  if (title === undefined || url === undefined || checked === undefined || !FIRMNESS.includes(firmness as Firmness)) {
    throw new Error(
      `<Cite source="${source}">: not resolved at build time (no title, url, checked and firmness). plugins/remark-resolve-data.ts fills them in for MDX; elsewhere use <Sources>.`,
    );
  }
  const citation: Citation = {title, url, checked, firmness: firmness as Firmness, ...(stale === 'true' ? {stale: true} : {})};
  return (
    <span className={styles.cite}>
      [<Sources citations={[citation]} />]
    </span>
  );
}
