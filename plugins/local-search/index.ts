import {mkdirSync, writeFileSync} from 'node:fs';
import type {IncomingMessage, ServerResponse} from 'node:http';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {mediaTypeFor} from '../../scripts/serve/media-types.mjs';
import {isOpenFile} from '../links/open-files';
import {listedDocs} from '../listed-docs';
import {buildSearchIndex} from './build-index';
import {DevBuild} from './dev-build';
import {siteDocuments} from './documents';
import {INDEX_FILE} from './open-index';
import {OPENSEARCH_FILE, openSearchDescription} from './opensearch';

/** The part of webpack-dev-server's options this plugin sets (Docusaurus merges a plugin's `devServer` into its own). */
type Middleware = {name?: string; path?: string; middleware: unknown};
interface DevServerOptions {
  setupMiddlewares(middlewares: Middleware[]): Middleware[];
}

/**
 * Local, offline search: a navbar box (theme/SearchBar), a page at /search (theme/SearchPage) and an index of
 * sections, rows, callouts and changes written after the build: /search-index.json and its shards under
 * /assets/search/ (./build-index.ts). The engine and the index are fetched on the first interaction with search,
 * never on page load. `npm start` serves the same index, and the files published beside the pages, from a
 * production build made in the background (./dev-build.ts), rebuilt when docs or data change.
 */
export default function localSearchPlugin(context: LoadContext): Plugin {
  let pages: {title: string; name: string; path: string}[] = [];
  /** Only in the dev server: created when it sets up its middlewares, which a production build never does. */
  let devBuild: DevBuild | undefined;
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
            devBuild ??= new DevBuild(context.siteDir, context.baseUrl);
            devBuild.refresh();
            const build = devBuild;
            middlewares.unshift({
              name: 'local-search-index',
              // The base and its shards (/assets/search/…) and the open files; anything else goes on to the dev server.
              middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => {
                const url = (request.url ?? '').split('?')[0]!;
                const openFile = url.startsWith(context.baseUrl) && isOpenFile(url.slice(context.baseUrl.length));
                if (url !== indexPath && !url.startsWith(`${context.baseUrl}assets/search/`) && !openFile) {
                  next();
                  return;
                }
                void build.current().then((result) => {
                  const body = 'files' in result ? result.files.get(url) : undefined;
                  const status = body !== undefined ? 200 : 'files' in result ? 404 : 500;
                  response.writeHead(status, {
                    'Content-Type':
                      body !== undefined ? (mediaTypeFor(url.slice(context.baseUrl.length - 1)) ?? 'application/json') : 'text/plain; charset=utf-8',
                    'Cache-Control': 'no-store',
                  });
                  response.end(body ?? ('error' in result ? result.error : `no such file in the background build: ${url}`));
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
      pages = listedDocs(allContent).map((d) => ({title: d.title, name: d.frontMatter.sidebar_label ?? d.title, path: d.permalink}));
      actions.setGlobalData({pages: pages.map(({title, path}) => ({title, path})), indexUrl: indexPath});
      actions.addRoute({path: `${context.baseUrl}search`, component: '@theme/SearchPage', exact: true});
      devBuild?.refresh(); // content reloaded in the dev server: docs or data changed
    },
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'search',
              type: 'application/opensearchdescription+xml',
              title: context.siteConfig.title,
              href: `${context.baseUrl}${OPENSEARCH_FILE}`,
            },
          },
        ],
      };
    },
    postBuild({outDir}) {
      writeFileSync(path.join(outDir, OPENSEARCH_FILE), openSearchDescription(context.siteConfig.url, context.baseUrl));
      const {base, shards} = buildSearchIndex(siteDocuments(outDir, pages), context.baseUrl);
      mkdirSync(path.join(outDir, 'assets/search'), {recursive: true});
      for (const [file, json] of shards) writeFileSync(path.join(outDir, file), json);
      writeFileSync(path.join(outDir, INDEX_FILE), JSON.stringify(base));
    },
  };
}
