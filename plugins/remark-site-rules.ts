/**
 * Build-time rules for the MDX content that Docusaurus itself does not enforce:
 * - every heading (## and deeper) carries an explicit ASCII id: `## Цены {/* #pricing *\/}`;
 * - heading ids are unique within a page;
 * - `<Callout type="…" id="…">` uses a known type and carries an explicit ASCII id, so it can be linked;
 * - heading and callout ids are unique within a page;
 * - no `:::note` admonitions: the site has one callout, <Callout>, which every support link can target;
 * - `<Cite source>`, `<CheckedOn source>`, `<Num name>`, `<Day name>` and `<Since name>` name an entry that exists in src/data;
 * - `<Cite>`, `<CheckedOn>`, `<Num>`, `<Day>` and `<Since>` never stand alone on a line: MDX would make such a line a block
 *   of its own, cut off from its sentence on the page and in the page's Markdown;
 * - a `<Day>` known only to the month does not follow a preposition: it is written in the nominative
 *   («апрель 2022 г.»), so «С <Day>» would read «С апрель 2022 г.»;
 * - a paragraph that cites a reported source says so («по данным провайдеров …»), and a paragraph that says a page
 *   does not mention something cites a page (src/data/reporting.ts);
 * - a callout title has no colon: the label is followed by one already («Внимание: …»).
 * Each error names the file and line and says how to fix it.
 */
import path from 'node:path';
import {CALLOUT_VARIANTS, isCalloutVariant, unknownVariantMessage} from '../src/components/Callout/variants';
import {ID_PATTERN} from '../src/data/ids';
import {day, FIGURES, MILESTONES, type MilestoneName} from '../src/data/figures';
import {missingReportedWording, unsourcedNegativeClaim} from '../src/data/reporting';
import {SOURCES, isReportedSource} from '../src/data/sources';

/** Components that name an entry of a data registry: the name must exist, or the page would fail as it renders. */
const REGISTRY_ATTRIBUTES: Record<string, {attribute: string; keys: readonly string[]; file: string}> = {
  Cite: {attribute: 'source', keys: Object.keys(SOURCES), file: 'src/data/sources.ts'},
  CheckedOn: {attribute: 'source', keys: Object.keys(SOURCES), file: 'src/data/sources.ts'},
  Num: {attribute: 'name', keys: Object.keys(FIGURES), file: 'src/data/figures.ts (FIGURES)'},
  Day: {attribute: 'name', keys: Object.keys(MILESTONES), file: 'src/data/figures.ts (MILESTONES)'},
  Since: {attribute: 'name', keys: Object.keys(MILESTONES), file: 'src/data/figures.ts (MILESTONES)'},
};

interface Point {
  line: number;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  children?: MdNode[];
  attributes?: {type: string; name?: string; value?: unknown}[];
  position?: {start: Point};
}
interface VFileLike {
  path?: string;
  cwd?: string;
}

/** Docusaurus's admonition keywords, with the Callout type that says the same. */
const ADMONITION_TO_CALLOUT: Record<string, string> = {
  note: 'info',
  info: 'info',
  important: 'info',
  secondary: 'info',
  tip: 'tip',
  success: 'tip',
  warning: 'warning',
  caution: 'warning',
  danger: 'danger',
};

const COMMENT_ID = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/;

function toText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(toText).join('');
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

function explicitHeadingId(heading: MdNode): string | undefined {
  const last = heading.children?.at(-1);
  if (last?.type !== 'mdxTextExpression') return undefined;
  return COMMENT_ID.exec(last.value ?? '')?.[1];
}

/** Prepositions that need the genitive or prepositional case of the date after them. */
const PREPOSITION_BEFORE = /(?:^|[\s(«—])(с|со|в|во|до|после|от|к|по|около)\s*$/iu;

/** «2022-04» is known to the month: <Day> writes it «апрель 2022 г.» («с 2025 г.» and «с 15 января» read right). */
function isMonthOnly(name: string): boolean {
  const milestone = (MILESTONES as Record<string, {date: string} | undefined>)[name];
  return milestone !== undefined && /^\d{4}-\d{2}$/.test(milestone.date);
}

/** The sources a block cites with <Cite source="…">, in order. */
function citedSources(block: MdNode): string[] {
  const keys: string[] = [];
  walk(block, (node) => {
    if (node.type !== 'mdxJsxTextElement' || node.name !== 'Cite') return;
    const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source')?.value;
    if (typeof value === 'string') keys.push(value);
  });
  return keys;
}

export function checkTree(tree: MdNode, file: VFileLike): string[] {
  const where = (node: MdNode) => {
    const rel = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : '<mdx>';
    return `${rel}:${node.position?.start.line ?? '?'}`;
  };
  const problems: string[] = [];
  const headingIds = new Map<string, string>();

  walk(tree, (node) => {
    node.children?.forEach((child, i) => {
      if (child.type !== 'mdxJsxTextElement' || child.name !== 'Day') return;
      const name = child.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value;
      const before = node.children?.[i - 1];
      const preposition = before?.type === 'text' ? PREPOSITION_BEFORE.exec(before.value ?? '')?.[1] : undefined;
      if (typeof name === 'string' && preposition && isMonthOnly(name)) {
        problems.push(
          `${where(child)}: «${preposition} <Day name="${name}" />» reads «${preposition} ${day(name as MilestoneName)}»: the date is known only to the month, and <Day> writes it in the nominative. Write <Since name="${name}" /> for «с …», or rephrase.`,
        );
      }
    });
    if (node.type === 'paragraph') {
      const cited = citedSources(node);
      const text = toText(node);
      const reported = cited.filter(isReportedSource);
      const missing = reported.length ? missingReportedWording(text) : undefined;
      if (missing) problems.push(`${where(node)}: the paragraph ${missing} (<Cite source="${reported.join('">, <Cite source="')}">).`);
      const claim = unsourcedNegativeClaim(text, cited.length);
      if (claim) problems.push(`${where(node)}: the paragraph ${claim}: add <Cite source="…" /> for it.`);
    }
    if (node.type === 'containerDirective' && node.name && node.name in ADMONITION_TO_CALLOUT) {
      problems.push(
        `${where(node)}: ":::${node.name}" admonitions are not used on this site. Write <Callout type="${ADMONITION_TO_CALLOUT[node.name]}" id="some-ascii-id">…</Callout> instead.`,
      );
    }
    if (node.type === 'heading' && (node.depth ?? 1) >= 2) {
      const text = toText(node).trim();
      const id = explicitHeadingId(node);
      if (!id) {
        problems.push(
          `${where(node)}: heading "${text}" has no explicit id. Write it as: ${'#'.repeat(node.depth ?? 2)} ${text} {/* #some-ascii-id */}`,
        );
      } else if (!ID_PATTERN.test(id)) {
        problems.push(`${where(node)}: heading id "${id}" must be lowercase ASCII: latin letters, digits and hyphens.`);
      } else if (headingIds.has(id)) {
        problems.push(`${where(node)}: heading id "${id}" is already used at ${headingIds.get(id)}; ids must be unique on a page.`);
      } else {
        headingIds.set(id, where(node));
      }
    }
    const registry = node.name ? REGISTRY_ATTRIBUTES[node.name] : undefined;
    if (node.type === 'mdxJsxFlowElement' && registry) {
      problems.push(
        `${where(node)}: <${node.name}> stands alone on its line, so it renders as a block apart from its sentence. Put it on the line of the text it belongs to.`,
      );
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && registry) {
      const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === registry.attribute);
      const value = attr?.value;
      if (typeof value !== 'string') {
        problems.push(`${where(node)}: <${node.name}> needs ${registry.attribute}="…" as a plain string: a key of ${registry.file}.`);
      } else if (!registry.keys.includes(value)) {
        problems.push(
          `${where(node)}: <${node.name} ${registry.attribute}="${value}">: unknown key; add it to ${registry.file} or use one of: ${registry.keys.join(', ')}.`,
        );
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Callout') {
      const idAttr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (idAttr && typeof idAttr.value !== 'string') {
        problems.push(`${where(node)}: <Callout id> must be a plain string such as id="some-ascii-id", not an expression.`);
      } else if (!idAttr) {
        problems.push(`${where(node)}: <Callout> needs an explicit id so support can link to it, e.g. <Callout type="tip" id="some-ascii-id">.`);
      } else if (!ID_PATTERN.test(idAttr.value as string)) {
        problems.push(`${where(node)}: callout id "${idAttr.value}" must be lowercase ASCII: latin letters, digits and hyphens.`);
      } else if (headingIds.has(idAttr.value as string)) {
        problems.push(
          `${where(node)}: callout id "${String(idAttr.value)}" is already used at ${headingIds.get(idAttr.value as string)}; ids must be unique on a page.`,
        );
      } else {
        headingIds.set(idAttr.value as string, where(node));
      }
      const titleAttr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
      if (typeof titleAttr?.value === 'string' && titleAttr.value.includes(':')) {
        problems.push(
          `${where(node)}: callout title «${titleAttr.value}» has a colon, and the label before it ends with one («Внимание: …»): two colons in one line. Rephrase it, e.g. with a dash.`,
        );
      }
      const typeAttr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'type');
      if (typeAttr && typeof typeAttr.value !== 'string') {
        problems.push(`${where(node)}: <Callout type> must be a plain string, one of: ${CALLOUT_VARIANTS.join(', ')}.`);
      } else if (typeAttr && !isCalloutVariant(typeAttr.value)) {
        problems.push(unknownVariantMessage(typeAttr.value, where(node)));
      }
    }
  });
  return problems;
}

export default function remarkSiteRules() {
  return (tree: MdNode, file: VFileLike): void => {
    const problems = checkTree(tree, file);
    if (problems.length) throw new Error(`Content rules broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  };
}
