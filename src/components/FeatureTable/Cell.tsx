import type {ReactElement} from 'react';
import clsx from 'clsx';
import {NO_DATA_TEXT} from '@site/src/data/ids';
import type {Cell as CellData} from '@site/src/data/schema';
import SourceLink from '@site/src/components/SourceLink';
import {StatusIcon} from './StatusIcon';
import {statusLabel, tableStrings} from './strings';
import styles from './styles.module.css';

export interface CellProps {
  cell: CellData;
  /** Footnote number when the cell has a note. */
  noteNumber?: number;
  noteId?: string;
  noteRefId?: string;
}

export function Cell({cell, noteNumber, noteId, noteRefId}: CellProps): ReactElement {
  // A cell nobody has checked says so once, in the status's place: «Нет проверенных данных», not «Нет данных» twice.
  const unchecked = cell.status === 'unknown' && cell.text === NO_DATA_TEXT;
  const hasSources = cell.sources.length > 0 || cell.seed === true;
  return (
    <td className={styles.cell}>
      <span className={clsx(styles.status, styles[`status-${cell.status}`], unchecked && styles.unchecked)}>
        <StatusIcon status={cell.status} />
        <strong>{unchecked ? NO_DATA_TEXT : statusLabel(cell.status)}</strong>
      </span>{' '}
      {/* «Нет — Нет» says nothing twice: the text is dropped when it only repeats the status word. */}
      {unchecked || cell.text.toLowerCase() === statusLabel(cell.status).toLowerCase() ? null : (
        <span className={styles.text}>{cell.text}</span>
      )}
      {noteNumber !== undefined ? (
        <sup className={styles.noteRef}>
          <a id={noteRefId} href={`#${noteId}`} aria-label={tableStrings.noteRef(noteNumber)}>
            [{noteNumber}]
          </a>
        </sup>
      ) : null}
      {hasSources ? (
        <span className={styles.sources}>
          <span className={styles.sourcesLabel}>{tableStrings.sourcesLabel(cell.sources.length + (cell.seed ? 1 : 0))} </span>
          {cell.sources.map((key, index) => (
            <span key={key}>
              {index > 0 ? '; ' : null}
              <SourceLink source={key} />
            </span>
          ))}
          {cell.seed ? (
            <span>
              {cell.sources.length > 0 ? '; ' : null}
              {tableStrings.seedSource()}
            </span>
          ) : null}
        </span>
      ) : null}
    </td>
  );
}
