/**
 * Resolves the data an MDX page cites at build time, so a page's JavaScript carries only what the page shows and never
 * the sources register or the figures module:
 * - `<Num name>`, `<Day name>`, `<Since name>`, `<Tiers />` and `<CheckedOn source>` become the text they stand for
 *   («1 000», «15 января 2026 г.», «с апреля 2026 г.», the tiers, the day a source was checked);
 * - `<Cite source>` keeps its key and gets the source's title, url, checked date, firmness and (as of the site's day)
 *   staleness as attributes, which the Cite component renders as they are;
 * - a section whose own text cites a stale source gets <StaleSection checked="…" /> under its heading («требует
 *   проверки»), so the reader sees it before the text, not only at the citation;
 * - with `report` on (REPORT_TO is set), each heading and callout is told the sources cited in it, for the prefilled
 *   text of «Сообщить об ошибке».
 * Runs after plugins/remark-site-rules.ts, which rejects unknown names with the file and line; a name that still does
 * not resolve here fails the build naming it.
 */
import {FIGURES, MESSAGING_TIERS, MILESTONES, checkedOn, day, isFigureName, isMilestoneName, num, since, tiers} from '../src/data/figures';
import {reportSources} from '../src/components/ReportLink/href';
import type {Citation} from '../src/data/schema';
import {citationsOf, isSourceKey} from '../src/data/sources';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  children?: MdNode[];
  attributes?: Attribute[];
  /** `citation`: what a resolved <Cite> or figure rests on; `hProperties`: attributes for the HTML element. */
  data?: {citation?: Citation; hProperties?: Record<string, string>; [key: string]: unknown};
}

/** What `<Cite source={key}>` shows as of `asOf`: the source's title, address, check date, firmness and staleness. */
export function citationOf(key: string, asOf: string): Citation {
  if (!isSourceKey(key)) throw new Error(`<Cite source="${key}">: unknown source; add it to src/data/sources.ts`);
  return citationsOf([key], asOf)[0]!;
}

export interface ResolveOptions {
  /** The site's «as of» day (site-settings.ts). */
  asOf: string;
  /** Annotate headings and callouts with their sources, for «Сообщить об ошибке». */
  report?: boolean;
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

const isElement = (node: MdNode, name: string) => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;

/** The source a figure component's text comes from (its check date makes the section stale or not). */
function figureSource(node: MdNode): string {
  const name = String(attribute(node, 'name') ?? '');
  if (node.name === 'CheckedOn') return String(attribute(node, 'source') ?? '');
  if (node.name === 'Tiers') return MESSAGING_TIERS.source;
  if (node.name === 'Num') return FIGURES[name as keyof typeof FIGURES].source;
  return MILESTONES[name as keyof typeof MILESTONES].source;
}

export function resolveTree(tree: MdNode, {asOf, report = false}: ResolveOptions): void {
  const visit = (node: MdNode) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const text = figureText(child);
      if (text !== undefined) {
        // The text keeps what it rests on, so a section stating a figure from a stale source is marked too.
        return {type: 'text', value: text, data: {citation: citationOf(figureSource(child), asOf)}};
      }
      if (isElement(child, 'Cite')) {
        const citation = citationOf(String(attribute(child, 'source') ?? ''), asOf);
        const extra = Object.entries(citation).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: String(value)}));
        child.attributes = [...(child.attributes ?? []).filter((a) => !(a.name && a.name in citation)), ...extra];
        child.data = {...child.data, citation};
      }
      visit(child);
      return child;
    });
  };
  visit(tree);
  markSections(tree, report);
}

const citationsIn = (nodes: readonly MdNode[]): Citation[] => {
  const found: Citation[] = [];
  const walk = (node: MdNode) => {
    // Set by resolveTree on every <Cite> and on the text of every figure.
    const citation = node.data?.citation;
    if (citation) found.push(citation);
    node.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
};

function markSections(tree: MdNode, report: boolean): void {
  const nodes = tree.children ?? [];
  const depth = (node: MdNode) => (node.type === 'heading' ? (node.depth ?? 0) : 0);
  const inserts: {after: MdNode; checked: string}[] = [];
  nodes.forEach((node, index) => {
    const level = depth(node);
    if (level < 2) return;
    const rest = nodes.slice(index + 1);
    const untilNext = rest.findIndex((other) => depth(other) > 0);
    const untilSibling = rest.findIndex((other) => depth(other) > 0 && depth(other) <= level);
    const own = citationsIn(untilNext < 0 ? rest : rest.slice(0, untilNext));
    const stale = own
      .filter((citation) => citation.stale)
      .map((citation) => citation.checked)
      .sort()[0];
    if (stale) inserts.push({after: node, checked: stale});
    if (report) {
      const all = citationsIn(untilSibling < 0 ? rest : rest.slice(0, untilSibling));
      if (all.length) {
        const data = (node.data ??= {});
        data.hProperties = {...data.hProperties, dataReportSources: reportSources(all)};
      }
    }
  });
  for (const {after, checked} of inserts) {
    nodes.splice(nodes.indexOf(after) + 1, 0, {
      type: 'mdxJsxFlowElement',
      name: 'StaleSection',
      attributes: [{type: 'mdxJsxAttribute', name: 'checked', value: checked}],
      children: [],
    });
  }
  if (report) {
    const walk = (node: MdNode) => {
      if (isElement(node, 'Callout')) {
        const citations = citationsIn(node.children ?? []);
        if (citations.length)
          node.attributes = [...(node.attributes ?? []), {type: 'mdxJsxAttribute', name: 'reportSources', value: reportSources(citations)}];
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  }
}

export default function remarkResolveData(options: ResolveOptions) {
  if (!options?.asOf) throw new Error('remark-resolve-data: pass {asOf} (docusaurus.config.ts reads it from site-settings.ts)');
  return (tree: MdNode): void => resolveTree(tree, options);
}
