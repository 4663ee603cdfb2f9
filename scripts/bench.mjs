#!/usr/bin/env node
/**
 * `npm run bench` (not part of `npm test`): this site against a stock Docusaurus site, and this site at scale.
 * Everything happens in one temporary folder under os.tmpdir(), removed at the end (--keep leaves it).
 *   a) the stock site: create-docusaurus@3.10.2's classic template, Russian, blog off, docs at '/', the original
 *      GitBook page (content/original-page.txt) as its only doc and home page, local search
 *      (@easyops-cn/docusaurus-search-local), future.faster; npm install with exact versions;
 *   b) this site: the tracked files at HEAD (git archive), node_modules symlinked;
 *   both built cold (no persistent bundler cache) and timed (one build each), precompressed (precompress.mjs:
 *   gzip 9, Brotli 11) and served by scripts/serve/server.mjs; for `/` of each: first-load bytes over gzip
 *   (scripts/measure/first-load.mjs) and Lighthouse mobile (scripts/measure/lighthouse.mjs), median of 3 runs,
 *   the two sites' runs alternating;
 *   c) scale: the copy of this site with 10, 100 and 1,000 synthetic Russian pages (scripts/bench/synthetic-pages.mjs)
 *      in docs/synthetic/, each built cold: build time, build folder size, search-index.json raw and gzip.
 * Prints the tables and writes BENCHMARKS.md; the raw figures go to .tmp/bench/results.json.
 * Options: --keep (leave the temporary folder), --runs N (Lighthouse runs per site, default 3),
 *          --scale 10,100,1000 (synthetic page counts; --scale none skips c), --no-write (do not write BENCHMARKS.md),
 *          --max-wait 120 (seconds to wait, before each build and Lighthouse run, for the CPU to be under 30 % busy:
 *          the machine is shared, and timings next to another build mean little; 0: do not wait),
 *          --report-only (measure nothing: write BENCHMARKS.md again from the last .tmp/bench/results.json).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {copyThisSite, folderSize, gzipBytes, timedBuild} from './bench/build.mjs';
import {createStockSite, DOCUSAURUS, installStockSite, SEARCH_LOCAL} from './bench/stock-site.mjs';
import {siteSentences, syntheticPages, writeSyntheticPages} from './bench/synthetic-pages.mjs';
import {CHROMIUM_LAUNCH, CHROMIUM_PATH} from './ensure-chromium.mjs';
import {measureFirstLoad} from './measure/first-load.mjs';
import {killAllChromium, medianOf, runLighthouse, waitForQuietCpu} from './measure/lighthouse.mjs';
import {precompress} from './serve/precompress.mjs';
import {startServer} from './serve/server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const COMMAND = 'npm run bench';
const SYNTHETIC_FOLDER = 'synthetic';
/** A colleague's figure for the stock setup (content/stock-first-load-bytes.md), measured before first-load.mjs
 * left out second uses of a file from the browser's cache, with a server that made them real requests. */
const REFERENCE_STOCK = {total: 237_817, requests: 20, js: 196_169, css: 16_048, html: 6_947};
const RESULTS_FILE = path.join(ROOT, '.tmp/bench/results.json');

const {values} = parseArgs({
  options: {
    keep: {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    scale: {type: 'string', default: '10,100,1000'},
    'no-write': {type: 'boolean', default: false},
    'max-wait': {type: 'string', default: '120'},
    'report-only': {type: 'boolean', default: false},
  },
});
const RUNS = Number(values.runs);
const SCALE = values.scale === 'none' ? [] : values.scale.split(',').map(Number);
if (!Number.isInteger(RUNS) || RUNS < 1 || SCALE.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: node scripts/bench.mjs [--keep] [--runs N] [--scale 10,100,1000|none] [--no-write]');
  process.exit(2);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);
/** Waits for a quiet CPU before a timed step; returns how busy it was (0–1) when the step starts. */
async function quiet(step) {
  const result = await waitForQuietCpu({
    maxWaitMs: Number(values['max-wait']) * 1000,
    onWait: (busy) => log(`CPU ${Math.round(busy * 100)} % busy before ${step}: waiting up to ${values['max-wait']} s…`),
  });
  if (!result.quiet) log(`still ${Math.round(result.busy * 100)} % busy after ${values['max-wait']} s: ${step} runs anyway`);
  return result.busy;
}

// ---------------------------------------------------------------------------------------------------------------
// Temporary folder, servers, browser: always cleaned up (unless --keep), also on failure or Ctrl+C.

let tmp;
const state = {servers: [], browser: undefined};
function removeTmp() {
  if (values.keep || !tmp) return;
  rmSync(tmp, {recursive: true, force: true});
}
async function cleanup() {
  for (const server of state.servers.splice(0)) server.close();
  await killAllChromium().catch(() => {});
  await state.browser?.close().catch(() => {});
  state.browser = undefined;
}
process.on('exit', removeTmp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting.

const int = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}` : a === 0 && b === 0 ? '—' : 'n/a');
const table = (header, rows, align) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (align?.[i] ?? (i ? '---:' : '---'))).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
const machine = () => {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${os.type()} ${os.release()}`;
};

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'docusaurus-bench-'));
  const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  const today = new Date().toISOString().slice(0, 10);
  log(`temporary folder ${tmp}${values.keep ? ' (kept)' : ''}`);

  // a) The stock site.
  const stockDir = path.join(tmp, 'stock');
  let t0 = Date.now();
  createStockSite(stockDir, {log: (m) => log(m)});
  log('npm install in the stock site…');
  installStockSite(stockDir);
  const stockInstallSeconds = (Date.now() - t0) / 1000;
  log(`stock site ready (${stockInstallSeconds.toFixed(0)} s with npm install)`);

  // b) This site.
  const siteDir = path.join(tmp, 'site');
  const commit = copyThisSite(ROOT, siteDir);
  log(`this site: tracked files at ${commit.slice(0, 12)} copied`);

  log('building the stock site (cold)…');
  const stockBusy = await quiet('the stock build');
  const stockBuild = await timedBuild(stockDir, {outDir: 'build', logFile: path.join(tmp, 'stock-build.log')});
  log(`stock build: ${stockBuild.seconds.toFixed(1)} s (CPU ${stockBuild.cpuSeconds.toFixed(1)} s)`);
  log('building this site (cold)…');
  const siteBusy = await quiet('the build of this site');
  const siteBuild = await timedBuild(siteDir, {outDir: 'build', logFile: path.join(tmp, 'site-build.log')});
  log(`this site build: ${siteBuild.seconds.toFixed(1)} s (CPU ${siteBuild.cpuSeconds.toFixed(1)} s)`);

  const stockBuildDir = path.join(stockDir, 'build');
  const siteBuildDir = path.join(siteDir, 'build');
  const stockSize = folderSize(stockBuildDir);
  const siteSize = folderSize(siteBuildDir);
  const siteIndex = readFileSync(path.join(siteBuildDir, 'search-index.json'));
  precompress(stockBuildDir);
  precompress(siteBuildDir);

  const stockServer = await startServer({dir: stockBuildDir, port: 0});
  const siteServer = await startServer({dir: siteBuildDir, port: 0});
  state.servers.push(stockServer.server, siteServer.server);

  log('first load of / over gzip…');
  state.browser = await chromium.launch({...CHROMIUM_LAUNCH, headless: true});
  const gzipOnly = {extraHTTPHeaders: {'Accept-Encoding': 'gzip'}};
  const stockLoad = await measureFirstLoad(state.browser, `${stockServer.url}/`, gzipOnly);
  const siteLoad = await measureFirstLoad(state.browser, `${siteServer.url}/`, gzipOnly);
  await state.browser.close();
  state.browser = undefined;
  log(`first load: stock ${int(stockLoad.total)} B in ${stockLoad.requests}; this ${int(siteLoad.total)} B in ${siteLoad.requests}`);

  const lighthouse = {stock: [], site: []};
  const offHost = new Set();
  for (let run = 1; run <= RUNS; run++) {
    for (const [key, server] of [['stock', stockServer], ['site', siteServer]]) {
      const busy = await quiet(`Lighthouse ${key} #${run}`);
      const {lhr: _report, ...result} = await runLighthouse(`${server.url}/`, {formFactor: 'mobile'});
      result.cpuBusyBefore = busy;
      if (result.offOrigin.length) throw new Error(`${key} / requested another origin: ${result.offOrigin.join(', ')}`);
      result.offHost.forEach((h) => offHost.add(new URL(h).host));
      lighthouse[key].push(result);
      log(`Lighthouse mobile #${run} ${key}: perf ${result.performance}, FCP ${result.fcp}, LCP ${result.lcp}, TBT ${result.tbt}, CLS ${result.cls}`);
    }
  }
  await cleanup();
  const stockLh = medianOf(lighthouse.stock);
  const siteLh = medianOf(lighthouse.site);

  // c) Scale.
  const scale = [
    {
      synthetic: 0,
      seconds: siteBuild.seconds,
      cpuSeconds: siteBuild.cpuSeconds,
      busy: siteBusy,
      ...siteSize,
      indexRaw: siteIndex.length,
      indexGzip: gzipBytes(siteIndex),
    },
  ];
  if (SCALE.length) {
    const sentences = siteSentences(path.join(siteDir, 'docs'));
    for (const count of SCALE) {
      writeSyntheticPages(siteDir, syntheticPages(count, {sentences, folder: SYNTHETIC_FOLDER, today}), {folder: SYNTHETIC_FOLDER});
      const outDir = `build-${count}`;
      log(`building this site with ${int(count)} synthetic pages (cold)…`);
      const busy = await quiet(`the ${count}-page build`);
      const build = await timedBuild(siteDir, {outDir, logFile: path.join(tmp, `site-build-${count}.log`)});
      const full = path.join(siteDir, outDir);
      const size = folderSize(full);
      const index = readFileSync(path.join(full, 'search-index.json'));
      scale.push({synthetic: count, seconds: build.seconds, cpuSeconds: build.cpuSeconds, busy, ...size, indexRaw: index.length, indexGzip: gzipBytes(index)});
      log(`${int(count)} pages: ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), ${mb(size.bytes)} in ${int(size.files)} files, index ${kb(index.length)} (${kb(gzipBytes(index))} gzip)`);
      rmSync(full, {recursive: true, force: true});
    }
  }

  const seconds = (Date.now() - started) / 1000;
  const results = {
    date: new Date().toISOString(),
    today,
    commit,
    node: process.version,
    chromium: chromiumVersion,
    machine: machine(),
    options: {runs: RUNS, maxWaitSeconds: Number(values['max-wait']), scale: SCALE},
    seconds,
    stockInstallSeconds,
    react: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies.react,
    builds: {stock: {...stockBuild, cpuBusyBefore: stockBusy}, site: {...siteBuild, cpuBusyBefore: siteBusy}},
    sizes: {stock: stockSize, site: siteSize},
    firstLoad: {stock: stockLoad, site: siteLoad},
    lighthouse: {stock: {median: stockLh, runs: lighthouse.stock}, site: {median: siteLh, runs: lighthouse.site}},
    chromiumBackgroundHostsRefused: [...offHost],
    scale,
  };
  mkdirSync(path.dirname(RESULTS_FILE), {recursive: true});
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const {compareTable, runsTable, scaleTable} = tables(results);
  console.log(`\n${compareTable}\n\nLighthouse runs:\n\n${runsTable}\n`);
  if (scale.length > 1) console.log(`${scaleTable}\n`);
  console.log(`Total: ${(seconds / 60).toFixed(1)} min (stock npm install ${stockInstallSeconds.toFixed(0)} s).`);
  if (values['no-write']) return;
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), markdown(results));
  log(`wrote BENCHMARKS.md and ${path.relative(ROOT, RESULTS_FILE)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Tables and BENCHMARKS.md, from the results alone (so --report-only can redo them from results.json).

function tables(results) {
  const {builds, sizes, firstLoad, lighthouse, scale} = results;
  const [sb, tb, ss, ts, sl, tl] = [builds.stock, builds.site, sizes.stock, sizes.site, firstLoad.stock, firstLoad.site];
  const [sm, tm] = [lighthouse.stock.median, lighthouse.site.median];
  const n = lighthouse.stock.runs.length;
  const busy = (value) => (typeof value === 'number' ? `${Math.round(value * 100)} %` : 'n/a');
  const rows = [
    ['Build time (cold, one build, wall clock), s', sb.seconds.toFixed(1), tb.seconds.toFixed(1), ratio(tb.seconds, sb.seconds)],
    ['Build CPU time (user + system, all processes), s', sb.cpuSeconds.toFixed(1), tb.cpuSeconds.toFixed(1), ratio(tb.cpuSeconds, sb.cpuSeconds)],
    ['CPU busy just before the build (other work)', busy(sb.cpuBusyBefore), busy(tb.cpuBusyBefore), ''],
    ['Build folder (without .gz/.br), bytes', int(ss.bytes), int(ts.bytes), ratio(ts.bytes, ss.bytes)],
    ['First load of `/`, bytes over gzip', int(sl.total), int(tl.total), ratio(tl.total, sl.total)],
    ['— JS', int(sl.js), int(tl.js), ratio(tl.js, sl.js)],
    ['— CSS', int(sl.css), int(tl.css), ratio(tl.css, sl.css)],
    ['— HTML', int(sl.html), int(tl.html), ratio(tl.html, sl.html)],
    ['— other (images, icons)', int(sl.other), int(tl.other), ratio(tl.other, sl.other)],
    ['First load of `/`, requests', sl.requests, tl.requests, ratio(tl.requests, sl.requests)],
    [`Lighthouse mobile Performance (median of ${n})`, sm.performance, tm.performance, ratio(tm.performance, sm.performance)],
    [`Lighthouse mobile FCP, ms (median of ${n})`, int(sm.fcp), int(tm.fcp), ratio(tm.fcp, sm.fcp)],
    [`Lighthouse mobile LCP, ms (median of ${n})`, int(sm.lcp), int(tm.lcp), ratio(tm.lcp, sm.lcp)],
    [`Lighthouse mobile TBT, ms (median of ${n})`, int(sm.tbt), int(tm.tbt), ratio(tm.tbt, sm.tbt)],
    [`Lighthouse mobile CLS (median of ${n})`, sm.cls, tm.cls, ratio(tm.cls, sm.cls)],
  ];
  const compareTable = table(['figure', 'stock Docusaurus', 'this site', 'this / stock'], rows);
  const runsTable = table(
    ['run', 'site', 'Performance', 'FCP, ms', 'LCP, ms', 'TBT, ms', 'CLS', 'CPU busy just before', 'Lighthouse benchmarkIndex'],
    lighthouse.stock.runs.flatMap((s, i) =>
      [
        ['stock', s],
        ['this', lighthouse.site.runs[i]],
      ].map(([name, r]) => [i + 1, name, r.performance, int(r.fcp), int(r.lcp), int(r.tbt), r.cls, busy(r.cpuBusyBefore), Math.round(r.benchmarkIndex ?? NaN)]),
    ),
    ['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  );
  /** The site's own pages: one per document in docs/ (the sidebar lists them all). */
  const SITE_PAGES = readdirSync(path.resolve(import.meta.dirname, '../docs')).filter((file) => /\.mdx?$/.test(file)).length;
  const scaleRows = scale.map((s, i) => {
    const previous = scale[i - 1];
    const perTen = previous && previous.synthetic > 0 && s.synthetic === previous.synthetic * 10;
    const r = (key) => (perTen ? ` (×${(s[key] / previous[key]).toFixed(2)})` : '');
    return [
      s.synthetic === 0 ? '0 (the site as it is)' : int(s.synthetic),
      int(SITE_PAGES + s.synthetic),
      `${s.seconds.toFixed(1)}${r('seconds')}`,
      `${s.cpuSeconds.toFixed(1)}${r('cpuSeconds')}`,
      `${mb(s.bytes)}${r('bytes')}`,
      `${int(s.files)}${r('files')}`,
      `${int(s.indexRaw)}${r('indexRaw')}`,
      `${int(s.indexGzip)}${r('indexGzip')}`,
      busy(s.busy),
    ];
  });
  const scaleTable = table(
    ['synthetic pages', 'pages in all', 'build time (wall), s', 'build CPU time, s', 'build folder', 'files', 'search-index.json (the base of the search index), bytes', 'the base, gzip -9, bytes', 'CPU busy just before'],
    scaleRows,
  );
  return {compareTable, runsTable, scaleTable};
}

function markdown(results) {
  const {compareTable, runsTable, scaleTable} = tables(results);
  const stock = results.firstLoad.stock;
  const reference = REFERENCE_STOCK;
  const runs = results.lighthouse.stock.runs.length;
  const maxWait = results.options?.maxWaitSeconds ?? Number(values['max-wait']);
  const steps = [
    results.builds.stock.cpuBusyBefore,
    results.builds.site.cpuBusyBefore,
    ...results.lighthouse.stock.runs.map((r) => r.cpuBusyBefore),
    ...results.lighthouse.site.runs.map((r) => r.cpuBusyBefore),
    ...results.scale.slice(1).map((r) => r.busy),
  ].filter((b) => typeof b === 'number');
  const busySteps = steps.filter((b) => b > 0.3).length;
  const routeChunks = stock.files.filter((f) => f.kind === 'js' && !/\/(runtime~main|main|common)\.[0-9a-f]+\.js$/.test(f.url));
  const routeBytes = routeChunks.reduce((sum, f) => sum + f.bytes, 0);
  return `# Benchmarks

Measured on ${results.today} with \`${COMMAND}\` (scripts/bench.mjs), in ${(results.seconds / 60).toFixed(1)} minutes
(of which ${results.stockInstallSeconds.toFixed(0)} s for the stock site's \`npm install\`; removing the temporary
folder takes about a minute more).

- Machine: ${results.machine}.
- Node ${results.node}; ${results.chromium}; Lighthouse 12.2.3; Docusaurus ${DOCUSAURUS}.
- This site: the tracked files at commit \`${results.commit.slice(0, 12)}\`.
- The machine is shared with other work (other people's builds and browser tests ran during this run). Before each
  build and each Lighthouse run the bench waits up to ${maxWait} s for the CPU to be under 30 % busy, and records how
  busy it was (the «CPU busy just before» figures): in this run ${busySteps} of ${steps.length} steps started with the CPU
  over 30 % busy, and other work could also start during a step. Wall-clock
  build times and Lighthouse's TBT and LCP are therefore only indicative; bytes, requests, sizes and build CPU time
  are not affected.

## This site against stock Docusaurus

The stock site is create-docusaurus@${DOCUSAURUS}'s classic template changed to: Russian locale, blog off, docs at
\`/\`, the original GitBook page (its hints as \`:::note\` admonitions) as the only doc and the home page,
\`@easyops-cn/docusaurus-search-local@${SEARCH_LOCAL}\`, \`future: {v4: true, faster: true}\`
(scripts/bench/stock/). Both run on React ${results.react}.

${compareTable}

Lighthouse mobile, each run (the two sites alternating):

${runsTable}

Method: both sites are built cold (\`docusaurus build\` with \`DOCUSAURUS_NO_PERSISTENT_CACHE=1\`), one build
each, timed by wall clock and by CPU time (user + system of the build and all its processes, which other work
on the machine disturbs far less than the wall clock). Each build is precompressed
(scripts/serve/precompress.mjs: gzip level 9, Brotli quality 11) and served by the same server code
(scripts/serve/server.mjs: sirv with the precompressed files, a year of caching for hashed \`/assets/\`,
revalidation for the rest) on 127.0.0.1. First-load bytes are the response bodies of every request that
Chromium makes for \`/\` with an empty cache until the network is quiet, Docusaurus's idle-time prefetches
included, with \`Accept-Encoding: gzip\` (scripts/measure/first-load.mjs); a file used a second time from the
browser's cache is not counted again. Lighthouse 12.2.3 runs in a fresh headless Chromium per run with the
mobile default config: simulated throttling (Lantern: 150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown, Moto G Power
screen); Chromium fetches Brotli there, as browsers do. Each Lighthouse figure is the median of ${runs} runs.
Lantern simulates from the trace it records on this machine, so CPU-heavy figures (TBT, and LCP when the first
paint is presented after main.js has run) move with the load of the machine.

The colleague's reference figure for the stock setup was ${int(reference.total)} bytes in ${reference.requests} requests
(JS ${int(reference.js)}; CSS ${int(reference.css)}; HTML ${int(reference.html)}); this run's stock site: ${int(stock.total)}
bytes in ${stock.requests} requests (JS ${int(stock.js)}; CSS ${int(stock.css)}; HTML ${int(stock.html)}). The reference was taken
with a server that made the 7 route chunks that Docusaurus prefetches load a second time (\`no-cache\` without
validators), counted twice; here the prefetched chunk is reused from the browser's cache and counted once.
Counting this run's ${routeChunks.length} route chunks (${int(routeBytes)} bytes) twice gives ${int(stock.total + routeBytes)} bytes in
${stock.requests + routeChunks.length} requests; \`main.js\` is ${int(stock.files.find((f) => /\/main\.[0-9a-f]+\.js$/.test(f.url))?.bytes ?? NaN)} bytes here against the
reference's 171,264. The remaining ${int(reference.total - stock.total - routeBytes)} bytes cannot be placed without the reference's list of files.

## This site at scale

The copy of this site with synthetic Russian pages in \`docs/synthetic/\` (scripts/bench/synthetic-pages.mjs:
3–6 KB each, 4–6 sections whose headings carry explicit ids, front matter title, description and last_checked)
listed in a collapsed sidebar category, in groups of 50. One cold build per size. Build folder: every file of the
build, without the .gz/.br copies. In brackets: the ratio to the row above, per 10× pages.

${scaleTable}
`;
}

if (values['report-only']) {
  const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
  results.today ??= results.date.slice(0, 10);
  results.react ??= JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies.react;
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), markdown(results));
  console.log(`BENCHMARKS.md written from ${path.relative(ROOT, RESULTS_FILE)} (measured ${results.date})`);
} else {
  try {
    await main();
  } catch (error) {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    if (!values.keep && tmp) console.error(`[bench] (run with --keep to look at ${tmp} afterwards)`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}
