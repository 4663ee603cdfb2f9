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

const AS_OF = '2026-12-03';

function resolved(mdx: string, options: Parameters<typeof resolveTree>[1] = {asOf: AS_OF}): Node {
  const tree = createProcessor().parse(mdx) as unknown as Tree;
  resolveTree(tree, options);
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
    expect(textOf(tree)).toBe(
      `До ${num('throughputMax')}, ${since('bsuidSent')}, ${day('aiAssistantBan')}: ${tiers()}; на ${checkedOn('throughput')}.`,
    );
    for (const name of ['Num', 'Since', 'Day', 'Tiers', 'CheckedOn']) expect(find(tree, name), name).toBeUndefined();
  });

  it('gives <Cite> the source’s title, address, check date and firmness, keeping its key', () => {
    const attributesOf = (node: Node) => Object.fromEntries(node.attributes!.map((a) => [a.name, a.value]));
    const source = SOURCES.serviceAllowanceMake;
    expect(attributesOf(find(resolved('Так. <Cite source="serviceAllowanceMake" />\n'), 'Cite')!)).toEqual({
      source: 'serviceAllowanceMake',
      title: source.title,
      url: source.url,
      checked: source.checked,
      firmness: 'providers',
    });
    expect(attributesOf(find(resolved('<Cite source="throughput" />.\n'), 'Cite')!)).toEqual({
      source: 'throughput',
      title: SOURCES.throughput.title,
      url: SOURCES.throughput.url,
      checked: SOURCES.throughput.checked,
      firmness: 'official',
    });
  });

  it('marks a stale <Cite>, and puts <StaleSection> under the heading of the section whose own text cites it', () => {
    const mdx = '## Цены\n\nТекст <Cite source="throughput" />.\n\n### Подробнее\n\nБез источников.\n\n## Другое\n\nТекст.\n';
    expect(JSON.stringify(resolved(mdx))).not.toContain('StaleSection');
    const tree = resolved(mdx, {asOf: '2027-04-01'});
    expect(find(tree, 'Cite')!.attributes!.find((a) => a.name === 'stale')?.value).toBe('true');
    const names = tree.children!.map((child) => child.name ?? child.type);
    expect(names).toEqual(['heading', 'StaleSection', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(tree.children![1]!.attributes).toEqual([{type: 'mdxJsxAttribute', name: 'checked', value: SOURCES.throughput.checked}]);
  });

  it('tells headings and callouts their sources only when reports are on', () => {
    const mdx = '## Цены\n\n<Callout id="x">\n\nТекст <Cite source="throughput" />\n\n</Callout>\n\n### Ниже\n\nИ <Cite source="pricing" />.\n';
    const off = resolved(mdx);
    expect(JSON.stringify(off)).not.toContain('report');
    type Annotated = Node & {data?: {hProperties?: Record<string, string>}};
    const on = resolved(mdx, {asOf: AS_OF, report: true});
    const [h2, callout, h3] = (on.children as Annotated[]).filter((node) => node.type === 'heading' || node.name === 'Callout');
    const throughput = `${SOURCES.throughput.title}, ${SOURCES.throughput.checked}`;
    const pricing = `${SOURCES.pricing.title}, ${SOURCES.pricing.checked}`;
    expect(h2!.data?.hProperties?.['dataReportSources']).toBe(`${throughput}; ${pricing}`);
    expect(h3!.data?.hProperties?.['dataReportSources']).toBe(pricing);
    expect(callout!.attributes!.find((a) => a.name === 'reportSources')?.value).toBe(throughput);
  });

  it('fails naming an unknown figure or source (the content rules report it first, with the file and line)', () => {
    expect(() => resolved('<Num name="nope" /> x\n')).toThrow('<Num name="nope">');
    expect(() => resolved('x <Cite source="nope" />\n')).toThrow('<Cite source="nope">: unknown source');
  });
});
