import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {upgradeProblems} from './upgrade-surface';

/**
 * Leaves out of the browser bundle what this guide does not use.
 *
 * The classic theme loads Prism with ~30 grammars on every page through a client module, whether or
 * not a page has a code block (see content/stock-first-load-bytes.md). This guide has none, so
 * that module is replaced by an empty one. MDXComponents maps no code-block component either.
 *
 * The navigation progress bar is drawn by CSS instead of nprogress: see lean-client/navigation-progress.js.
 * Viewport prefetching is replaced too: see lean-client/no-viewport-prefetch.js.
 *
 * And the comparison table: the browser gets FeatureTable/TableIsland in place of FeatureTable/Table, so
 * hydration keeps the server's table HTML and the table's code and data load only when used.
 */
export default function leanClientPlugin(context: {siteDir: string}): Plugin {
  const problems = upgradeProblems();
  if (problems.length) throw new Error(`Docusaurus changed files this site patches:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const themeLib = path.dirname(require.resolve('@docusaurus/theme-classic/lib/index.js'));
  const coreClient = path.dirname(require.resolve('@docusaurus/core/lib/client/prefetch.js'));
  const replacementDir = path.join(context.siteDir, 'plugins/lean-client');
  const replacement = (file: string) => path.join(replacementDir, file);
  const alias = {
    [path.join(themeLib, 'prism-include-languages')]: replacement('empty.js'),
    [path.join(themeLib, 'nprogress')]: replacement('navigation-progress.js'),
    [path.join(coreClient, 'prefetch')]: replacement('no-viewport-prefetch.js'),
    [path.join(context.siteDir, 'src/components/FeatureTable/Table')]: path.join(context.siteDir, 'src/components/FeatureTable/TableIsland'),
  };
  return {
    name: 'lean-client',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      // Rspack's persistent cache is keyed on Docusaurus's own files and the site config only: list this plugin
      // and every file of plugins/lean-client/ too, or a change to them would not reach the next build.
      const cache = (config as {experiments?: {cache?: unknown}}).experiments?.cache;
      const ownFiles = [path.join(context.siteDir, 'plugins/lean-client.ts'), ...readdirSync(replacementDir).map(replacement)];
      return {
        resolve: {alias},
        ...(cache && typeof cache === 'object' ? {experiments: {cache: {buildDependencies: ownFiles}}} : {}),
      };
    },
  };
}
