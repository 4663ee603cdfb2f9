/**
 * Resolves the data an MDX page cites at build time, so a page's JavaScript carries only what the page shows and never
 * the sources register or the figures module:
 * - `<Num name>`, `<Day name>`, `<Since name>`, `<Tiers />` and `<CheckedOn source>` become the text they stand for
 *   («1 000», «15 января 2026 г.», «с апреля 2026 г.», the tiers, the day a source was checked);
 * - `<Cite source>` keeps its key and gets the source's title, url, checked date and reporter as attributes, which the
 *   Cite component renders as they are.
 * Runs after plugins/remark-site-rules.ts, which rejects unknown names with the file and line; a name that still does
 * not resolve here fails the build naming it.
 */
import {checkedOn, day, isFigureName, isMilestoneName, num, since, tiers} from '../src/data/figures';
import type {Citation} from '../src/data/schema';
import {citationOf as sourceCitation, isSourceKey} from '../src/data/sources';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdNode[];
  attributes?: Attribute[];
}

/** What `<Cite source={key}>` shows: the source's title, address, check date and, when set, who reports it. */
export function citationOf(key: string): Citation {
  if (!isSourceKey(key)) throw new Error(`<Cite source="${key}">: unknown source; add it to src/data/sources.ts`);
  return sourceCitation(key);
}

const attribute = (node: MdNode, name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** The text a figure component stands for, or undefined for any other node. */
export function figureText(node: MdNode): string | undefined {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  const name = String(attribute(node, 'name') ?? '');
  const source = String(attribute(node, 'source') ?? '');
  const unknown = (what: string) => new Error(`<${node.name} ${what}>: not in src/data; plugins/remark-site-rules.ts should have said so`);
  switch (node.name) {
    case 'Num':
      if (!isFigureName(name)) throw unknown(`name="${name}"`);
      return num(name);
    case 'Day':
      if (!isMilestoneName(name)) throw unknown(`name="${name}"`);
      return day(name);
    case 'Since':
      if (!isMilestoneName(name)) throw unknown(`name="${name}"`);
      return since(name);
    case 'Tiers':
      return tiers();
    case 'CheckedOn':
      if (!isSourceKey(source)) throw unknown(`source="${source}"`);
      return checkedOn(source);
    default:
      return undefined;
  }
}

export function resolveTree(tree: MdNode): void {
  const visit = (node: MdNode) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const text = figureText(child);
      if (text !== undefined) return {type: 'text', value: text};
      if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Cite') {
        const citation = citationOf(String(attribute(child, 'source') ?? ''));
        const extra = Object.entries(citation).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: String(value)}));
        child.attributes = [...(child.attributes ?? []).filter((a) => !(a.name && a.name in citation)), ...extra];
      }
      visit(child);
      return child;
    });
  };
  visit(tree);
}

export default function remarkResolveData() {
  return (tree: MdNode): void => resolveTree(tree);
}
