/**
 * Which search the site is built with. Algolia DocSearch is the hosted engine for when the site outgrows local
 * search: set all three variables at build time to switch. With any of them missing, local search is used.
 */
export interface AlgoliaConfig {
  appId: string;
  apiKey: string;
  indexName: string;
  contextualSearch: boolean;
}

export function algoliaFromEnv(env: NodeJS.ProcessEnv): AlgoliaConfig | undefined {
  const appId = env.ALGOLIA_APP_ID?.trim();
  const apiKey = env.ALGOLIA_SEARCH_KEY?.trim();
  const indexName = env.ALGOLIA_INDEX_NAME?.trim();
  if (!appId || !apiKey || !indexName) return undefined;
  return {appId, apiKey, indexName, contextualSearch: false};
}
