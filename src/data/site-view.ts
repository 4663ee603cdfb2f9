/**
 * The site's data as the browser gets it: every source key replaced by the citation it shows (title, address, check
 * date, firmness, and `stale` as of the given day). plugins/site-data.ts writes these at build time for the
 * components, so no page's JavaScript carries the sources register; the open data and the unit tests use them too.
 */
import {answers} from './answers';
import {changes} from './changes';
import {chooser} from './chooser';
import {comparison} from './comparison';
import {corrections} from './corrections';
import type {AnswerView, Change, ChangeView, Chooser, ChooserView, Comparison, ComparisonView, Point, PointView, ReadyAnswer} from './schema';
import {citationsOf, type Register} from './sources';

export function comparisonView(data: Comparison, asOf: string, register?: Register): ComparisonView {
  return {
    ...data,
    groups: data.groups.map((group) => ({
      ...group,
      rows: group.rows.map((row) => ({
        ...row,
        values: Object.fromEntries(
          Object.entries(row.values).map(([product, cell]) => [product, {...cell, sources: citationsOf(cell.sources, asOf, register)}]),
        ) as ComparisonView['groups'][number]['rows'][number]['values'],
      })),
    })),
  };
}

export function answersView(data: readonly ReadyAnswer[], asOf: string, register?: Register): AnswerView[] {
  return data.map((item) => ({...item, sources: citationsOf(item.sources ?? [], asOf, register)}));
}

export function changesView(data: readonly Change[], asOf: string, register?: Register): ChangeView[] {
  return data.map((change) => ({...change, sources: citationsOf(change.sources, asOf, register)}));
}

function pointView(point: Point, asOf: string, register?: Register): PointView {
  const {source, ...rest} = point;
  return source ? {...rest, source: citationsOf([source], asOf, register)[0]!} : rest;
}

export function chooserView(data: Chooser, asOf: string, register?: Register): ChooserView {
  return {
    ...data,
    outcomes: data.outcomes.map((outcome) => ({
      ...outcome,
      reasons: outcome.reasons.map((point) => pointView(point, asOf, register)),
      cautions: outcome.cautions.map((point) => pointView(point, asOf, register)),
    })),
    notes: data.notes.map((note) => ({...note, point: pointView(note.point, asOf, register)})),
  };
}

/** Everything the data components show, as of `asOf`. */
export function siteView(asOf: string) {
  return {
    comparison: comparisonView(comparison, asOf),
    answers: answersView(answers, asOf),
    changes: changesView(changes, asOf),
    corrections: changesView(corrections, asOf),
    chooser: chooserView(chooser, asOf),
  };
}
export type SiteView = ReturnType<typeof siteView>;
