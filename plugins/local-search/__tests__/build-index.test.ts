import {describe, expect, it} from 'vitest';
import {indexTerm, SiteSearch} from '../../../src/search/engine';
import {decodePostings, shardOf, type TermShard} from '../../../src/search/index-format';
import {words} from '../../../src/search/text';
import type {SearchDocument} from '../../../src/search/types';
import {buildSearchIndex, DOCS_PER_SHARD} from '../build-index';

/** Enough made-up documents for several shards of each kind. */
const WORDS = ['каталог', 'ярлык', 'шаблон', 'рассылка', 'оператор', 'интеграция', 'цена', 'лимит', 'номер', 'клиент', 'ответ', 'окно'];
const documents: SearchDocument[] = Array.from({length: 400}, (_, i) => ({
  id: `/p${Math.floor(i / 10)}#s${i}`,
  url: `/p${Math.floor(i / 10)}#s${i}`,
  kind: 'section',
  page: `Страница ${Math.floor(i / 10)}`,
  title: `${WORDS[i % WORDS.length]} ${i}`,
  text: Array.from({length: 120}, (_, k) => `${WORDS[(i * 7 + k * 3) % WORDS.length]}${k % 5 === 0 ? `слово${(i * k) % 997}` : ''}`).join(' '),
}));
const {base, shards} = buildSearchIndex(documents);
const read = (url: string) => JSON.parse(shards.get(url.replace(/^\//, ''))!) as unknown;

describe('buildSearchIndex', () => {
  it('splits the index into several term and document shards, named by content', () => {
    expect(base.termShards.length).toBeGreaterThan(2);
    expect(base.docShards).toHaveLength(Math.ceil(documents.length / DOCS_PER_SHARD));
    for (const url of [...base.termShards, ...base.docShards]) expect(url).toMatch(/^\/assets\/search\/(terms|docs)-\d+\.[0-9a-f]{10}\.json$/);
  });

  it('puts every stem in the shard its first letters name, with the counts of every document and field', () => {
    const stem = indexTerm('каталог')!;
    const shard = read(base.termShards[shardOf(stem, base.termShards.length)]!) as TermShard;
    const counted = new Map<number, number>();
    for (const [field, doc, count] of decodePostings(shard[stem]!)) if (field === 3) counted.set(doc, count);
    const expected = documents.map((d) => words(d.text).filter((w) => indexTerm(w) === stem).length);
    expect(documents.map((_, i) => counted.get(i) ?? 0)).toEqual(expected);
    for (const url of base.termShards) {
      const i = base.termShards.indexOf(url);
      for (const s of Object.keys(read(url) as TermShard)) expect(shardOf(s, base.termShards.length), s).toBe(i);
    }
  });
});

describe('SiteSearch over shards', () => {
  it('fetches the shards of the query words and of the results it shows, not the whole index', async () => {
    const fetched: string[] = [];
    const search = new SiteSearch(base, async (url) => {
      fetched.push(url);
      return read(url);
    });
    const hits = await search.search('каталог ', 5);
    expect(hits).toHaveLength(5);
    const termFiles = fetched.filter((u) => u.includes('/terms-'));
    expect(termFiles).toEqual([base.termShards[shardOf(indexTerm('каталог')!, base.termShards.length)]]);
    expect(fetched.filter((u) => u.includes('/docs-')).length).toBeLessThanOrEqual(5);
    expect(fetched.length).toBeLessThan(base.termShards.length + base.docShards.length);
    await search.search('каталог ', 5);
    expect(fetched.length, 'a shard is fetched once').toBe(termFiles.length + fetched.filter((u) => u.includes('/docs-')).length);
  });

  it('reports a failed fetch, and fetches the file again on the next query', async () => {
    let failing = true;
    const search = new SiteSearch(base, async (url) => {
      if (failing) throw new Error(`offline: ${url}`);
      return read(url);
    });
    await expect(search.search('ярлык ')).rejects.toThrow('offline');
    failing = false;
    expect((await search.search('ярлык ')).length).toBeGreaterThan(0);
  });
});
