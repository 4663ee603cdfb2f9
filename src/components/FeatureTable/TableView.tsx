import type {ReactElement} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import CopyLink from '@site/src/components/CopyLink';
import ReportLink from '@site/src/components/ReportLink';
import {reportSources} from '@site/src/components/ReportLink/href';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {comparison} from '@site/src/data/view/comparison';
import type {ComparisonView, ProductId, Status} from '@site/src/data/schema';
import {Cell} from './Cell';
import {Legend} from './Legend';
import {Notes, type Note} from './Notes';
import {linkIds} from '@site/src/data/link-ids';
import {selectTable} from './select';
import {statusLabel, tableStrings} from './strings';
import styles from './styles.module.css';

export interface FeatureTableProps {
  /** Group ids to show; all groups when omitted. */
  groups?: readonly string[];
  /** Row ids to show; all rows of the chosen groups when omitted. */
  rows?: readonly string[];
  /** Product columns to show; all three when omitted. */
  products?: readonly ProductId[];
  /** Visible caption; a default is derived from the selection. */
  caption?: string;
  /** Prefix for footnote and caption ids; needed only when a page shows two tables. */
  id?: string;
  /** Injected by tests; pages always use the site's data. */
  data?: ComparisonView;
}

/** The height class for a table of `rows` rows (group headings included); styles.module.css holds the estimates. */
export function sizeClass(rows: number): 'rowsFew' | 'rowsSome' | 'rowsMany' | 'rowsAll' {
  if (rows <= 3) return 'rowsFew';
  if (rows <= 8) return 'rowsSome';
  if (rows <= 16) return 'rowsMany';
  return 'rowsAll';
}

export default function FeatureTable({
  groups: groupIds,
  rows: rowIds,
  products: productIds,
  caption,
  id: tableId = 'comparison',
  data = comparison,
}: FeatureTableProps): ReactElement {
  const brokenLinks = useBrokenLinks();
  const {products, groups} = selectTable(data, {groups: groupIds, rows: rowIds, products: productIds});
  const captionId = linkIds.caption(tableId);
  const single = products.length === 1 ? products[0] : undefined;
  const captionText = caption ?? (single ? tableStrings.productCaption(single.name) : tableStrings.defaultCaption());

  const notes: Note[] = [];
  const used = new Set<Status>();

  const body = groups.map((group) => {
    const groupAnchor = linkIds.group(group.id);
    brokenLinks.collectAnchor(groupAnchor);
    return (
      <tbody key={group.id}>
        <tr id={groupAnchor} className={styles.groupRow} data-link-target="">
          <th scope="rowgroup" colSpan={products.length + 1}>
            <span>
              {group.title}
              <CopyLink id={groupAnchor} kind="section" label={group.title} />
            </span>
          </th>
        </tr>
        {group.rows.map((row) => {
          const rowAnchor = linkIds.row(row.id);
          brokenLinks.collectAnchor(rowAnchor);
          return (
            <tr key={row.id} id={rowAnchor} data-link-target="">
              <th scope="row" className={styles.rowHeader}>
                <span className={styles.rowLabel}>
                  {row.label}
                  <CopyLink id={rowAnchor} kind="row" label={row.label} />
                  <ReportLink
                    id={rowAnchor}
                    label={row.label}
                    text={products
                      .map((product) => `${product.shortName}: ${statusLabel(row.values[product.id].status)} — ${row.values[product.id].text}`)
                      .join('; ')}
                    sources={reportSources(products.flatMap((product) => row.values[product.id].sources))}
                  />
                </span>
                {row.explanation ? <span className={styles.explanation}>{row.explanation}</span> : null}
              </th>
              {products.map((product) => {
                const cell = row.values[product.id];
                used.add(cell.status);
                if (!cell.note) return <Cell key={product.id} cell={cell} />;
                const number = notes.length + 1;
                const note: Note = {
                  number,
                  id: linkIds.note(tableId, row.id, product.id),
                  refId: linkIds.noteRef(tableId, row.id, product.id),
                  context: `${product.shortName} — ${row.label}`,
                  text: cell.note,
                };
                notes.push(note);
                return <Cell key={product.id} cell={cell} noteNumber={number} noteId={note.id} noteRefId={note.refId} />;
              })}
            </tr>
          );
        })}
      </tbody>
    );
  });

  // Lets the browser reserve about the right height while it skips laying out a table that is off screen: a class
  // per size, not a style attribute (which the Content-Security-Policy would have to allow with 'unsafe-hashes').
  const rowCount = groups.reduce((count, group) => count + 1 + group.rows.length, 0);
  const estimate = styles[sizeClass(rowCount)];

  return (
    <div className={styles.featureTable}>
      <div className={clsx(styles.scroll, estimate)} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={single ? styles.singleTable : styles.table}>
          <caption id={captionId}>
            {captionText}
            <span className={styles.scrollHint}>{tableStrings.scrollHint()}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{tableStrings.featureColumn()}</th>
              {products.map((product) => (
                <th scope="col" key={product.id}>
                  <Link to={product.href}>{product.shortName}</Link>
                </th>
              ))}
            </tr>
          </thead>
          {body}
        </table>
      </div>
      <Legend used={used} />
      <Notes notes={notes} titleId={`${tableId}-notes-title`} />
    </div>
  );
}
