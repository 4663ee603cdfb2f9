#!/usr/bin/env node
/**
 * `npm run size`: the first load of every page at 1280 px and 360 px, over gzip, against budgets.json.
 * Builds nothing: run `npm run build` first. Prints one row per page and viewport; exits 1 if over budget.
 */
import {chromium} from '@playwright/test';
import {CHROMIUM_LAUNCH} from './ensure-chromium.mjs';
import {budgetProblems, readBudgets} from './measure/budget.mjs';
import {measureFirstLoad} from './measure/first-load.mjs';
import {startNginx} from './nginx/serve.mjs';
import {VIEWPORTS} from './measure/viewports.mjs';

const budgets = readBudgets();
const {url, stop} = await startNginx({dir: 'build'});
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const problems = [];
console.log('| page | viewport | total | JS | CSS | HTML | other | requests |');
console.log('|---|---|--:|--:|--:|--:|--:|--:|');
for (const path of Object.keys(budgets.pages)) {
  for (const [name, options] of Object.entries(VIEWPORTS)) {
    const m = await measureFirstLoad(browser, url + path, {...options, extraHTTPHeaders: {'Accept-Encoding': 'gzip'}});
    console.log(`| ${path} | ${name} | ${m.total} | ${m.js} | ${m.css} | ${m.html} | ${m.other} | ${m.requests} |`);
    problems.push(...budgetProblems(path, m, budgets, name));
  }
}
await browser.close();
await stop();
if (problems.length) {
  console.error(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
