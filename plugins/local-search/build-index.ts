/**
 * Turns the search documents into the files of src/search/index-format.ts: the base and the shards, named by
 * content hash. Runs at build time (and in tests), never in the browser.
 */
import {createHash} from 'node:crypto';
import {
  FIELDS,
  INDEX_VERSION,
  KINDS,
  productOf,
  shardOf,
  type DocShard,
  type DocumentMeta,
  type Postings,
  type SearchBase,
  type TermShard,
} from '../../src/search/index-format';
import {indexTerm} from '../../src/search/engine';
import {readerTerms} from '../../src/search/normalize';
import {words} from '../../src/search/text';
import type {SearchDocument} from '../../src/search/types';
import {snippetText} from './documents';

/** Shards of about this many bytes of JSON: a few tens of kilobytes gzip each at 1,000 pages. */
const TERM_SHARD_BYTES = 48_000;
/** Documents per document shard: the results on screen usually come from a few neighbouring runs. */
export const DOCS_PER_SHARD = 20;

export interface SearchIndexFiles {
  base: SearchBase;
  /** Shard files by their path under the site root, without the leading slash: `assets/search/terms-0.1a2b3c4d5e.json`. */
  shards: Map<string, string>;
}

const hashOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

export function buildSearchIndex(documents: readonly SearchDocument[], baseUrl = '/'): SearchIndexFiles {
  /** stem → field → [doc, count] in document order */
  const postings = new Map<string, Map<number, [number, number][]>>();
  const average = FIELDS.map(() => 0);
  const meta: DocumentMeta[] = [];
  documents.forEach((doc, index) => {
    const lengths = FIELDS.map(() => 0);
    FIELDS.forEach((field, fieldId) => {
      const value = doc[field];
      if (value == null) return;
      const tokens = words(value);
      lengths[fieldId] = new Set(tokens).size;
      // The running average BM25 uses: each field counts the documents before it, whether they had the field or not.
      average[fieldId] = (average[fieldId]! * index + lengths[fieldId]!) / (index + 1);
      const counts = new Map<string, number>();
      // Reader questions are in readers' words: read through the vocabulary, as a query is.
      const terms = field === 'questions' ? readerTerms(value) : tokens.map(indexTerm);
      for (const term of terms) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = new Map()));
        let list = byField.get(fieldId);
        if (!list) byField.set(fieldId, (list = []));
        list.push([index, count]);
      }
    });
    meta.push([KINDS.indexOf(doc.kind), lengths, [], [], productOf(doc.home ?? doc.url), []]);
  });

  const stems = [...postings.keys()].sort();
  const stemIndex = new Map(stems.map((stem, i) => [stem, i]));
  /** The distinct index ids of terms (a stop word's null and an unindexed term dropped). */
  const idsOf = (terms: readonly (string | null)[]) =>
    [...new Set(terms)].flatMap((term) => (term && stemIndex.has(term) ? [stemIndex.get(term)!] : []));
  const stemsOf = (text: string | undefined) => idsOf(words(text ?? '').map(indexTerm));
  documents.forEach((doc, index) => {
    meta[index]![2] = stemsOf(doc.title);
    meta[index]![3] = stemsOf(doc.name);
    meta[index]![5] = (doc.questions ?? '')
      .split('. ')
      .filter(Boolean)
      .map((question) => idsOf(readerTerms(question)));
  });

  const encoded = new Map<string, Postings>();
  let totalBytes = 0;
  for (const stem of stems) {
    const fields: Postings = [...postings.get(stem)!].map(([field, list]) => {
      let previous = 0;
      const row = [field];
      for (const [doc, count] of list) {
        row.push(doc - previous, count);
        previous = doc;
      }
      return row;
    });
    encoded.set(stem, fields);
    totalBytes += stem.length + JSON.stringify(fields).length + 4;
  }

  const shards = new Map<string, string>();
  const write = (kind: string, index: number, content: unknown) => {
    const json = JSON.stringify(content);
    const file = `assets/search/${kind}-${index}.${hashOf(json)}.json`;
    shards.set(file, json);
    return `${baseUrl}${file}`;
  };

  const termShardCount = Math.max(1, Math.round(totalBytes / TERM_SHARD_BYTES));
  const termShards: TermShard[] = Array.from({length: termShardCount}, () => ({}));
  for (const [stem, fields] of encoded) termShards[shardOf(stem, termShardCount)]![stem] = fields;

  const docShards: DocShard[] = [];
  documents.forEach((doc, index) => {
    const shard = Math.floor(index / DOCS_PER_SHARD);
    (docShards[shard] ??= []).push([doc.url, KINDS.indexOf(doc.kind), doc.page, doc.section ?? '', doc.title, snippetText(doc.text)]);
  });

  const base: SearchBase = {
    version: INDEX_VERSION,
    documentCount: documents.length,
    averageFieldLength: average,
    stems,
    documents: meta,
    termShards: termShards.map((shard, i) => write('terms', i, shard)),
    docShards: docShards.map((shard, i) => write('docs', i, shard)),
    docsPerShard: DOCS_PER_SHARD,
  };
  return {base, shards};
}
