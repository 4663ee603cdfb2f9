/**
 * `npm run measure:patches`: what each patch of Docusaurus listed in UPGRADING.md saves. For each one, a copy of
 * the site is built with that patch undone, and the JavaScript every page loads first (the entry scripts of `/`,
 * gzip -9) is compared with an unpatched-nothing copy. Prints a markdown table; takes a few minutes.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {SiteCopy} from '../plugins/site-copy';

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
];

/** gzip -9 bytes of the scripts `/` loads first: the entry chunks its HTML names. */
function entryScriptBytes(buildDir: string): number {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/"(\/assets\/js\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(scripts)].reduce((sum, src) => sum + gzipSync(readFileSync(path.join(buildDir, src)), {level: 9}).length, 0);
}

async function measure(undo?: Variant['undo']): Promise<number> {
  const site = new SiteCopy(ROOT, 'measure-patches-');
  try {
    undo?.(site);
    const {code, output} = await site.build();
    if (code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
    return entryScriptBytes(path.join(site.dir, 'build'));
  } finally {
    site.remove();
  }
}

async function main(): Promise<void> {
  const base = await measure();
  const rows = [`| patch (UPGRADING.md) | entry JS of / without it, gzip | saved by it |`, '|---|--:|--:|', `| (all in place) | ${base} B | |`];
  for (const variant of VARIANTS) {
    const without = await measure(variant.undo);
    rows.push(`| ${variant.entry} | ${without} B | ${without - base} B |`);
    process.stderr.write(`[measure:patches] ${variant.entry}: ${without - base} B\n`);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
