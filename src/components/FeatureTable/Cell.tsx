import type {ReactElement} from 'react';
import clsx from 'clsx';
import {NO_DATA_TEXT} from '@site/src/data/ids';
import type {CellView} from '@site/src/data/schema';
import Sources from '@site/src/components/SourceLink';
import {standingStrings} from '@site/src/components/SourceLink/strings';
import {StatusIcon} from './StatusIcon';
import {statusLabel, tableStrings} from './strings';
import styles from './styles.module.css';

export interface CellProps {
  cell: CellView;
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
      {unchecked || cell.text.toLowerCase() === statusLabel(cell.status).toLowerCase() ? null : <span className={styles.text}>{cell.text}</span>}
      {noteNumber !== undefined ? (
        <sup className={styles.noteRef}>
          <a id={noteRefId} href={`#${noteId}`} aria-label={tableStrings.noteRef(noteNumber)}>
            [{noteNumber}]
          </a>
        </sup>
      ) : null}
      {hasSources ? (
        <span className={styles.sources}>
          <Sources
            citations={cell.sources}
            label={standingStrings.label(cell.sources.length + (cell.seed ? 1 : 0))}
            extra={cell.seed ? tableStrings.seedSource() : undefined}
          />
        </span>
      ) : null}
    </td>
  );
}
