/**
 * The site search, loaded on the first interaction with a search box. It reads the index that
 * plugins/local-search builds (src/search/index-format.ts): the base at once, then only the shards a query
 * needs. Ranking is BM25 over four fields, as MiniSearch computes it (the engine this replaced; the same
 * formula, so the same order), then the site's own weighing below.
 */
import {
  decodePostings,
  FIELDS,
  INDEX_VERSION,
  KINDS,
  PRODUCT_PAGES,
  shardOf,
  type DocShard,
  type Postings,
  type SearchBase,
  type TermShard,
} from './index-format';
import {lowerBound, normaliseQuery} from './normalize';
import {stem, words} from './text';
import {STOP_WORDS} from './vocabulary';
import type {SearchDocument, SearchHit} from './types';

export const SNIPPET_WORDS = 24;

/** The term a word is indexed and searched as: its stem, or nothing for a stop word. */
export function indexTerm(word: string): string | null {
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
  boost: Readonly<Record<(typeof FIELDS)[number], number>>;
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
  /** As `titleBonus`, for the reader question of the document that is most what was asked. */
  questionBonus: number;
  /**
   * A question of four or more words wants an explanation: a table row (one line per product) and a chooser outcome
   * (a summary) count this much against a section for it; a keyword still finds them at full weight.
   */
  summariesForQuestions: number;
  /**
   * A query that names one product («бизнес», «апи» beside what it asks) prefers that product: its places are multiplied
   * by `same`, the other products' by `other` («вацап бизнес цена» is about the free app, not the API's prices).
   */
  product: {same: number; other: number};
  /**
   * A result whose words score below this share of the best result's is not counted or listed: the count is of
   * results worth reading, and a short query of common words does not report a hundred.
   */
  minShareOfBest: number;
  /**
   * How much the title and reader-question bonuses favour covering the rare words of a query over its common ones
   * (the exponent of the covered share of the query's rarity): «перенести номер из приложения в api» is about moving
   * a number, not about any title that says «приложение» and «API».
   */
  rareWords: number;
}

export const RANKING: Ranking = {
  boost: {name: 2, title: 3, page: 1, text: 1, questions: 0.5},
  kind: {section: 1, term: 0.8, row: 1, callout: 1, answer: 0.8, outcome: 0.8, change: 0.2},
  titleBonus: 1.5,
  nameBonus: 2,
  questionBonus: 0.5,
  summariesForQuestions: 0.5,
  product: {same: 1.5, other: 0.6},
  minShareOfBest: 0.15,
  rareWords: 1.5,
};

/** Stems by which a query names a product: the API, the Business app, an app. */
const API_STEMS = ['api', 'cloud', 'платформ'];
const BUSINESS_STEMS = ['бизнес', 'business'];
const APP_STEMS = ['приложен', 'app'];
const PRODUCT_STEMS = [...API_STEMS, ...BUSINESS_STEMS, ...APP_STEMS, 'whatsapp'];

/**
 * The product a query asks about (index into PRODUCT_PAGES), or -1: the API when it names the API and not the app as
 * well, else the Business app when it names it. A query of product words only («апи», «вацап бизнес») asks for the
 * product itself, which its page name already weighs.
 */
export function namedProduct(groups: readonly string[][]): number {
  if (groups.every((group) => group.some((stem) => PRODUCT_STEMS.includes(stem)))) return -1;
  const names = (stems: readonly string[]) => groups.some((group) => group.some((stem) => stems.includes(stem)));
  if (names(API_STEMS)) return names(APP_STEMS) ? -1 : PRODUCT_PAGES.indexOf('/whatsapp-business-api');
  return names(BUSINESS_STEMS) ? PRODUCT_PAGES.indexOf('/whatsapp-business') : -1;
}

/** How many of the typed words (groups of stems a word stands for) a list of stems matches. */
function wordsMatched(groups: readonly string[][], stems: readonly string[]): number {
  return groups.filter((group) => group.some((t) => stems.includes(t))).length;
}

/** BM25+ as MiniSearch has it: k 1.2, b 0.7, d 0.5. */
function bm25(count: number, matching: number, total: number, fieldLength: number, averageLength: number): number {
  const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return inverse * (0.5 + (count * 2.2) / (count + 1.2 * (0.3 + (0.7 * fieldLength) / averageLength)));
}

/** A word still being typed also finds the stems it begins, from its third letter on, the closest 30 of them. */
const PREFIX_MIN_LENGTH = 3;
const PREFIX_LIMIT = 30;
/** MiniSearch's weight of a prefix match, by how much longer the matched stem is. */
const prefixWeight = (stemLength: number, typedLength: number) => (0.375 * stemLength) / (stemLength + 0.3 * (stemLength - typedLength));

interface Scored {
  doc: number;
  score: number;
  /** The query terms it matched. */
  queryTerms: string[];
  /** The index stems it matched (for the snippet's marks). */
  terms: Set<string>;
}

/** Fetches a file of the index (a URL from the base) and returns its JSON. */
export type LoadFile = (url: string) => Promise<unknown>;

export class SiteSearch {
  /** Every stem in the index: the normaliser picks readings and typo corrections from it. */
  readonly known: ReadonlySet<string>;
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(
    private readonly base: SearchBase,
    private readonly load: LoadFile,
    private readonly ranking: Ranking = RANKING,
  ) {
    // An index from another build reads wrong without failing (its document fields moved): say so instead.
    if (base.version !== INDEX_VERSION)
      throw new Error(`Search index: version ${String(base.version)}, this engine reads version ${INDEX_VERSION}; rebuild the site.`);
    this.known = new Set(base.stems);
  }

  /** A file of the index, fetched once; a failed fetch is tried again next time. */
  private file<T>(url: string): Promise<T> {
    let pending = this.files.get(url);
    if (!pending) {
      pending = this.load(url).catch((error: unknown) => {
        this.files.delete(url);
        throw error;
      });
      this.files.set(url, pending);
    }
    return pending as Promise<T>;
  }

  private async postingsOf(stems: readonly string[]): Promise<Map<string, Postings>> {
    const {termShards} = this.base;
    const wanted = stems.filter((s) => this.known.has(s));
    const shards = [...new Set(wanted.map((s) => shardOf(s, termShards.length)))];
    const loaded = new Map(await Promise.all(shards.map(async (i) => [i, await this.file<TermShard>(termShards[i]!)] as const)));
    return new Map(
      wanted.flatMap((s) => {
        const postings = loaded.get(shardOf(s, termShards.length))?.[s];
        return postings ? [[s, postings] as const] : [];
      }),
    );
  }

  /** Stems that continue `typed`, closest first: what a word being typed may become. */
  private continuations(typed: string): string[] {
    if (typed.length < PREFIX_MIN_LENGTH) return [];
    const {stems} = this.base;
    const found: string[] = [];
    for (let i = lowerBound(stems, typed); i < stems.length && stems[i]!.startsWith(typed); i++) if (stems[i] !== typed) found.push(stems[i]!);
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, PREFIX_LIMIT);
  }

  /**
   * BM25 over the fields with their boosts, summed over the query terms, times how many of them matched; and how rare
   * each stem is across documents (an inverse document frequency over all fields).
   */
  private async score(terms: readonly string[], prefixLast: boolean, asked: number): Promise<{scored: Scored[]; rarity: Map<string, number>}> {
    const expansions = terms.map((term, i) => (prefixLast && i === terms.length - 1 ? this.continuations(term) : []));
    const postings = await this.postingsOf([...terms, ...expansions.flat()]);
    const {documentCount, averageFieldLength, documents} = this.base;
    const scored = new Map<number, Scored>();
    const rarity = new Map<string, number>();
    const add = (queryTerm: string, stem: string, weight: number) => {
      const list = postings.get(stem);
      if (!list) return;
      const found = new Set<number>();
      for (const [field, doc, count, matching] of decodePostings(list)) {
        found.add(doc);
        const name = FIELDS[field]!;
        // Readers' questions weigh with the length of the query: a keyword finds titles and text, a question finds questions.
        const boost = this.ranking.boost[name] * (name === 'questions' ? Math.min(1, Math.max(0, asked - 1) / 3) : 1);
        const value = weight * boost * bm25(count, matching, documentCount, documents[doc]![1][field]!, averageFieldLength[field]!);
        let entry = scored.get(doc);
        if (!entry) scored.set(doc, (entry = {doc, score: 0, queryTerms: [], terms: new Set()}));
        entry.score += value;
        if (!entry.queryTerms.includes(queryTerm)) entry.queryTerms.push(queryTerm);
        entry.terms.add(stem);
      }
      rarity.set(stem, Math.log(1 + documentCount / found.size));
    };
    terms.forEach((term, i) => {
      add(term, term, 1);
      for (const longer of expansions[i]!) add(term, longer, prefixWeight(longer.length, term.length));
    });
    return {scored: [...scored.values()].map((entry) => ({...entry, score: entry.score * entry.queryTerms.length})), rarity};
  }

  /**
   * The score with the document's kind, and how far its title or page name is what was asked.
   * - A title (or a reader question): for each asked word in it, by the share of its words asked and the share of the
   *   query's rarity it covers («API», «Cloud API», «Сколько стоит WhatsApp Business API?»): a typed word weighs by how
   *   rare it is on the site, so the title with «перенести номер» beats the one with «приложение» and «API».
   * - A page name: only when every typed word is in it, so the query names the page («вотсап бизнес», «бизнесс»), not
   *   when it asks something about the page («как подключить WhatsApp Business API»).
   * Words a phrase stands for, but that were not typed, do not count as asked.
   */
  private weigh(
    doc: number,
    score: number,
    groups: readonly string[][],
    meant: readonly string[],
    product: number,
    rarity: ReadonlyMap<string, number>,
  ): number {
    const [kindIndex, , titleIds, nameIds, docProduct, questionIds] = this.base.documents[doc]!;
    const kind = KINDS[kindIndex]!;
    const stemsOf = (ids: readonly number[]) => ids.map((i) => this.base.stems[i]!);
    const title = stemsOf(titleIds);
    const name = stemsOf(nameIds);
    const asked = (stem: string) => !meant.includes(stem) && groups.some((group) => group.includes(stem));
    const askedIn = (stems: readonly string[]) => stems.filter(asked).length;
    const covered = (stems: readonly string[]) => wordsMatched(groups, stems) / groups.length;
    const groupRarity = groups.map((group) => Math.max(0, ...group.map((stem) => rarity.get(stem) ?? 0)));
    const totalRarity = groupRarity.reduce((sum, value) => sum + value, 0);
    const rareCovered = (stems: readonly string[]) =>
      totalRarity === 0
        ? 0
        : groups.reduce((sum, group, i) => sum + (group.some((stem) => stems.includes(stem)) ? groupRarity[i]! : 0), 0) / totalRarity;
    /** For each asked word in `stems`, by the share of its words asked and the share of the query's rarity it covers. */
    const likeAsked = (stems: readonly string[], bonus: number) => {
      const count = askedIn(stems);
      return count > 0 ? bonus * count * (count / stems.length) * rareCovered(stems) ** this.ranking.rareWords : 0;
    };
    const {kind: weights, titleBonus, questionBonus, nameBonus} = this.ranking;
    const titleAsked = askedIn(title);
    const forTitle = likeAsked(title, titleBonus);
    const forQuestion = Math.max(0, ...questionIds.map((ids) => likeAsked(stemsOf(ids), questionBonus)));
    const nameAsked = askedIn(name);
    const forName = nameAsked > 0 && covered(name) === 1 ? nameBonus * nameAsked * (nameAsked / name.length) : 0;
    const summary = (kind === 'row' || kind === 'outcome') && groups.length >= 4 ? this.ranking.summariesForQuestions : 1;
    // A definition answers its term («связанные устройства», «он премис»), not a question around it («два телефона»).
    const weight = (kind === 'term' && titleAsked > 0 && titleAsked * 2 >= title.length ? 1 : weights[kind]) * summary;
    const {same, other} = this.ranking.product;
    const forProduct = product < 0 || docProduct < 0 ? 1 : docProduct === product ? same : other;
    return score * weight * forProduct * (1 + Math.max(forTitle, forQuestion) + forName);
  }

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    return (await this.results(query, limit)).hits;
  }

  /**
   * The best `limit` hits and how many documents are relevant at all. Relevant: the document matches at least half
   * of the typed words, rounded up (one of one or two, two of three or four; a word matches through any of its readings
   * and synonyms), so «погода в москве завтра» does not find a page that mentions Moscow once, and a query
   * about nothing on the site finds nothing rather than a list of documents that share one common word with it.
   * And its words score at least `minShareOfBest` of the best result's: the count is of results worth reading.
   */
  async results(query: string, limit = 10): Promise<{hits: SearchHit[]; total: number}> {
    const {terms, groups, meant, prefixLast} = normaliseQuery(query, this.known);
    if (terms.length === 0) return {hits: [], total: 0};
    const product = namedProduct(groups);
    const {scored, rarity} = await this.score(terms, prefixLast, groups.length);
    const counted = scored.map((result) => ({...result, words: wordsMatched(groups, result.queryTerms)}));
    // Half the typed words, rounded up; a long question that no place matches that far (a reader's situation, told in
    // words the site does not use) still finds the places that match a third of it, and at least two words.
    const half = Math.max(1, Math.ceil(groups.length / 2));
    const needed = counted.some((result) => result.words >= half) ? half : Math.max(2, Math.ceil(groups.length / 3));
    const matching = counted
      .filter((result) => result.words >= needed)
      // A result that matches every typed word beats one that matches some of them very well.
      .map((result) => ({...result, content: result.score * (result.words / groups.length) ** 2}));
    // Worth reading: its words score at least a share of the best's (before the title and name weighing, so a page that
    // is named outright does not hide the sections that talk about it).
    const best = Math.max(0, ...matching.map((result) => result.content));
    const relevant = matching
      .filter((result) => result.content >= best * this.ranking.minShareOfBest)
      .map((result) => ({...result, score: this.weigh(result.doc, result.content, groups, meant, product, rarity)}))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    const shown = relevant.slice(0, limit);
    const {docShards, docsPerShard} = this.base;
    const stored = await Promise.all(shown.map((result) => this.file<DocShard>(docShards[Math.floor(result.doc / docsPerShard)]!)));
    const hits = shown.map((result, i): SearchHit => {
      const [url, kind, page, section, title, text] = stored[i]![result.doc % docsPerShard]!;
      return {
        url,
        kind: KINDS[kind]!,
        page,
        ...(section ? {section} : {}),
        title,
        score: result.score,
        snippet: snippet(text || title, result.terms),
      };
    });
    return {hits, total: relevant.length};
  }
}
