/**
 * The search engine in Node, over a built site or over documents in memory: for tests, `npm run search:hits` and
 * the benchmark. The browser opens it with src/search/client.ts.
 */
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {RANKING, SiteSearch, type Ranking} from '../../src/search/engine';
import type {SearchBase} from '../../src/search/index-format';
import type {SearchDocument} from '../../src/search/types';
import {buildSearchIndex} from './build-index';

/** The file a plugin writes at the site root: the base of the index. */
export const INDEX_FILE = 'search-index.json';

/** The search of a built site (`build/`): the base from search-index.json, shards read from disk as asked for. */
export function openBuiltSearch(buildDir: string, ranking: Ranking = RANKING): SiteSearch {
  const base = JSON.parse(readFileSync(path.join(buildDir, INDEX_FILE), 'utf8')) as SearchBase;
  return new SiteSearch(base, async (url) => JSON.parse(await readFile(path.join(buildDir, url), 'utf8')), ranking);
}

/** The search over documents, indexed in memory as the build would index them. */
export function searchOver(documents: readonly SearchDocument[], ranking: Ranking = RANKING): SiteSearch {
  const {base, shards} = buildSearchIndex(documents);
  return new SiteSearch(base, async (url) => JSON.parse(shards.get(url.replace(/^\//, ''))!), ranking);
}
