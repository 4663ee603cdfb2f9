#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12.2.3 on every page of the built site, mobile and desktop, 3 runs each,
 * in Debian's Chromium, against the project's own server (scripts/serve/server.mjs: precompressed Brotli/gzip,
 * cache headers), from a copy of the build taken at the start (.tmp/lighthouse/site/). Prints the median of each figure per page and form factor, writes .tmp/lighthouse/summary.json
 * and every run's report (.tmp/lighthouse/<page>-<form factor>-<run>.report.html and .json), and exits 1 naming
 * page, form factor, category and figure when a median misses a target:
 *   Accessibility, Best Practices, SEO: 100; Performance: ≥ 98; mobile LCP of `/`: ≤ 1300 ms;
 *   and no request of a page to another origin.
 * Options: --pages /,/whatsapp   only these pages (default: every page of tests/e2e/site.ts)
 *          --runs 1              runs per page and form factor (default 3)
 *          --form-factors mobile only mobile or desktop (default both)
 *          --dir build           the built site (default build/, made by `npm run build`)
 *          --max-wait 120        seconds to wait before each run for a quiet CPU (0: do not wait)
 * Lighthouse's timings come from a simulation (Lantern) fed by the real trace, so a busy machine (another
 * build, a browser test) raises TBT and LCP: before each run the script waits (up to --max-wait) until the CPU
 * is less than 30 % busy, and stores how busy it was with each run.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {tsImport} from 'tsx/esm/api';
import {CHROMIUM_PATH} from './ensure-chromium.mjs';
import {killAllChromium, medianOf, runLighthouse, waitForQuietCpu} from './measure/lighthouse.mjs';
import {precompress} from './serve/precompress.mjs';
import {startServer} from './serve/server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.tmp/lighthouse');
const FORM_FACTORS = ['mobile', 'desktop'];
const TARGETS = {accessibility: 100, bestPractices: 100, seo: 100, performance: 98};
const CATEGORY_NAMES = {performance: 'Performance', accessibility: 'Accessibility', bestPractices: 'Best Practices', seo: 'SEO'};
const HOME_MOBILE_LCP_MS = 1300;

const {values} = parseArgs({
  options: {
    pages: {type: 'string'},
    runs: {type: 'string', default: '3'},
    'form-factors': {type: 'string', default: FORM_FACTORS.join(',')},
    dir: {type: 'string', default: 'build'},
    'max-wait': {type: 'string', default: '120'},
  },
});

const started = Date.now();
const buildDir = path.resolve(ROOT, values.dir);
if (!existsSync(path.join(buildDir, 'index.html'))) {
  console.error(`No built site in ${path.relative(ROOT, buildDir) || '.'}/ (index.html is missing). Run \`npm run build\` first.`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number ≥ 1 (got ${values.runs})`);
  process.exit(2);
}
const formFactors = values['form-factors'].split(',').map((f) => f.trim());
if (formFactors.some((f) => !FORM_FACTORS.includes(f))) {
  console.error(`--form-factors takes ${FORM_FACTORS.join(' and/or ')} (got ${values['form-factors']})`);
  process.exit(2);
}
const {PAGES} = await tsImport('../tests/e2e/site.ts', import.meta.url);
const known = PAGES.map((p) => p.path);
const pages = values.pages ? values.pages.split(',').map((p) => p.trim()).filter(Boolean) : known;
const unknown = pages.filter((p) => !known.includes(p));
if (unknown.length) {
  console.error(`Unknown page(s): ${unknown.join(', ')}. Pages: ${known.join(', ')}`);
  process.exit(2);
}

if (!existsSync(path.join(buildDir, 'index.html.gz'))) {
  console.log(`[lighthouse] ${values.dir}/ has no .gz files: precompressing (${precompress(buildDir)} files)`);
}

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
// A snapshot of the build is served, so that a `npm run build` started meanwhile (the work tree is shared)
// cannot swap files under the server in the middle of the runs.
const served = path.join(OUT, 'site');
cpSync(buildDir, served, {recursive: true});
const {server, url} = await startServer({dir: served, port: 0});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[lighthouse] ${signal}: stopping`);
    server.close();
    killAllChromium().finally(() => process.exit(130));
  });
}
const chromium = execFileSync(CHROMIUM_PATH, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
const loadBefore = os.loadavg();
const slug = (page) => (page === '/' ? 'index' : page.replace(/^\//, '').replace(/\//g, '_'));
const total = pages.length * formFactors.length * runs;
console.log(`[lighthouse] ${chromium}; ${url}; ${pages.length} page(s) × ${formFactors.join('+')} × ${runs} run(s) = ${total} runs; load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

const results = [];
const offHost = new Set();
const errored = new Set();
let done = 0;
try {
  for (const page of pages) {
    for (const formFactor of formFactors) {
      const pageRuns = [];
      for (let run = 1; run <= runs; run++) {
        const reportBase = path.join(OUT, `${slug(page)}-${formFactor}-${run}`);
        const quiet = await waitForQuietCpu({
          maxWaitMs: Number(values['max-wait']) * 1000,
          onWait: (busy) => console.log(`[lighthouse] CPU ${Math.round(busy * 100)} % busy: waiting up to ${values['max-wait']} s for a quiet machine…`),
        });
        const t0 = Date.now();
        const {lhr: _report, ...result} = await runLighthouse(`${url}${page}`, {formFactor, reportBase});
        result.offHost.forEach((h) => offHost.add(new URL(h).host));
        result.erroredAudits.forEach((id) => errored.add(id));
        pageRuns.push({...result, cpuBusyBefore: quiet.busy, url: page, report: path.relative(ROOT, `${reportBase}.report.html`), seconds: (Date.now() - t0) / 1000});
        done += 1;
        console.log(
          `[lighthouse] ${done}/${total} ${page} ${formFactor} #${run}: perf ${result.performance}, a11y ${result.accessibility}, ` +
            `bp ${result.bestPractices}, seo ${result.seo}, FCP ${result.fcp} ms, LCP ${result.lcp} ms, TBT ${result.tbt} ms, CLS ${result.cls} ` +
            `(${((Date.now() - t0) / 1000).toFixed(1)} s; CPU ${Math.round(quiet.busy * 100)} % busy before${quiet.quiet ? '' : ', gave up waiting'})`,
        );
      }
      results.push({page, formFactor, median: medianOf(pageRuns), runs: pageRuns});
    }
  }
} finally {
  server.close();
}
const loadAfter = os.loadavg();

// ---------------------------------------------------------------------------------------------------------------
// Targets.

/** Audits below 1 in a category, over the runs: «id (displayValue) in k/n runs». */
function auditsBelowOne(entry, category) {
  const seen = new Map();
  for (const run of entry.runs) {
    for (const audit of run.failing[category] ?? []) {
      const item = seen.get(audit.id) ?? {id: audit.id, values: [], count: 0};
      item.count += 1;
      if (audit.displayValue) item.values.push(audit.displayValue);
      seen.set(audit.id, item);
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count)
    .map((a) => `${a.id}${a.values.length ? ` (${[...new Set(a.values)].join(', ')})` : ''} in ${a.count}/${entry.runs.length} runs`);
}

const failures = [];
for (const entry of results) {
  const where = `${entry.page} ${entry.formFactor}`;
  const medianNote = `(median of ${entry.runs.length})`;
  for (const [category, target] of Object.entries(TARGETS)) {
    const value = entry.median[category];
    if (!(value >= target)) {
      const audits = auditsBelowOne(entry, category);
      failures.push(
        `${where}: ${CATEGORY_NAMES[category]} ${value} < ${target} ${medianNote}` + (audits.length ? `; audits below 1: ${audits.join('; ')}` : ''),
      );
    }
  }
  if (entry.page === '/' && entry.formFactor === 'mobile' && !(entry.median.lcp <= HOME_MOBILE_LCP_MS)) {
    failures.push(`${where}: Performance LCP ${entry.median.lcp} ms > ${HOME_MOBILE_LCP_MS} ms ${medianNote}`);
  }
  const offOrigin = [...new Set(entry.runs.flatMap((r) => r.offOrigin))];
  if (offOrigin.length) failures.push(`${where}: the page requested another origin: ${offOrigin.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Report.

const header = ['page', 'form factor', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'];
const rows = results.map(({page, formFactor, median: m}) => [page, formFactor, m.performance, m.accessibility, m.bestPractices, m.seo, m.fcp, m.lcp, m.tbt, m.cls]);
const table = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const seconds = (Date.now() - started) / 1000;
console.log(`\nLighthouse 12.2.3, median of ${runs} run(s) per page and form factor (${chromium}; load average ${loadBefore[0].toFixed(2)} → ${loadAfter[0].toFixed(2)} on ${os.cpus().length} cores):\n`);
console.log(table);
if (errored.size) {
  console.log(
    `\nAudits that Lighthouse 12.2.3 could not compute on this Chromium (diagnostics without weight; scores unaffected): ${[...errored].join(', ')}`,
  );
}
if (offHost.size) console.log(`\nChromium's own background requests, refused by the local proxy (not the page's): ${[...offHost].join(', ')}`);

const summary = {
  date: new Date().toISOString(),
  lighthouse: '12.2.3',
  chromium,
  node: process.version,
  cores: os.cpus().length,
  loadAverage: {before: loadBefore, after: loadAfter},
  dir: path.relative(ROOT, buildDir),
  runsPerPage: runs,
  seconds,
  targets: {...TARGETS, homeMobileLcpMs: HOME_MOBILE_LCP_MS},
  chromiumBackgroundHostsRefused: [...offHost],
  erroredAudits: [...errored],
  results,
  failures,
};
writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nReports and summary.json in ${path.relative(ROOT, OUT)}/ (${seconds.toFixed(0)} s in all)`);

if (failures.length) {
  console.error(`\n${failures.length} target(s) missed:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log('All targets met.');
