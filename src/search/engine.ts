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

/** The ranking's knobs; `npm run search:hits` measures what a change to them does to the quality contract. */
export interface Ranking {
  /** Field boosts. `name` is set on a page's first section only. */
  boost: {name: number; title: number; page: number; text: number};
  /**
   * How much a kind of document counts against a section that says the same: a change is history, an outcome or a
   * ready answer a summary of sections, a definition the answer to its term only (see `weigh`), so the section with
   * the current state comes first.
   */
  kind: Readonly<Record<SearchDocument['kind'], number>>;
  /** Per asked word of a title that is what was asked («API», «Cloud API», «Сколько стоит WhatsApp Business API?»). */
  titleBonus: number;
  /** Per word of a page name that the query is («вотсап бизнес» is the page «WhatsApp Business»). */
  nameBonus: number;
}

export const RANKING: Ranking = {
  boost: {name: 2, title: 3, page: 1, text: 1},
  kind: {section: 1, term: 0.8, row: 1, callout: 1, answer: 0.8, outcome: 0.8, change: 0.5},
  titleBonus: 1.5,
  nameBonus: 2,
};

export class SiteSearch {
  private readonly index: MiniSearch<SearchDocument>;
  /** The stems of each document's title and page name, for the «names what was asked» bonus. */
  private readonly names = new Map<string, {title: string[]; name: string[]}>();
  /** Every stem in the index: the normaliser picks readings and typo corrections from it. */
  readonly known = new Set<string>();

  constructor(
    documents: readonly SearchDocument[],
    private readonly ranking: Ranking = RANKING,
  ) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['name', 'title', 'page', 'text'],
      storeFields: ['url', 'kind', 'page', 'section', 'title', 'text'],
      tokenize: (text) => words(text),
      processTerm: (word) => {
        const processed = processWord(word);
        if (processed) this.known.add(processed);
        return processed;
      },
    });
    this.index.addAll(documents);
    const stems = (text: string) => words(text).map(processWord).filter((w): w is string => w !== null);
    for (const doc of documents) this.names.set(doc.id, {title: stems(doc.title), name: stems(doc.name ?? '')});
  }

  /**
   * The score with the document's kind, and how far its title or page name is what was asked.
   * - A title: for each asked word in it, by the share of its words asked and the share of the typed words it
   *   covers («API», «Cloud API», «Сколько стоит WhatsApp Business API?»).
   * - A page name: only when every typed word is in it, so the query names the page («вотсап бизнес», «бизнесс»), not
   *   when it asks something about the page («как подключить WhatsApp Business API»).
   * Words a phrase stands for, but that were not typed, do not count as asked.
   */
  private weigh(id: string, kind: SearchDocument['kind'], score: number, groups: readonly string[][], meant: readonly string[]): number {
    const {title = [], name = []} = this.names.get(id) ?? {};
    const asked = (stem: string) => !meant.includes(stem) && groups.some((group) => group.includes(stem));
    const askedIn = (stems: readonly string[]) => stems.filter(asked).length;
    const covered = (stems: readonly string[]) => groups.filter((group) => group.some((t) => stems.includes(t))).length / groups.length;
    const {kind: weights, titleBonus, nameBonus} = this.ranking;
    const titleAsked = askedIn(title);
    const forTitle = titleAsked > 0 ? titleBonus * titleAsked * (titleAsked / title.length) * covered(title) : 0;
    const nameAsked = askedIn(name);
    const forName = nameAsked > 0 && covered(name) === 1 ? nameBonus * nameAsked * (nameAsked / name.length) : 0;
    // A definition answers its term («связанные устройства», «он премис»), not a question around it («два телефона»).
    const weight = kind === 'term' && titleAsked > 0 && titleAsked * 2 >= title.length ? 1 : weights[kind];
    return score * weight * (1 + forTitle + forName);
  }

  search(query: string, limit = 10): SearchHit[] {
    return this.results(query, limit).hits;
  }

  /**
   * The best `limit` hits and how many documents are relevant at all. Relevant: the document matches at least half
   * of the typed words (one of one or two; a word matches through any of its readings and synonyms), so a query
   * about nothing on the site finds nothing rather than a list of documents that share one common word with it.
   */
  results(query: string, limit = 10): {hits: SearchHit[]; total: number} {
    const {terms, groups, meant, prefixLast} = normaliseQuery(query, this.known);
    if (terms.length === 0) return {hits: [], total: 0};
    const needed = Math.max(1, Math.floor(groups.length / 2));
    /** How many of the typed words a result matches (a word matches through any of its stems). */
    const matchedWords = (matched: readonly string[]) => groups.filter((group) => group.some((t) => matched.includes(t))).length;
    const results = this.index.search(terms.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      prefix: (_term, i, all) => prefixLast && i === all.length - 1,
      fuzzy: false,
      combineWith: 'OR',
      boost: this.ranking.boost,
    });
    const relevant = results
      .map((result) => ({...result, words: matchedWords(result.queryTerms)}))
      .filter((result) => result.words >= needed)
      .map((result) => {
        const weighed = this.weigh(result.id as string, (result as unknown as SearchDocument).kind, result.score, groups, meant);
        // A result that matches every typed word beats one that matches some of them very well.
        return {...result, score: weighed * (result.words / groups.length) ** 2};
      })
      .sort((a, b) => b.score - a.score);
    const hits = relevant.slice(0, limit).map((result) => {
      const doc = result as unknown as SearchDocument & {terms: string[]};
      const matched = new Set(result.terms);
      return {
        url: doc.url,
        kind: doc.kind,
        page: doc.page,
        ...(doc.section ? {section: doc.section} : {}),
        title: doc.title,
        score: result.score,
        snippet: snippet(doc.text || doc.title, matched),
      };
    });
    return {hits, total: relevant.length};
  }
}
