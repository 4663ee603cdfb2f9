import {comparison} from '@site/src/data/comparison';
import type {ProductId} from '@site/src/data/schema';
import {linkIds} from '../../../data/link-ids';
import {selectTable} from '../select';

const groupIds = comparison.groups.map((g) => g.id);
const rowIds = comparison.groups.flatMap((g) => g.rows.map((r) => r.id));

describe('selectTable', () => {
  it('returns everything when nothing is asked for', () => {
    const table = selectTable(comparison);
    expect(table.products).toEqual(comparison.products);
    expect(table.groups).toEqual(comparison.groups);
    expect(selectTable(comparison, {})).toEqual(table);
  });

  it('picks groups in data order', () => {
    const [a, b] = [groupIds[0]!, groupIds.at(-1)!];
    const table = selectTable(comparison, {groups: [b, a]});
    expect(table.groups.map((g) => g.id)).toEqual([a, b]);
    expect(table.groups[0]!.rows).toEqual(comparison.groups[0]!.rows);
    expect(table.products).toHaveLength(3);
  });

  it('picks rows and drops groups left empty', () => {
    const secondGroup = comparison.groups[1]!;
    const wanted = [secondGroup.rows.at(-1)!.id, secondGroup.rows[0]!.id];
    const table = selectTable(comparison, {rows: wanted});
    expect(table.groups.map((g) => g.id)).toEqual([secondGroup.id]);
    expect(table.groups[0]!.rows.map((r) => r.id)).toEqual([secondGroup.rows[0]!.id, secondGroup.rows.at(-1)!.id]);
    expect(table.groups[0]!.title).toBe(secondGroup.title);
  });

  it('combines groups and rows', () => {
    const [g0, g1] = comparison.groups;
    const table = selectTable(comparison, {groups: [g1!.id], rows: [g0!.rows[0]!.id, g1!.rows[0]!.id]});
    expect(table.groups.map((g) => g.id)).toEqual([g1!.id]);
    expect(table.groups[0]!.rows.map((r) => r.id)).toEqual([g1!.rows[0]!.id]);
  });

  it('fails when the selection leaves no rows', () => {
    const [g0, g1] = comparison.groups;
    expect(() => selectTable(comparison, {groups: [g1!.id], rows: [g0!.rows[0]!.id]})).toThrow('<FeatureTable>: the selection has no rows.');
  });

  it('picks products in data order', () => {
    const table = selectTable(comparison, {products: ['whatsapp-business-api', 'whatsapp']});
    expect(table.products.map((p) => p.id)).toEqual(['whatsapp', 'whatsapp-business-api']);
  });

  it('does not change the data it selects from', () => {
    const before = structuredClone(comparison);
    selectTable(comparison, {groups: [groupIds[0]!], rows: [rowIds[0]!], products: ['whatsapp']});
    expect(comparison).toEqual(before);
  });

  it.each([
    ['groups', {groups: ['nope', groupIds[0]!, 'also-nope']}, '"nope", "also-nope"', groupIds],
    ['rows', {rows: ['ярлыки']}, '"ярлыки"', rowIds],
    ['products', {products: ['telegram' as ProductId]}, '"telegram"', comparison.products.map((p) => p.id)],
  ] as const)('names unknown %s ids and lists the known ones', (kind, selection, named, known) => {
    let message = '';
    try {
      selectTable(comparison, selection);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`<FeatureTable ${kind}={…}>: unknown id(s) ${named}. Known: ${known.join(', ')}.`);
  });

  it('treats an empty list as "nothing", which selects no rows', () => {
    expect(() => selectTable(comparison, {groups: []})).toThrow('the selection has no rows');
  });

  it('refuses an empty product list instead of rendering a table with no columns', () => {
    expect(() => selectTable(comparison, {products: []})).toThrow('choose at least one product');
  });
});

describe('linkIds (table ids)', () => {
  it('prefixes every id, so row ids never collide with heading ids', () => {
    expect(linkIds.row('price')).toBe('row-price');
    expect(linkIds.group('limits')).toBe('group-limits');
    expect(linkIds.note('comparison', 'price', 'whatsapp-business')).toBe('comparison-note-price-whatsapp-business');
    expect(linkIds.noteRef('comparison', 'price', 'whatsapp-business')).toBe('comparison-note-price-whatsapp-business-ref');
    expect(linkIds.caption('api')).toBe('api-caption');
  });

  it('names notes by table, row and product, so the ids do not change when notes are renumbered', () => {
    expect(linkIds.note('first', 'calls', 'whatsapp')).toBe('first-note-calls-whatsapp');
    expect(linkIds.noteRef('second', 'calls', 'whatsapp')).toBe('second-note-calls-whatsapp-ref');
  });

  it('gives every (row, product) of the site data its own note ids', () => {
    const productIds = comparison.products.map((p) => p.id);
    const ids = rowIds.flatMap((row) =>
      productIds.flatMap((product) => [linkIds.note('comparison', row, product), linkIds.noteRef('comparison', row, product)]),
    );
    expect(ids).toHaveLength(rowIds.length * productIds.length * 2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
