/**
 * What the Markdown twins cost each build: the time plugins/open-data/markdown.ts takes for every page of build/,
 * in a fresh process (the first pass, as a build pays it) and again warm. Usage, after `npm run build`:
 *   npm run measure:markdown
 */
import {readFileSync, readdirSync} from 'node:fs';
import {pageMarkdown} from '../plugins/open-data/markdown';

const pages = readdirSync('build')
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({name, html: readFileSync(`build/${name}`, 'utf8')}))
  .filter(({html}) => html.includes('theme-doc-markdown'));

function pass(): number {
  const started = performance.now();
  for (const {name, html} of pages) pageMarkdown({html, url: `https://site.invalid/${name.replace(/\.html$/, '')}`});
  return performance.now() - started;
}

const cold = pass();
const warm = pass();
console.log(`${pages.length} pages as Markdown: ${cold.toFixed(0)} ms the first time (as a build pays it), ${warm.toFixed(0)} ms warm`);
