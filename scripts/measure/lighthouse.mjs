/**
 * Programmatic Lighthouse (12.2.3) against one URL, in a fresh Debian Chromium per run.
 *
 *   const result = await runLighthouse('http://127.0.0.1:4173/', {formFactor: 'mobile'});
 *   // {performance, accessibility, bestPractices, seo, fcp, lcp, tbt, cls, …}
 *   medianOf([result1, result2, result3]) // the median of each figure
 *
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
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../ensure-chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Figures in a result, in the order tables print them. Scores 0–100; fcp, lcp, tbt in ms; cls unitless. */
export const FIGURES = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'];
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
export function figuresOf(lhr) {
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
 * benchmarkIndex, lhr}:
 * failing, per category, the weighted audits scoring below 1 ({id, title, score, weight, displayValue});
 * offOrigin, requests of the page to another origin; offHost, hosts Chromium itself tried to reach (its
 * component updater, network time, accounts: Debian's Chromium 156 calls them despite the flags above),
 * each refused at once by the local proxy.
 */
export async function runLighthouse(url, {formFactor = 'mobile', reportBase, chromePath = CHROMIUM_PATH} = {}) {
  if (!['mobile', 'desktop'].includes(formFactor)) throw new Error(`formFactor must be 'mobile' or 'desktop', not ${formFactor}`);
  const proxy = await startRefusingProxy();
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath,
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
      erroredAudits: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
      offHost: [...new Set(proxy.hosts)],
      runWarnings: lhr.runWarnings ?? [],
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      lhr,
    };
  } finally {
    await chrome?.kill();
    await proxy.close();
  }
}

/** Share of the machine's CPU time spent busy (not idle, not waiting on I/O) over `ms`, from /proc/stat. */
export async function cpuBusy(ms = 2000) {
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
export async function waitForQuietCpu({maxBusy = 0.3, maxWaitMs = 120_000, onWait} = {}) {
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
export const killAllChromium = async () => chromeLauncher.killAll();

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each figure over several runs of one page and form factor: {performance, …, cls, runs}. */
export function medianOf(runs) {
  if (!runs.length) throw new Error('medianOf: no runs');
  const out = {runs: runs.length};
  for (const key of FIGURES) {
    const value = median(runs.map((run) => run[key]));
    out[key] = key === 'cls' ? Number(value.toFixed(3)) : Math.round(value);
  }
  return out;
}
