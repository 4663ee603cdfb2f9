import {writeFileSync} from 'node:fs';
import type {ServerResponse} from 'node:http';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SearchIndexFile} from '../../src/search/types';
import {DevSearchIndex} from './dev-index';
import {siteDocuments} from './documents';

export const INDEX_FILE = 'search-index.json';

/** The part of webpack-dev-server's options this plugin sets (Docusaurus merges a plugin's `devServer` into its own). */
type Middleware = {name?: string; path?: string; middleware: unknown};
interface DevServerOptions {
  setupMiddlewares(middlewares: Middleware[]): Middleware[];
}

interface DocsContent {
  loadedVersions: {docs: {title: string; permalink: string; unlisted?: boolean; frontMatter: {sidebar_label?: string}}[]}[];
}

/**
 * Local, offline search: a navbar box (theme/SearchBar), a page at /search (theme/SearchPage) and an index of
 * sections, rows, callouts and changes written to /search-index.json after the build. The index and the engine
 * are fetched on the first interaction with search, never on page load. `npm start` serves the same index from a
 * production build made in the background (./dev-index.ts), rebuilt when docs or data change.
 */
export default function localSearchPlugin(context: LoadContext): Plugin {
  let pages: {title: string; name: string; path: string}[] = [];
  /** Only in the dev server: created when it sets up its middlewares, which a production build never does. */
  let devIndex: DevSearchIndex | undefined;
  const indexPath = `${context.baseUrl}${INDEX_FILE}`;
  return {
    name: 'local-search',
    getPathsToWatch() {
      // Rows, answers and outcomes are indexed from the data: an edit there must rebuild the dev index too.
      return [path.join(context.siteDir, 'src/data/**/*.ts')];
    },
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'development') return undefined;
      // webpack's Configuration type has no devServer field; Docusaurus merges it into its dev server's options.
      const devServerOptions: {devServer: DevServerOptions} = {
        devServer: {
          setupMiddlewares(middlewares) {
            devIndex ??= new DevSearchIndex(context.siteDir, INDEX_FILE);
            devIndex.refresh();
            const index = devIndex;
            middlewares.unshift({
              name: 'local-search-index',
              path: indexPath,
              middleware: (_request: unknown, response: ServerResponse) => {
                void index.current().then((result) => {
                  const ok = 'json' in result;
                  response.writeHead(ok ? 200 : 500, {'Content-Type': ok ? 'application/json' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'});
                  response.end(ok ? result.json : result.error);
                });
              },
            });
            return middlewares;
          },
        },
      };
      return devServerOptions as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },
    getThemePath() {
      return path.join(context.siteDir, 'plugins/local-search/theme');
    },
    async allContentLoaded({allContent, actions}) {
      const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)?.loadedVersions[0]?.docs ?? [];
      pages = docs
        .filter((d) => !d.unlisted)
        .map((d) => ({title: d.title, name: d.frontMatter.sidebar_label ?? d.title, path: d.permalink}));
      actions.setGlobalData({pages: pages.map(({title, path}) => ({title, path})), indexUrl: indexPath});
      actions.addRoute({path: `${context.baseUrl}search`, component: '@theme/SearchPage', exact: true});
      devIndex?.refresh(); // content reloaded in the dev server: docs or data changed
    },
    postBuild({outDir}) {
      const index: SearchIndexFile = {version: 1, documents: siteDocuments(outDir, pages)};
      writeFileSync(path.join(outDir, INDEX_FILE), JSON.stringify(index));
    },
  };
}
