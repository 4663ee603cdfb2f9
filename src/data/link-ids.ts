/**
 * Every kind of id a support link can point at (`/page#id`), in one place: the ids the components write and the
 * ids the search index, the published-links manifest and the tests expect. An id once published must keep
 * working, so changing a builder here is a breaking change for every link already pasted into a ticket.
 * Heading and callout ids are written in the MDX (`## Цены {/* #pricing *\/}`, `<Callout id>`) and must match
 * ID_PATTERN (plugins/remark-site-rules.ts).
 */
export {ID_PATTERN} from './ids';

export const linkIds = {
  /** A row of the comparison table: `/#row-price`. */
  row: (rowId: string) => `row-${rowId}`,
  group: (groupId: string) => `group-${groupId}`,
  /** A table's note: stable across edits, since adding a note elsewhere renumbers the notes but not these ids. */
  note: (tableId: string, rowId: string, productId: string) => `${tableId}-note-${rowId}-${productId}`,
  noteRef: (tableId: string, rowId: string, productId: string) => `${tableId}-note-${rowId}-${productId}-ref`,
  caption: (tableId: string) => `${tableId}-caption`,
  /** A chooser outcome on /choose: `/choose#outcome-platform`. */
  outcome: (outcomeId: string) => `outcome-${outcomeId}`,
  chooserResult: 'result',
  chooserForm: 'questions',
  allOutcomes: 'all-outcomes',
  /** A ready answer on /answers: `/answers#answer-api-price`. */
  answer: (answerId: string) => `answer-${answerId}`,
  /** A change on /changes: `/changes#change-cloud-api`. */
  change: (changeId: string) => `change-${changeId}`,
  /** A correction of this guide on /changes: `/changes#correction-service-allowance`. */
  correction: (correctionId: string) => `correction-${correctionId}`,
} as const;
