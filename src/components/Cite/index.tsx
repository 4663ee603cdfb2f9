import type {ReactElement} from 'react';
import {SourceCitation, type Citation} from '@site/src/components/SourceLink/SourceCitation';
import styles from './styles.module.css';

export type CiteProps = {source: string} & Partial<Citation>;

/**
 * An inline citation in prose: `<Cite source="throughput" />` → «[Meta: …, проверено 24 ноября 2026 г.]». Authors write
 * only the key; plugins/remark-resolve-data.ts fills in the title, address, date and reporter from src/data/sources.ts
 * at build time, so the register itself never reaches the browser.
 */
export default function Cite({source, title, url, checked, reported}: CiteProps): ReactElement {
  if (title === undefined || url === undefined || checked === undefined) {
    throw new Error(
      `<Cite source="${source}">: not resolved at build time (no title, url and checked). plugins/remark-resolve-data.ts fills them in for MDX; elsewhere pass them, or use SourceLink.`,
    );
  }
  return (
    <span className={styles.cite}>
      [<SourceCitation title={title} url={url} checked={checked} {...(reported ? {reported} : {})} />]
    </span>
  );
}
