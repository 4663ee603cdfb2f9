import {Fragment, type ReactElement, type ReactNode} from 'react';
import {firmnessOf} from '@site/src/data/firmness';
import type {Citation} from '@site/src/data/schema';
import {SourceCitation} from './SourceCitation';
import {standingStrings} from './strings';
import styles from './styles.module.css';

export {SourceCitation, StaleMark, type Citation} from './SourceCitation';

export interface SourcesProps {
  citations: readonly Citation[];
  /** «Источники», without the colon; omitted inside parentheses (the chooser's points). */
  label?: string;
  /** Shown after the citations, e.g. «исходная статья». */
  extra?: ReactNode;
}

/**
 * The sources of one statement (a cell, an answer, a change, a chooser point): «Источники (по данным провайдеров): A,
 * проверено …; B, проверено …». The words in parentheses appear when no source is official (src/data/reporting.ts).
 */
export default function Sources({citations, label, extra}: SourcesProps): ReactElement {
  const firmness = firmnessOf(citations);
  const standing = firmness && firmness !== 'official' ? standingStrings.firmness(firmness) : undefined;
  const items: ReactNode[] = citations.map((citation) => <SourceCitation key={citation.url + citation.title} {...citation} />);
  if (extra) items.push(<Fragment key="extra">{extra}</Fragment>);
  return (
    <>
      {label ? (
        <span className={styles.label}>
          {label}
          {standing ? (
            <>
              {' '}
              (<span className={styles.firmness}>{standing}</span>)
            </>
          ) : null}
          :{' '}
        </span>
      ) : standing ? (
        <>
          <span className={styles.firmness}>{standing}</span>:{' '}
        </>
      ) : null}
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 ? '; ' : null}
          {item}
        </Fragment>
      ))}
    </>
  );
}
