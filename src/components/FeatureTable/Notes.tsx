import type {ReactElement} from 'react';
import {tableStrings} from './strings';
import styles from './styles.module.css';

export interface Note {
  number: number;
  id: string;
  refId: string;
  /** «Business API — Стоимость»: where the note belongs, so it reads on its own. */
  context: string;
  text: string;
}

export function Notes({notes, titleId}: {notes: readonly Note[]; titleId: string}): ReactElement | null {
  if (notes.length === 0) return null;
  return (
    <div className={styles.notes} data-search-separate="">
      <p id={titleId} className={styles.notesTitle}>
        {tableStrings.notesTitle()}
      </p>
      <ol>
        {notes.map((note) => (
          <li key={note.id} id={note.id} value={note.number}>
            <strong>{note.context}.</strong> {note.text}{' '}
            <a href={`#${note.refId}`} aria-label={tableStrings.backToCell(note.number)}>
              ↩
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
