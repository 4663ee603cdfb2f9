import {createProcessor} from '@mdx-js/mdx';
import {num, since, day, tiers, checkedOn} from '../../src/data/figures';
import {SOURCES} from '../../src/data/sources';
import {resolveTree} from '../remark-resolve-data';

type Tree = Parameters<typeof resolveTree>[0];
interface Node {
  type: string;
  name?: string;
  value?: string;
  children?: Node[];
  attributes?: {name: string; value: string}[];
}

function resolved(mdx: string): Node {
  const tree = createProcessor().parse(mdx) as unknown as Tree;
  resolveTree(tree);
  return tree as unknown as Node;
}

const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
const find = (node: Node, name: string): Node | undefined =>
  node.name === name ? node : (node.children ?? []).map((c) => find(c, name)).find(Boolean);

describe('remark-resolve-data: the page carries text, not the data modules', () => {
  it('writes <Num>, <Day>, <Since>, <Tiers> and <CheckedOn> as the text they stand for', () => {
    const tree = resolved(
      'До <Num name="throughputMax" />, <Since name="bsuidSent" />, <Day name="aiAssistantBan" />: <Tiers />; на <CheckedOn source="throughput" />.\n',
    );
    expect(textOf(tree)).toBe(`До ${num('throughputMax')}, ${since('bsuidSent')}, ${day('aiAssistantBan')}: ${tiers()}; на ${checkedOn('throughput')}.`);
    for (const name of ['Num', 'Since', 'Day', 'Tiers', 'CheckedOn']) expect(find(tree, name), name).toBeUndefined();
  });

  it('gives <Cite> the source’s title, address, check date and reporter, keeping its key', () => {
    const cite = find(resolved('Так. <Cite source="serviceAllowanceMake" />\n'), 'Cite')!;
    const attributes = Object.fromEntries(cite.attributes!.map((a) => [a.name, a.value]));
    const source = SOURCES.serviceAllowanceMake;
    expect(attributes).toEqual({source: 'serviceAllowanceMake', title: source.title, url: source.url, checked: source.checked, reported: 'providers'});
    expect(Object.keys(Object.fromEntries(find(resolved('<Cite source="throughput" />.\n'), 'Cite')!.attributes!.map((a) => [a.name, a.value])))).toEqual([
      'source',
      'title',
      'url',
      'checked',
    ]);
  });

  it('fails naming an unknown figure or source (the content rules report it first, with the file and line)', () => {
    expect(() => resolved('<Num name="nope" /> x\n')).toThrow('<Num name="nope">');
    expect(() => resolved('x <Cite source="nope" />\n')).toThrow('<Cite source="nope">: unknown source');
  });
});
