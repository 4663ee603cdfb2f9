/**
 * Loose, mutable views of the data for tests that break one thing on purpose.
 * Sources are cited by key, so a test breaks a citation by writing a wrong key.
 */
import {comparison} from '../comparison';
import {changes} from '../changes';

export interface LooseCell {
  status: string;
  text: string;
  note?: string;
  sources: unknown[];
  seed?: boolean;
  [key: string]: unknown;
}
export interface LooseRow {
  id: string;
  label: string;
  values: Partial<Record<string, LooseCell>>;
  [key: string]: unknown;
}
export interface LooseGroup {
  id: string;
  title: string;
  rows: LooseRow[];
}
export interface LooseComparison {
  products: {id: string; [key: string]: unknown}[];
  groups: LooseGroup[];
}
export interface LooseChange {
  id: string;
  date?: string;
  more: string;
  sources?: unknown[];
  [key: string]: unknown;
}

export function comparisonCopy(): LooseComparison {
  return structuredClone(comparison) as unknown as LooseComparison;
}

export function changesCopy(): LooseChange[] {
  return structuredClone(changes) as unknown as LooseChange[];
}

export function rowOf(data: LooseComparison, id: string): LooseRow {
  const row = data.groups.flatMap((g) => g.rows).find((r) => r.id === id);
  if (!row) throw new Error(`test setup: no row "${id}"`);
  return row;
}

export function cellOf(data: LooseComparison, rowId: string, productId: string): LooseCell {
  const cell = rowOf(data, rowId).values[productId];
  if (!cell) throw new Error(`test setup: no cell ${rowId}/${productId}`);
  return cell;
}

export function changeOf(data: LooseChange[], id: string): LooseChange {
  const change = data.find((c) => c.id === id);
  if (!change) throw new Error(`test setup: no change "${id}"`);
  return change;
}
