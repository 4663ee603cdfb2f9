/**
 * `npm run measure:patches`: what each patch of Docusaurus listed in UPGRADING.md saves. For each one, a copy of
 * the site is built with that patch undone, and the first load of `/` (what Chromium fetches at 1280 px before the
 * network is quiet, over gzip, as `npm run size` measures it) is compared with a copy that has every patch.
 * Prints a markdown table; takes a few minutes.
 */
import {rmSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {SiteCopy} from '../plugins/site-copy';
import {CHROMIUM_LAUNCH} from './ensure-chromium.mjs';
import {measureFirstLoad} from './measure/first-load.mjs';
import {VIEWPORTS} from './measure/viewports.mjs';
import {precompress} from './serve/precompress.mjs';
import {startNginx} from './nginx/serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Variant {
  entry: string;
  undo(site: SiteCopy): void;
}

const dropAlias = (key: RegExp) => (site: SiteCopy) => site.edit('plugins/lean-client.ts', key, '');

const VARIANTS: Variant[] = [
  {entry: 'Prism languages', undo: dropAlias(/\n.*'prism-include-languages'.*/)},
  {entry: 'Navigation progress bar', undo: dropAlias(/\n.*'nprogress'.*/)},
  {entry: 'No viewport prefetch', undo: dropAlias(/\n.*'prefetch'\)\]: .*/)},
  {entry: 'DocItem/Layout', undo: (site) => rmSync(path.join(site.dir, 'src/theme/DocItem/Layout'), {recursive: true})},
  {entry: 'Comparison table island', undo: dropAlias(/\n.*FeatureTable\/Table'\)\]: .*/)},
  {
    entry: 'MDXComponents',
    // Extending the theme's map instead of leaving out its code block, Mermaid, Admonition and Details.
    undo: (site) =>
      site.edit(
        'src/theme/MDXComponents.tsx',
        /export default \{\n {2}Head,/,
        "import Original from '@theme-original/MDXComponents';\n\nexport default {\n  ...Original,\n  Head,",
      ),
  },
];

interface FirstLoad {
  total: number;
  js: number;
}

async function measure(undo?: Variant['undo']): Promise<FirstLoad> {
  const site = new SiteCopy(ROOT, 'measure-patches-');
  try {
    undo?.(site);
    const {code, output} = await site.build();
    if (code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
    const dir = path.join(site.dir, 'build');
    precompress(dir);
    const {url, stop} = await startNginx({dir});
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const {total, js} = await measureFirstLoad(browser, `${url}/`, {...VIEWPORTS.desktop, extraHTTPHeaders: {'Accept-Encoding': 'gzip'}});
      return {total, js};
    } finally {
      await browser.close();
      await stop();
    }
  } finally {
    site.remove();
  }
}

async function main(): Promise<void> {
  const base = await measure();
  const rows = [
    '| patch (UPGRADING.md) | first load of / without it: total / JS, gzip | saved by it: total / JS |',
    '|---|--:|--:|',
    `| (all in place) | ${base.total} / ${base.js} B | |`,
  ];
  for (const variant of VARIANTS) {
    const without = await measure(variant.undo);
    rows.push(`| ${variant.entry} | ${without.total} / ${without.js} B | ${without.total - base.total} / ${without.js - base.js} B |`);
    process.stderr.write(`[measure:patches] ${variant.entry}: ${without.total - base.total} B\n`);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
