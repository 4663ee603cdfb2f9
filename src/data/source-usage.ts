/**
 * What depends on each source: table cells, ready answers, chooser outcomes and notes, changes, corrections, figures and the
 * pages that cite it (directly with <Cite>/<CheckedOn>, or through a <Num>/<Day>/<Since> whose figure it backs).
 * Used by `npm run facts` and by the test that no source is left uncited. Build-time only (reads MDX as text).
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {answers} from './answers';
import {changes} from './changes';
import {chooser} from './chooser';
import {comparison} from './comparison';
import {corrections} from './corrections';
import {FIGURES, MILESTONES} from './figures';
import {SOURCES, type SourceKey} from './sources';

export interface Page {
  /** Site path, e.g. "/russia". */
  path: string;
  /** The MDX text. */
  text: string;
}

export type Usage = Record<SourceKey, string[]>;

const ATTRIBUTE = /<(Cite|CheckedOn|Num|Day|Since)\s+(?:source|name)="([^"]+)"/g;

function sourceOfComponent(component: string, name: string): string | undefined {
  if (component === 'Cite' || component === 'CheckedOn') return name;
  if (component === 'Num') return (FIGURES as Record<string, {source: string}>)[name]?.source;
  return (MILESTONES as Record<string, {source: string}>)[name]?.source;
}

export function sourceUsage(pages: readonly Page[]): Usage {
  const usage = Object.fromEntries(Object.keys(SOURCES).map((key) => [key, new Set<string>()])) as Record<SourceKey, Set<string>>;
  const cite = (key: string | undefined, where: string) => {
    if (key && key in usage) usage[key as SourceKey].add(where);
  };
  for (const group of comparison.groups) {
    for (const row of group.rows) {
      for (const [product, cell] of Object.entries(row.values)) for (const key of cell.sources) cite(key, `row ${row.id} (${product})`);
    }
  }
  for (const item of answers) for (const key of item.sources ?? []) cite(key, `answer ${item.id}`);
  for (const outcome of chooser.outcomes) {
    for (const point of [...outcome.reasons, ...outcome.cautions]) cite(point.source, `chooser outcome ${outcome.id}`);
  }
  for (const note of chooser.notes) cite(note.point.source, `chooser note ${note.id}`);
  for (const change of changes) for (const key of change.sources) cite(key, `change ${change.id}`);
  for (const correction of corrections) for (const key of correction.sources) cite(key, `correction ${correction.id}`);
  for (const [name, figure] of Object.entries(FIGURES)) cite(figure.source, `figure ${name}`);
  for (const [name, milestone] of Object.entries(MILESTONES)) cite(milestone.source, `date ${name}`);
  for (const page of pages) {
    for (const [, component, name] of page.text.matchAll(ATTRIBUTE)) cite(sourceOfComponent(component!, name!), `page ${page.path}`);
  }
  return Object.fromEntries(Object.entries(usage).map(([key, set]) => [key, [...set].sort()])) as Usage;
}

/** The MDX pages of a site folder, each with its path (from `slug`, or the file name). */
export function readPages(root: string = path.resolve(import.meta.dirname, '../..')): Page[] {
  const docs = path.join(root, 'docs');
  return readdirSync(docs)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(docs, file), 'utf8');
      const slug = /^slug:\s*['"]?([^'"\n]+)/m.exec(text)?.[1] ?? `/${file.replace(/\.mdx$/, '')}`;
      return {path: slug, text};
    });
}
