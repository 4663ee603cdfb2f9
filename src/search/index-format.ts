/**
 * The search index as the build writes it and the browser reads it: a small base file and shards fetched on
 * demand, so the first query of a 1,000-page site downloads what it needs, not the whole index, and nothing is
 * indexed in the reader's browser.
 *
 * - `/search-index.json` (the base, revalidated on every use): every stem, and per document its kind, field
 *   lengths and the stems of its title and page name — what ranking needs before any text is read.
 * - `/assets/search/terms-*.json` (content-hashed, cached for good): postings, a stem's documents and counts per
 *   field. A stem lives in the shard of its first three letters, so a word being typed finds its continuations
 *   in the same shard.
 * - `/assets/search/docs-*.json`: what a result shows (URL, titles, text for the snippet), a run of documents
 *   per file, fetched for the results on screen only.
 */
import type {SearchDocument} from './types';

export const INDEX_VERSION = 4;

/**
 * Indexed fields, in the order field numbers refer to. `name` is set on a page's first section only; `questions` holds
 * the questions readers ask that the document answers (src/search/questions.ts), indexed and never shown.
 */
export const FIELDS = ['name', 'title', 'page', 'text', 'questions'] as const;
export type Field = (typeof FIELDS)[number];

export const KINDS = ['section', 'term', 'row', 'callout', 'change', 'outcome', 'answer'] as const satisfies readonly SearchDocument['kind'][];

/** The products whose pages a query can name; a document about none of them is `-1`. */
export const PRODUCT_PAGES = ['/whatsapp', '/whatsapp-business', '/whatsapp-business-api'] as const;

/** The product page a place is on (index into PRODUCT_PAGES), or -1. */
export function productOf(url: string): number {
  return PRODUCT_PAGES.indexOf(url.split('#')[0] as (typeof PRODUCT_PAGES)[number]);
}

/**
 * Per document: its kind (index into KINDS), the number of distinct words of each field, the stems of its title and
 * page name (indices into `stems`), the product page its subject is on (productOf of its `home`, or its own URL), and
 * the stems of each reader question it answers.
 */
export type DocumentMeta = [kind: number, fieldLengths: number[], title: number[], name: number[], product: number, questions: number[][]];

export interface SearchBase {
  version: typeof INDEX_VERSION;
  documentCount: number;
  /** Average distinct words per field, as BM25 wants it. */
  averageFieldLength: number[];
  /** Every stem in the index, sorted: the normaliser's vocabulary and the prefix search's list. */
  stems: string[];
  documents: DocumentMeta[];
  /** URLs of the term shards; a stem is in `termShards[shardOf(stem, termShards.length)]`. */
  termShards: string[];
  /** URLs of the document shards; document `i` is in `docShards[Math.floor(i / docsPerShard)]`. */
  docShards: string[];
  docsPerShard: number;
}

/**
 * A stem's postings, per field that has it: `[field, doc, count, doc, count, …]` with each document number
 * written as the difference from the one before (smaller numbers, smaller files).
 */
export type Postings = number[][];
export type TermShard = Record<string, Postings>;

/** What a result shows, per document of the shard: `[url, kind, page, section, title, text]`. */
export type StoredDocument = [url: string, kind: number, page: string, section: string, title: string, text: string];
export type DocShard = StoredDocument[];

/** The first three letters of a stem decide its shard: its continuations («ответ» → «ответствен») share it. */
export const SHARD_KEY_LENGTH = 3;

/** FNV-1a over the first letters of a stem, into `count` shards. */
export function shardOf(stem: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const ch of stem.slice(0, SHARD_KEY_LENGTH)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/**
 * Reads a stem's postings back into absolute document numbers: `[field, doc, count, documents]`, where `documents`
 * is how many documents have the stem in that field (what BM25 calls its document frequency).
 */
export function* decodePostings(postings: Postings): Generator<[field: number, doc: number, count: number, documents: number]> {
  for (const row of postings) {
    const field = row[0]!;
    const documents = (row.length - 1) / 2;
    let doc = 0;
    for (let i = 1; i + 1 < row.length; i += 2) {
      doc += row[i]!;
      yield [field, doc, row[i + 1]!, documents];
    }
  }
}
