/**
 * Build-time validation of the comparison and the change log. Every message names the data file,
 * the row (or change) id and the field, so a broken row is found without a debugger.
 */
import type * as z from 'zod';
import {today} from '../utils/dates';
import {ChangeSchema, ComparisonSchema, type Change, type Comparison, type Source} from './schema';

export const COMPARISON_FILE = 'src/data/comparison.ts';
export const CHANGES_FILE = 'src/data/changes.ts';

type Path = readonly PropertyKey[];

function formatField(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Turns `groups[2].rows[1].values.whatsapp.text` into `row "x" → values.whatsapp.text`. */
function describeComparisonPath(data: unknown, path: Path): string {
  const [g, groupIndex, r, rowIndex, ...rest] = path;
  const groups = (data as {groups?: unknown})?.groups;
  if (g === 'groups' && typeof groupIndex === 'number' && Array.isArray(groups)) {
    const group = groups[groupIndex] as {id?: unknown; rows?: unknown} | undefined;
    const groupName = `group "${String(group?.id ?? `#${groupIndex}`)}"`;
    if (r === 'rows' && typeof rowIndex === 'number' && Array.isArray(group?.rows)) {
      const row = group.rows[rowIndex] as {id?: unknown} | undefined;
      const rowName = `row "${String(row?.id ?? `#${rowIndex} in ${groupName}`)}"`;
      return rest.length ? `${rowName}, field "${formatField(rest)}"` : rowName;
    }
    const groupRest = path.slice(2);
    return groupRest.length ? `${groupName}, field "${formatField(groupRest)}"` : groupName;
  }
  return `field "${formatField(path)}"`;
}

function describeListPath(data: unknown, path: Path, noun: string): string {
  const [index, ...rest] = path;
  if (typeof index === 'number' && Array.isArray(data)) {
    const item = data[index] as {id?: unknown} | undefined;
    const name = `${noun} "${String(item?.id ?? `#${index}`)}"`;
    return rest.length ? `${name}, field "${formatField(rest)}"` : name;
  }
  return `field "${formatField(path)}"`;
}

function zodProblems(error: z.ZodError, describe: (path: Path) => string): string[] {
  return error.issues.map((issue) => `${describe(issue.path)}: ${issue.message}`);
}

function futureDateProblems(sources: readonly Source[], now: string, owner: string, fieldPrefix: string): string[] {
  return sources.flatMap((source, index) =>
    source.checked > now
      ? [
          `${owner}, field "${fieldPrefix}sources[${index}].checked": ${source.checked} is in the future (today is ${now}); write the day the page was actually read`,
        ]
      : [],
  );
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export {today};

/** Returns every problem found in the comparison data; an empty list means it is valid. */
export function comparisonProblems(data: unknown, now: string = today()): string[] {
  const parsed = ComparisonSchema.safeParse(data);
  if (!parsed.success) {
    return zodProblems(parsed.error, (path) => describeComparisonPath(data, path));
  }
  const {products, groups} = parsed.data;
  const problems: string[] = [];
  for (const id of duplicates(products.map((p) => p.id))) {
    problems.push(`product "${id}": duplicate product id`);
  }
  for (const id of duplicates(groups.map((g) => g.id))) {
    problems.push(`group "${id}": duplicate group id; group ids are anchors and must be unique`);
  }
  const rows = groups.flatMap((g) => g.rows);
  for (const id of duplicates(rows.map((r) => r.id))) {
    problems.push(`row "${id}": duplicate row id; row ids are anchors and must be unique`);
  }
  for (const row of rows) {
    for (const [productId, cell] of Object.entries(row.values)) {
      problems.push(...futureDateProblems(cell.sources, now, `row "${row.id}"`, `values.${productId}.`));
    }
  }
  return problems;
}

export function changesProblems(data: unknown, now: string = today()): string[] {
  const parsed = ChangeSchema.array().safeParse(data);
  if (!parsed.success) {
    return zodProblems(parsed.error, (path) => describeListPath(data, path, 'change'));
  }
  const problems: string[] = [];
  for (const id of duplicates(parsed.data.map((c) => c.id))) {
    problems.push(`change "${id}": duplicate change id`);
  }
  for (const change of parsed.data) {
    if (change.date !== undefined && change.date > now) {
      problems.push(`change "${change.id}", field "date": ${change.date} is in the future (today is ${now})`);
    }
    problems.push(...futureDateProblems(change.sources, now, `change "${change.id}"`, ''));
  }
  return problems;
}

export class DataValidationError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`Invalid data in ${file}:\n${problems.map((p) => `  - ${file}: ${p}`).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

export function assertValidComparison(data: unknown, now?: string): asserts data is Comparison {
  const problems = comparisonProblems(data, now);
  if (problems.length) throw new DataValidationError(COMPARISON_FILE, problems);
}

export function assertValidChanges(data: unknown, now?: string): asserts data is Change[] {
  const problems = changesProblems(data, now);
  if (problems.length) throw new DataValidationError(CHANGES_FILE, problems);
}
