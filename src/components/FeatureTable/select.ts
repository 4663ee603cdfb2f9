import type {Product, ProductId} from '@site/src/data/schema';

export interface Selection {
  /** Group ids to show, in data order; all when omitted. */
  groups?: readonly string[];
  /** Row ids to show; all rows of the chosen groups when omitted. */
  rows?: readonly string[];
  /** Product columns to show, in data order; all when omitted. */
  products?: readonly ProductId[];
}

/** A table's groups: the data's own (cells cite source keys) or the view's (cells carry citations). */
interface GroupLike {
  id: string;
  rows: {id: string}[];
}

export interface SelectedTable<G extends GroupLike> {
  products: Product[];
  groups: G[];
}

function assertKnown(kind: string, asked: readonly string[] | undefined, known: readonly string[]): void {
  const unknown = (asked ?? []).filter((id) => !known.includes(id));
  if (unknown.length) {
    throw new Error(`<FeatureTable ${kind}={…}>: unknown id(s) ${unknown.map((id) => `"${id}"`).join(', ')}. Known: ${known.join(', ')}.`);
  }
}

/** Picks the part of the comparison a page asks for, and fails loudly on a mistyped id. */
export function selectTable<G extends GroupLike>(data: {products: Product[]; groups: G[]}, selection: Selection = {}): SelectedTable<G> {
  const {groups: groupIds, rows: rowIds, products: productIds} = selection;
  assertKnown(
    'groups',
    groupIds,
    data.groups.map((g) => g.id),
  );
  assertKnown(
    'rows',
    rowIds,
    data.groups.flatMap((g) => g.rows.map((r) => r.id)),
  );
  assertKnown(
    'products',
    productIds,
    data.products.map((p) => p.id),
  );

  const products = productIds ? data.products.filter((p) => productIds.includes(p.id)) : data.products;
  if (products.length === 0) throw new Error('<FeatureTable products={[]}>: choose at least one product, or omit the prop for all.');
  const groups = data.groups
    .filter((g) => !groupIds || groupIds.includes(g.id))
    .map((g) => ({...g, rows: g.rows.filter((r) => !rowIds || rowIds.includes(r.id))}))
    .filter((g) => g.rows.length > 0);
  if (groups.length === 0) throw new Error('<FeatureTable>: the selection has no rows.');
  return {products, groups};
}
