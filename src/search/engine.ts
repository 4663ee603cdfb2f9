/**
 * The site search, loaded on the first interaction with a search box: MiniSearch over the section index
 * that plugins/local-search writes after the build (`/search-index.json`).
 */
import MiniSearch from 'minisearch';
import {normaliseQuery} from './normalize';
import {stem, words} from './text';
import {STOP_WORDS} from './vocabulary';
import type {SearchDocument, SearchHit} from './types';

export const SNIPPET_WORDS = 24;

function processWord(word: string): string | null {
  return STOP_WORDS.has(word) ? null : stem(word);
}

/** Splits text into words and the gaps between them, marking words whose stem matched. */
export function snippet(text: string, matched: ReadonlySet<string>): SearchHit['snippet'] {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const isMatch = (part: string) => /^[\p{L}\p{N}]+$/u.test(part) && matched.has(stem(words(part)[0] ?? ''));
  const first = Math.max(0, parts.findIndex(isMatch));
  // Start a few words before the first match; parts alternate gap, word, gap, word…
  // (From the very start when only the leading gap would be left out: «<b>…» keeps its «<».)
  const start = first - 8 > 1 ? first - 8 : 0;
  const end = start + SNIPPET_WORDS * 2;
  const slice = parts.slice(start, end);
  const out = slice.map((part) => ({text: part, mark: isMatch(part)})).filter((p) => p.text !== '');
  // An ellipsis only where words were left out, not just the gap before the first or after the last word.
  const hasWords = (cut: string[]) => cut.some((part) => /[\p{L}\p{N}]/u.test(part));
  if (hasWords(parts.slice(0, start))) out.unshift({text: '… ', mark: false});
  if (hasWords(parts.slice(end))) out.push({text: ' …', mark: false});
  return out;
}

export class SiteSearch {
  private readonly index: MiniSearch<SearchDocument>;
  /** Every stem in the index: the normaliser picks readings and typo corrections from it. */
  readonly known = new Set<string>();

  constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['name', 'title', 'page', 'text'],
      storeFields: ['url', 'kind', 'page', 'title', 'text'],
      tokenize: (text) => words(text),
      processTerm: (word) => {
        const processed = processWord(word);
        if (processed) this.known.add(processed);
        return processed;
      },
    });
    this.index.addAll(documents);
  }

  search(query: string, limit = 10): SearchHit[] {
    return this.results(query, limit).hits;
  }

  /**
   * The best `limit` hits and how many documents are relevant at all. Relevant: the document matches at least half
   * of the query's words (one of one or two), so a query about nothing on the site finds nothing rather than
   * a list of documents that share one common word with it.
   */
  results(query: string, limit = 10): {hits: SearchHit[]; total: number} {
    const {terms, prefixLast} = normaliseQuery(query, this.known);
    if (terms.length === 0) return {hits: [], total: 0};
    const needed = Math.max(1, Math.floor(terms.length / 2));
    const results = this.index.search(terms.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      prefix: (_term, i, all) => prefixLast && i === all.length - 1,
      fuzzy: false,
      combineWith: 'OR',
      // `name` is set on a page's first section only: a query that names a page lands there.
      boost: {name: 6, title: 3, page: 1, text: 1},
    });
    const relevant = results.filter((result) => result.queryTerms.length >= needed);
    const hits = relevant.slice(0, limit).map((result) => {
      const doc = result as unknown as SearchDocument & {terms: string[]};
      const matched = new Set(result.terms);
      return {
        url: doc.url,
        kind: doc.kind,
        page: doc.page,
        title: doc.title,
        score: result.score,
        snippet: snippet(doc.text || doc.title, matched),
      };
    });
    return {hits, total: relevant.length};
  }
}
