import {text, type AnyNode, type Cheerio, type CheerioAPI, type Element} from 'cheerio';

/** The only element matching the selector (in the document or under `scope`); throws when there are none or several. */
export function one(scope: CheerioAPI | Cheerio<AnyNode>, selector: string): Cheerio<Element> {
  const found = (typeof scope === 'function' ? scope.root() : scope).find(selector);
  if (found.length !== 1) throw new Error(`Expected exactly one "${selector}", found ${found.length}`);
  return found;
}

/** The text of a node or selection, with runs of whitespace collapsed to one space and trimmed. */
export const normalizedText = (node: AnyNode | Cheerio<AnyNode>): string =>
  text('cheerio' in node ? node : [node])
    .replace(/\s+/g, ' ')
    .trim();
