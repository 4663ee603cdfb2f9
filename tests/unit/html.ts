/**
 * A tiny HTML reader for the output of `renderToStaticMarkup`, so tests can ask structural
 * questions ("the th inside this tr") instead of matching whole strings.
 *
 * It relies on what React guarantees for static markup: every attribute value is double-quoted
 * and escaped (`"`, `&`, `'`, `<`, `>` never appear raw inside it), text is escaped, and every
 * element is either closed or a void / self-closed element. It is not a general HTML parser.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'} as Record<string, string>)[e] ?? '';
  });
}

/** Parses markup into a root element (tag `#root`). Throws on mismatched or unclosed tags. */
export function parseHtml(markup: string): HtmlElement {
  const root: HtmlElement = {tag: '#root', attrs: {}, children: [], parent: null};
  let current = root;
  let consumed = 0;
  for (const match of markup.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new Error(`Unparsed markup at ${consumed}: ${markup.slice(consumed, consumed + 40)}`);
    consumed = match.index + match[0].length;
    const [, closing, rawTag, rawAttrs, selfClosing, text] = match;
    if (text !== undefined) {
      current.children.push(decodeEntities(text));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (closing) {
      if (current.tag !== tag) throw new Error(`Expected </${current.tag}>, found </${tag}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (rawAttrs ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? '');
    const element: HtmlElement = {tag, attrs, children: [], parent: current};
    current.children.push(element);
    if (!selfClosing && !VOID.has(tag)) current = element;
  }
  if (consumed !== markup.length) throw new Error(`Unparsed markup at ${consumed}`);
  if (current !== root) throw new Error(`Unclosed <${current.tag}>`);
  return root;
}

function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Every descendant element (document order) that matches the predicate. */
export function findAll(root: HtmlElement, match: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (el: HtmlElement) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (match(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * A small selector: `tag`, `[attr]`, `[attr="value"]`, `[attr^="prefix"]` and `.class`, combined
 * without spaces, e.g. `th[scope="col"]` or `tr[id^="row-"]`.
 */
export function matches(el: HtmlElement, selector: string): boolean {
  const parts = selector.match(/^[a-z][\w-]*|\[[^\]]+\]|\.[\w-]+/gi);
  if (!parts || parts.join('') !== selector) throw new Error(`Unsupported selector: ${selector}`);
  return parts.every((part) => {
    if (part.startsWith('.')) return (el.attrs.class ?? '').split(/\s+/).includes(part.slice(1));
    if (part.startsWith('[')) {
      const m = /^\[([\w:-]+)(?:(\^?=)"([^"]*)")?\]$/.exec(part);
      if (!m) throw new Error(`Unsupported attribute selector: ${part}`);
      const [, name, op, value] = m;
      const actual = el.attrs[name!.toLowerCase()];
      if (actual === undefined) return false;
      if (!op) return true;
      return op === '=' ? actual === value : actual.startsWith(value!);
    }
    return el.tag === part.toLowerCase();
  });
}

/** Descendants matching a simple selector (see `matches`). */
export function $$(root: HtmlElement, selector: string): HtmlElement[] {
  return findAll(root, (el) => matches(el, selector));
}

/** The only descendant matching the selector; throws when there are none or several. */
export function $(root: HtmlElement, selector: string): HtmlElement {
  const found = $$(root, selector);
  if (found.length !== 1) throw new Error(`Expected exactly one "${selector}", found ${found.length}`);
  return found[0]!;
}

/** Direct child elements, optionally filtered by a selector. */
export function childElements(el: HtmlElement, selector?: string): HtmlElement[] {
  return el.children.filter(isElement).filter((child) => !selector || matches(child, selector));
}

/** The text content, as a browser would give it (no whitespace normalisation). */
export function textOf(node: HtmlNode): string {
  return isElement(node) ? node.children.map(textOf).join('') : node;
}

/** Text with runs of whitespace collapsed to one space and trimmed. */
export function normalizedText(node: HtmlNode): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}

/** The nearest ancestor (not the element itself) matching the selector, or null. */
export function closest(el: HtmlElement, selector: string): HtmlElement | null {
  for (let p = el.parent; p; p = p.parent) if (p.tag !== '#root' && matches(p, selector)) return p;
  return null;
}

/** All `id` attributes in the tree, in document order. */
export function allIds(root: HtmlElement): string[] {
  return findAll(root, (el) => el.attrs.id !== undefined).map((el) => el.attrs.id!);
}
