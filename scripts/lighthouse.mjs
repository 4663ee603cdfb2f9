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
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {tsImport} from 'tsx/esm/api';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './ensure-chromium.mjs';
import {precompress} from './serve/precompress.mjs';
import {startServer} from './serve/server.mjs';

/*
 * Each run: a fresh Debian Chromium.
 * Mobile is Lighthouse's default config (simulated throttling: slow 4G, 4× CPU slowdown, Moto G Power screen);
 * desktop is lighthouse/core/config/desktop-config.js (simulated, 10 Mbit/s, no CPU slowdown, 1350×940).
 *
 * No request leaves this machine: Chromium gets a proxy of our own on 127.0.0.1 for every host but the
 * loopback (which Chromium never proxies). The proxy answers each such request at once with 403 and
 * notes its host, so nothing waits on a network this machine does not have, and `offHost` in the result
 * lists what was refused. The page's own requests are checked separately (`offOrigin`, from the
 * network-requests audit). Lighthouse's own Node side
 * makes no request: error reporting (Sentry) is off unless `enableErrorReporting` is set, and it fetches
 * robots.txt and source maps through the page, that is through the same proxy rule.
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium, with scripts/chromium-flags.json plus --headless=new.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Figures in a result, in the order tables print them. Scores 0–100; fcp, lcp, tbt in ms; cls unitless. */
const FIGURES = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'];
const CATEGORY_KEY = {performance: 'performance', accessibility: 'accessibility', 'best-practices': 'bestPractices', seo: 'seo'};
const METRICS = {fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift'};

/**
 * A proxy that refuses everything at once and remembers which hosts were asked for. Chromium sends every
 * request for a host other than the loopback to it (CONNECT for https, a plain request for http).
 */
async function startRefusingProxy() {
  const hosts = [];
  const server = createServer((req, res) => {
    hosts.push(req.url);
    res.writeHead(403, {'Content-Type': 'text/plain', Connection: 'close'});
    res.end('no network here');
  });
  server.on('connect', (req, socket) => {
    hosts.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    hosts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Audits that keep a category below 100: weighted audits of that category whose score is below 1. */
function failingAudits(lhr) {
  const failing = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    failing[CATEGORY_KEY[id]] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
      .filter(({audit}) => audit && typeof audit.score === 'number' && audit.score < 1)
      .map(({ref, audit}) => ({
        id: ref.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        weight: ref.weight,
        ...(audit.displayValue ? {displayValue: audit.displayValue} : {}),
        ...(audit.details?.items?.length ? {items: audit.details.items.length} : {}),
      }));
  }
  return failing;
}

/** Requests of the page itself (Lighthouse's network-requests audit) to anything but the page's own origin. */
function offOriginRequests(lhr) {
  const origin = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl).origin;
  return (lhr.audits['network-requests']?.details?.items ?? [])
    .map((item) => item.url)
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
}

/** The figures of one Lighthouse result (LHR). */
function figuresOf(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: Math.round(metric(METRICS.fcp)),
    lcp: Math.round(metric(METRICS.lcp)),
    tbt: Math.round(metric(METRICS.tbt)),
    cls: Number(metric(METRICS.cls).toFixed(3)),
  };
}

/**
 * One Lighthouse run of `url` in a fresh Chromium.
 * Options: formFactor 'mobile' (default) or 'desktop'; reportBase, a path without extension: when given,
 * the HTML and JSON reports are written to `${reportBase}.report.html` and `.report.json`.
 * Returns the figures (see FIGURES) plus {formFactor, url, failing, offOrigin, offHost, erroredAudits, runWarnings,
 * benchmarkIndex}:
 * failing, per category, the weighted audits scoring below 1 ({id, title, score, weight, displayValue});
 * offOrigin, requests of the page to another origin; offHost, hosts Chromium itself tried to reach (its
 * component updater, network time, accounts: Debian's Chromium 156 calls them despite the flags above),
 * each refused at once by the local proxy.
 */
async function runLighthouse(url, {formFactor = 'mobile', reportBase} = {}) {
  const proxy = await startRefusingProxy();
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new', `--proxy-server=${proxy.url}`],
      logLevel: 'silent',
    });
    const flags = {port: chrome.port, output: reportBase ? ['html', 'json'] : 'json', logLevel: 'error', onlyCategories: CATEGORIES};
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    const {lhr} = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (reportBase) {
      mkdirSync(path.dirname(reportBase), {recursive: true});
      writeFileSync(`${reportBase}.report.html`, result.report[0]);
      writeFileSync(`${reportBase}.report.json`, result.report[1]);
    }
    return {
      formFactor,
      url,
      ...figuresOf(lhr),
      failing: failingAudits(lhr),
      offOrigin: offOriginRequests(lhr),
      // Lighthouse 12.2.3 reads traces of Chromium 156 only in part: a few diagnostics (no weight in any score)
      // fail with "Cannot read properties of undefined (reading 'frame_sequence')".
      erroredAudits: Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'error')
        .map((a) => a.id),
      offHost: [...new Set(proxy.hosts)],
      runWarnings: lhr.runWarnings ?? [],
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    };
  } finally {
    await chrome?.kill();
    await proxy.close();
  }
}

/** Share of the machine's CPU time spent busy (not idle, not waiting on I/O) over `ms`, from /proc/stat. */
async function cpuBusy(ms = 2000) {
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const numbers = fields.map(Number);
    const idle = numbers[3] + (numbers[4] ?? 0);
    return {idle, total: numbers.reduce((a, b) => a + b, 0)};
  };
  const a = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = sample();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/**
 * Waits until the machine is quiet (CPU busy below `maxBusy` over 2 s), at most `maxWaitMs`: Lighthouse's
 * simulated timings scale with the main-thread time it observes, so a run next to another build or browser
 * test reads a much higher TBT. Resolves to {busy, waitedMs, quiet}; `quiet` false when it gave up waiting.
 */
async function waitForQuietCpu({maxBusy = 0.3, maxWaitMs = 120_000, onWait} = {}) {
  const started = Date.now();
  let busy = await cpuBusy();
  let told = false;
  while (busy > maxBusy && Date.now() - started < maxWaitMs) {
    if (!told) onWait?.(busy);
    told = true;
    busy = await cpuBusy();
  }
  return {busy: Number(busy.toFixed(2)), waitedMs: Date.now() - started, quiet: busy <= maxBusy};
}

/** Ends every Chromium that runLighthouse started and that is still running (for a script's signal handler). */
const killAllChromium = async () => chromeLauncher.killAll();

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each figure over several runs of one page and form factor: {performance, …, cls, runs}. */
function medianOf(runs) {
  if (!runs.length) throw new Error('medianOf: no runs');
  const out = {runs: runs.length};
  for (const key of FIGURES) {
    const value = median(runs.map((run) => run[key]));
    out[key] = key === 'cls' ? Number(value.toFixed(3)) : Math.round(value);
  }
  return out;
}

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
const pages = values.pages
  ? values.pages
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
  : known;
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
console.log(
  `[lighthouse] ${chromium}; ${url}; ${pages.length} page(s) × ${formFactors.join('+')} × ${runs} run(s) = ${total} runs; load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);

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
          onWait: (busy) =>
            console.log(`[lighthouse] CPU ${Math.round(busy * 100)} % busy: waiting up to ${values['max-wait']} s for a quiet machine…`),
        });
        const t0 = Date.now();
        const result = await runLighthouse(`${url}${page}`, {formFactor, reportBase});
        result.offHost.forEach((h) => offHost.add(new URL(h).host));
        result.erroredAudits.forEach((id) => errored.add(id));
        pageRuns.push({
          ...result,
          cpuBusyBefore: quiet.busy,
          url: page,
          report: path.relative(ROOT, `${reportBase}.report.html`),
          seconds: (Date.now() - t0) / 1000,
        });
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
const rows = results.map(({page, formFactor, median: m}) => [
  page,
  formFactor,
  m.performance,
  m.accessibility,
  m.bestPractices,
  m.seo,
  m.fcp,
  m.lcp,
  m.tbt,
  m.cls,
]);
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const seconds = (Date.now() - started) / 1000;
console.log(
  `\nLighthouse 12.2.3, median of ${runs} run(s) per page and form factor (${chromium}; load average ${loadBefore[0].toFixed(2)} → ${loadAfter[0].toFixed(2)} on ${os.cpus().length} cores):\n`,
);
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
