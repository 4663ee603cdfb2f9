import type {ReactElement} from 'react';
import clsx from 'clsx';
import type {Cell as CellData} from '@site/src/data/schema';
import {formatShortDate} from '@site/src/utils/dates';
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
  return (
    <td className={styles.cell}>
      <span className={clsx(styles.status, styles[`status-${cell.status}`])}>
        <StatusIcon status={cell.status} />
        <strong>{statusLabel(cell.status)}</strong>
      </span>{' '}
      <span className={styles.text}>{cell.text}</span>
      {noteNumber !== undefined ? (
        <sup className={styles.noteRef}>
          <a id={noteRefId} href={`#${noteId}`} aria-label={tableStrings.noteRef(noteNumber)}>
            [{noteNumber}]
          </a>
        </sup>
      ) : null}
      <span className={styles.sources}>
        <span className={styles.sourcesLabel}>{tableStrings.sourcesLabel()} </span>
        {cell.seed ? <span className={styles.source}>{tableStrings.seedSource()}</span> : null}
        {cell.sources.map((source) => (
          <span key={source.url} className={styles.source}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>
            {source.reported ? ` (${tableStrings.reported()})` : null}, {tableStrings.checkedOn(formatShortDate(source.checked))}
          </span>
        ))}
      </span>
    </td>
  );
}
