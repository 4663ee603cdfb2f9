import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SearchIndexFile} from '../../src/search/types';
import {siteDocuments} from './documents';

export const INDEX_FILE = 'search-index.json';

interface DocsContent {
  loadedVersions: {docs: {title: string; permalink: string; unlisted?: boolean; frontMatter: {sidebar_label?: string}}[]}[];
}

/**
 * Local, offline search: a navbar box (theme/SearchBar), a page at /search (theme/SearchPage) and an index of
 * sections, rows, callouts and changes written to /search-index.json after the build. The index and the engine
 * are fetched on the first interaction with search, never on page load.
 */
export default function localSearchPlugin(context: LoadContext): Plugin {
  let pages: {title: string; name: string; path: string}[] = [];
  return {
    name: 'local-search',
    getThemePath() {
      return path.join(context.siteDir, 'plugins/local-search/theme');
    },
    async allContentLoaded({allContent, actions}) {
      const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)?.loadedVersions[0]?.docs ?? [];
      pages = docs
        .filter((d) => !d.unlisted)
        .map((d) => ({title: d.title, name: d.frontMatter.sidebar_label ?? d.title, path: d.permalink}));
      actions.setGlobalData({pages: pages.map(({title, path}) => ({title, path})), indexUrl: `${context.baseUrl}${INDEX_FILE}`});
      actions.addRoute({path: `${context.baseUrl}search`, component: '@theme/SearchPage', exact: true});
    },
    postBuild({outDir}) {
      const index: SearchIndexFile = {version: 1, documents: siteDocuments(outDir, pages)};
      writeFileSync(path.join(outDir, INDEX_FILE), JSON.stringify(index));
    },
  };
}
