/**
 * Loads the engine and the base of the index once, on the first interaction with search. Both are separate
 * chunks / files, so nothing of search is in a page's first load; the engine fetches index shards as queries
 * need them.
 */
import type {SiteSearch} from './engine';
import type {SearchBase} from './index-format';

let loading: Promise<SiteSearch> | undefined;

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search index: HTTP ${response.status} for ${url}`);
  return response.json();
}

export function loadSearch(indexUrl: string): Promise<SiteSearch> {
  loading ??= Promise.all([import('./engine'), json(indexUrl)])
    .then(([{SiteSearch}, base]) => new SiteSearch(base as SearchBase, json))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export interface LocalSearchData {
  pages: {title: string; path: string}[];
  indexUrl: string;
}

export function searchPageUrl(query: string): string {
  const q = query.trim();
  return q ? `/search?q=${encodeURIComponent(q)}` : '/search';
}
