/**
 * Which search the site is built with: Algolia DocSearch when all three variables are set, local search otherwise.
 * Loads the real docusaurus.config.ts (no build, no network).
 */
import type {Config} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {algoliaFromEnv} from '../../plugins/search-choice';

const LOCAL_SEARCH = './plugins/local-search/index.ts';
const FULL = {ALGOLIA_APP_ID: 'APP123', ALGOLIA_SEARCH_KEY: 'search-only-key', ALGOLIA_INDEX_NAME: 'whatsapp-guide'} as const;
type Key = keyof typeof FULL;
const KEYS = Object.keys(FULL) as Key[];

describe('algoliaFromEnv', () => {
  it('is undefined with none of the variables', () => {
    expect(algoliaFromEnv({})).toBeUndefined();
  });

  it.each(KEYS)('is undefined when %s is missing, empty or blank', (key) => {
    const without = {...FULL} as Partial<Record<Key, string>>;
    delete without[key];
    expect(algoliaFromEnv(without)).toBeUndefined();
    for (const blank of ['', ' ', '\t\n ']) expect(algoliaFromEnv({...FULL, [key]: blank}), JSON.stringify(blank)).toBeUndefined();
  });

  it('is undefined with only one of the variables', () => {
    for (const key of KEYS) expect(algoliaFromEnv({[key]: FULL[key]})).toBeUndefined();
  });

  it('returns the trimmed values when all three are set', () => {
    expect(algoliaFromEnv(FULL)).toEqual({appId: 'APP123', apiKey: 'search-only-key', indexName: 'whatsapp-guide', contextualSearch: false});
    expect(algoliaFromEnv({ALGOLIA_APP_ID: ' APP123 ', ALGOLIA_SEARCH_KEY: '\tsearch-only-key\n', ALGOLIA_INDEX_NAME: ' whatsapp-guide'})).toEqual(
      algoliaFromEnv(FULL),
    );
  });

  it('ignores unrelated variables', () => {
    expect(algoliaFromEnv({ALGOLIA_API_KEY: 'admin', ALGOLIA_INDEX: 'x', SITE_URL: 'https://example.org'})).toBeUndefined();
  });
});

describe('docusaurus.config.ts', () => {
  async function loadConfig(env: Partial<Record<Key, string>>): Promise<Config> {
    vi.resetModules();
    // `undefined` removes the variable, so «without» really means unset (and a set CI variable cannot leak in).
    for (const key of KEYS) vi.stubEnv(key, env[key]);
    const module = (await import('../../docusaurus.config')) as {default: Config};
    return module.default;
  }

  const pluginNames = (config: Config) => (config.plugins ?? []).map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin));
  const algoliaOf = (config: Config) => (config.themeConfig as {algolia?: unknown} | undefined)?.algolia;

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses local search without the Algolia variables', async () => {
    const config = await loadConfig({});
    for (const key of KEYS) expect(process.env[key]).toBeUndefined();
    expect(algoliaOf(config)).toBeUndefined();
    expect(pluginNames(config)).toContain(LOCAL_SEARCH);
  });

  it('uses local search when one variable is blank', async () => {
    const config = await loadConfig({...FULL, ALGOLIA_INDEX_NAME: '  '});
    expect(algoliaOf(config)).toBeUndefined();
    expect(pluginNames(config)).toContain(LOCAL_SEARCH);
  });

  it('uses Algolia DocSearch, and no local search, with all three variables', async () => {
    const config = await loadConfig(FULL);
    expect(algoliaOf(config)).toMatchObject({appId: 'APP123', apiKey: 'search-only-key', indexName: 'whatsapp-guide'});
    expect(pluginNames(config)).not.toContain(LOCAL_SEARCH);
    // The other plugins stay.
    expect(pluginNames(config)).toContain('./plugins/short-links.ts');
  });

  it('reads the variables when the config is loaded, not once per process', async () => {
    expect(algoliaOf(await loadConfig(FULL))).toBeDefined();
    expect(algoliaOf(await loadConfig({}))).toBeUndefined();
  });

  it('keeps a search item in the navbar either way (the theme fills it)', async () => {
    for (const env of [{}, FULL]) {
      const config = await loadConfig(env);
      const items = (config.themeConfig as {navbar: {items: {type?: string}[]}}).navbar.items;
      expect(items.some((item) => item.type === 'search')).toBe(true);
    }
  });
});
