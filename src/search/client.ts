/**
 * Loads the engine and the index once, on the first interaction with search. Both are separate chunks /
 * files, so nothing of search is in a page's first load.
 */
import type {SiteSearch} from './engine';
import type {SearchIndexFile} from './types';

let loading: Promise<SiteSearch> | undefined;

export function loadSearch(indexUrl: string): Promise<SiteSearch> {
  loading ??= Promise.all([import('./engine'), fetch(indexUrl)])
    .then(async ([{SiteSearch}, response]) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      const index = (await response.json()) as SearchIndexFile;
      return new SiteSearch(index.documents);
    })
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
