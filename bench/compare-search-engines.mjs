#!/usr/bin/env node
/**
 * Compares three offline search engines on this site, by measurement:
 *   1. @easyops-cn/docusaurus-search-local (lunr + lunr-languages, navbar search bar, web worker);
 *   2. Pagefind (index built from build/*.html by `npx pagefind --site build`, queried through its JS API);
 *   3. MiniSearch over a JSON list of sections (one per `[data-link-target][id]` element) with a Russian stemmer.
 *
 * Usage (from the repository root):  node bench/compare-search-engines.mjs [--site-ref=REF|--worktree] [--keep] [--skip-ci-check] [--json=FILE]
 *   --site-ref=REF   the git commit whose site is measured (default: the parent of the first commit that added
 *                    plugins/local-search or src/search, i.e. the site WITHOUT any search; HEAD if there is none)
 *   --worktree       measure the working tree instead (only meaningful while it has no search of its own)
 *   --keep           keep the temporary directory (its path is printed)
 *   --skip-ci-check  do not run `npm ci` in fresh directories to check the lock files
 *   --json=FILE      also write the raw measurements as JSON
 * The query table is always read from the working tree: tests/search/queries.ts.
 *
 * Nothing in the repository is modified: the site (git archive of REF, or a copy of the working tree without
 * node_modules, build, .docusaurus, .git, …) is unpacked into a temporary directory, `npm ci` runs there, each engine
 * is installed there with an exact version, the site is built, served by a small static server and measured in
 * Debian's Chromium via Playwright.
 * Needs: the npm registry, /usr/bin/chromium (or CHROMIUM_PATH), and @playwright/test in ./node_modules.
 * The markdown report is printed on stdout; progress goes to stderr. Takes a few minutes.
 */
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {CHROMIUM_LAUNCH} from '../scripts/ensure-chromium.mjs';
import zlib from 'node:zlib';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const KEEP = args.has('--keep');
const SKIP_CI = args.has('--skip-ci-check');
const argValue = (name) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const JSON_OUT = argValue('json');
const WORKTREE = args.has('--worktree');

const VERSIONS = {
  easyops: '@easyops-cn/docusaurus-search-local@0.55.3',
  pagefindLatest: 'pagefind@1.6.0',
  pagefindFallback: 'pagefind@1.5.2',
  minisearch: 'minisearch@7.2.0',
  stemmers: '@orama/stemmers@3.1.18',
};
const EASYOPS_OPTIONS = {
  language: ['ru', 'en'],
  hashed: true,
  indexDocs: true,
  indexPages: false,
  indexBlog: false,
  docsRouteBasePath: '/',
  highlightSearchTermsOnTargetPage: true,
  searchResultContextMaxLength: 60,
};
const MINISEARCH_SEARCH_OPTIONS = {prefix: true, fuzzy: 0.2, boost: {title: 3}};
/** The seven doc pages (trailingSlash: false → build/<slug>.html; the home page is build/index.html). */
const DOC_PAGES = ['index', 'whatsapp', 'whatsapp-business', 'whatsapp-business-api', 'integrations', 'glossary', 'changes'];
const COPY_EXCLUDE = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', '.tmp', '.cache-loader']);

const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const gz = (buf) => zlib.gzipSync(buf, {level: 9}).length;

// ---------------------------------------------------------------------------------------------- processes

function run(cmd, cmdArgs, cwd, {allowFail = false, env = {}} = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, cmdArgs, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = {code, out, seconds: (Date.now() - started) / 1000};
      if (code !== 0 && !allowFail) {
        reject(new Error(`${cmd} ${cmdArgs.join(' ')} (in ${cwd}) exited ${code}\n${out.slice(-4000)}`));
      } else resolve(result);
    });
  });
}

const npm = (cmdArgs, cwd, opts) => run('npm', [...cmdArgs, '--no-audit', '--no-fund'], cwd, opts);
const npx = (cmdArgs, cwd, opts) => run('npx', ['--no-install', ...cmdArgs], cwd, opts);

function copyTree(src, dst, exclude = new Set()) {
  fs.cpSync(src, dst, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (p) => !exclude.has(path.relative(src, p).split(path.sep)[0]),
  });
}

/** `npm ci` in a fresh directory holding only package.json and package-lock.json, as a fresh clone would. */
async function checkCi(label, fromDir, work) {
  const dir = path.join(work, `ci-${label}`);
  fs.mkdirSync(dir, {recursive: true});
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(fromDir, f), path.join(dir, f));
  const r = await npm(['ci', '--ignore-scripts'], dir, {allowFail: true});
  fs.rmSync(path.join(dir, 'node_modules'), {recursive: true, force: true});
  const errors = r.out
    .split('\n')
    .filter((l) => /npm (error|ERR!)/.test(l))
    .slice(0, 6);
  log(`npm ci check ${label}: exit ${r.code} (${r.seconds.toFixed(0)} s)`);
  return {label, ok: r.code === 0, exitCode: r.code, seconds: r.seconds, errors};
}

// ---------------------------------------------------------------------------------------------- static server

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` like a static host does for trailingSlash: false (/whatsapp → whatsapp.html), uncompressed. */
function serve(root) {
  const served = [];
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      pathname = '/';
    }
    const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
    for (const c of candidates) {
      const file = path.join(root, path.normalize(c));
      if (!file.startsWith(root)) break;
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        const body = fs.readFileSync(file);
        served.push({
          path: req.url,
          status: 200,
          prefetch: /prefetch/i.test(`${req.headers['sec-purpose'] ?? ''} ${req.headers.purpose ?? ''}`),
          raw: body.length,
          gz: gz(body),
        });
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
        return;
      }
    }
    served.push({path: req.url, status: 404, prefetch: false, raw: 0, gz: 0});
    res.writeHead(404, {'content-type': MIME['.html']});
    res.end(fs.existsSync(path.join(root, '404.html')) ? fs.readFileSync(path.join(root, '404.html')) : 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        /** Requests served since the last call. */
        take: () => served.splice(0, served.length),
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------- helpers

/** A result URL as the query table writes it: path + hash, no origin/query, no `.html`, `/index` → `/`. */
function normaliseUrl(url) {
  if (!url) return '';
  const u = new URL(url, 'http://x');
  let p = decodeURIComponent(u.pathname).replace(/\.html$/, '').replace(/\/index$/, '/');
  if (p.length > 1) p = p.replace(/\/+$/, '');
  let hash = '';
  try {
    hash = decodeURIComponent(u.hash);
  } catch {
    hash = u.hash;
  }
  return p + hash;
}

const isJsCss = (f) => /\.(m?js|css)$/.test(f.path.replace(/\?.*$/, ''));
const isImage = (f) => /\.(svg|png|ico|jpe?g|webp|gif)$/.test(f.path.replace(/\?.*$/, ''));
const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);

/** Each distinct path once (successful responses only). */
function dedupe(files) {
  const seen = new Set();
  return files.filter((f) => f.status < 400 && (seen.has(f.path) ? false : (seen.add(f.path), true)));
}

/**
 * Opens `/` in a fresh context and waits for network idle (+1.5 s). Bytes are counted at the server (so worker and
 * prefetch requests are included): body size and gzip -9 size of each distinct path. `<link rel=prefetch>` requests
 * (Sec-Purpose: prefetch — Docusaurus prefetching route chunks of visible links at idle time) are reported apart,
 * because their timing varies from run to run.
 */
async function firstLoad(browser, server, initScript) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, serviceWorkers: 'block'});
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  server.take();
  await page.goto(`${server.origin}/`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(1500);
  const all = server.take();
  const files = dedupe(all.filter((f) => !f.prefetch));
  const prefetched = dedupe(all.filter((f) => f.prefetch));
  const jscss = files.filter(isJsCss);
  return {
    context,
    page,
    firstLoad: {
      requests: files.length,
      allRaw: sum(files, 'raw'),
      allGz: sum(files, 'gz'),
      jsCssRaw: sum(jscss, 'raw'),
      jsCssGz: sum(jscss, 'gz'),
      prefetchRaw: sum(prefetched, 'raw'),
      prefetchGz: sum(prefetched, 'gz'),
      files: files.map(({path: p, raw, gz: g}) => ({path: p, raw, gz: g})),
      prefetched: prefetched.map(({path: p, raw, gz: g}) => ({path: p, raw, gz: g})),
    },
  };
}

/** What the engine downloaded for search: no prefetches, no images (late favicon), nothing already loaded. */
function searchDownloads(files, alreadyLoaded = []) {
  const loaded = new Set(alreadyLoaded.map((f) => f.path));
  return dedupe(files.filter((f) => !f.prefetch && !isImage(f) && !loaded.has(f.path))).map(({path: p, raw, gz: g}) => ({path: p, raw, gz: g}));
}

function score(cases, resultsByQuery) {
  const perCategory = {};
  let hits = 0;
  const rows = cases.map((c, i) => {
    const top3 = resultsByQuery[i].slice(0, 3);
    const hit = top3.includes(c.expect);
    if (hit) hits++;
    perCategory[c.category] ??= {hits: 0, total: 0};
    perCategory[c.category].total++;
    if (hit) perCategory[c.category].hits++;
    return {query: c.query, expect: c.expect, category: c.category, hit, top3};
  });
  return {hits, total: cases.length, perCategory, rows};
}

// ---------------------------------------------------------------------------------------------- MiniSearch sections

function buildSections(cheerio, buildDir) {
  const SKIP_TAGS = new Set(['svg', 'script', 'style', 'button', 'template']);
  const textOf = (node) => {
    const parts = [];
    const walk = (n) => {
      if (n.type === 'text') parts.push(n.data);
      else if (n.type === 'tag') {
        if (SKIP_TAGS.has(n.name)) return;
        if (/(^|\s)(copyLink_|hash-link)/.test(n.attribs?.class ?? '')) return;
        parts.push(' ');
        for (const ch of n.children ?? []) walk(ch);
        parts.push(' ');
      }
    };
    walk(node);
    return parts.join('').replace(/\s+/g, ' ').trim();
  };
  const isHeading = (n) => n.type === 'tag' && /^h[2-6]$/.test(n.name);
  const docs = [];
  for (const slug of DOC_PAGES) {
    const $ = cheerio.load(fs.readFileSync(path.join(buildDir, `${slug}.html`), 'utf8'));
    const pageUrl = slug === 'index' ? '/' : `/${slug}`;
    $('[data-link-target][id]').each((_, el) => {
      const id = $(el).attr('id');
      const tag = el.name;
      let title;
      let text;
      if (/^h[2-6]$/.test(tag)) {
        title = textOf(el);
        const body = [];
        for (let n = el.next; n; n = n.next) {
          if (isHeading(n) || (n.type === 'tag' && $(n).find('h2,h3,h4,h5,h6').length)) break;
          if (n.type === 'tag' || n.type === 'text') body.push(textOf(n));
        }
        text = `${title} ${body.join(' ')}`;
      } else if (tag === 'tr' && id.startsWith('row-')) {
        if (slug !== 'index') return;
        title = textOf($(el).find('th').get(0) ?? el);
        text = textOf(el);
      } else if (tag === 'aside') {
        const label = $(`[id="${$(el).attr('aria-labelledby')}"]`).get(0);
        const titleEl = label ? $(label).find('[class^="title_"],[class*=" title_"]').get(0) ?? label : null;
        title = titleEl ? textOf(titleEl) : '';
        text = textOf(el);
      } else if (tag === 'li' && id.startsWith('change-')) {
        title = textOf($(el).find('strong').get(0) ?? el);
        text = textOf(el);
      } else return;
      docs.push({id: `${pageUrl}#${id}`, url: `${pageUrl}#${id}`, title: title.replace(/\s+/g, ' ').trim(), text});
    });
  }
  return docs;
}

const MINISEARCH_ENTRY = `
import MiniSearch from 'minisearch';
import {stemmer} from '@orama/stemmers/russian';
export const processTerm = (term) => stemmer(term.toLowerCase());
export function createIndex(docs) {
  const ms = new MiniSearch({fields: ['title', 'text'], storeFields: ['url', 'title'], processTerm});
  ms.addAll(docs);
  return ms;
}
export const searchOptions = ${JSON.stringify(MINISEARCH_SEARCH_OPTIONS)};
`;

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  log(`temporary directory: ${work}`);
  const requireRoot = createRequire(path.join(ROOT, 'package.json'));
  const {chromium} = requireRoot('@playwright/test');
  const result = {date: new Date().toISOString(), node: process.version, engines: {}, ci: [], notes: []};

  try {
    // 1. Base copy (the site without search), npm ci, baseline build.
    const base = path.join(work, 'base');
    if (WORKTREE) {
      copyTree(ROOT, base, COPY_EXCLUDE);
      result.site = 'working tree';
    } else {
      let ref = argValue('site-ref');
      if (!ref) {
        const added = (await run('git', ['log', '--diff-filter=A', '--format=%H', '--', 'plugins/local-search', 'src/search'], ROOT)).out
          .trim()
          .split('\n')
          .filter(Boolean);
        ref = added.length ? `${added[added.length - 1]}^` : 'HEAD';
      }
      const commit = (await run('git', ['rev-parse', '--short', ref], ROOT)).out.trim();
      const subject = (await run('git', ['log', '-1', '--format=%s', commit], ROOT)).out.trim();
      fs.mkdirSync(base);
      await run('sh', ['-c', `git -C "${ROOT}" archive --format=tar ${commit} | tar -x -C "${base}"`], ROOT);
      result.site = `commit ${commit} (${subject})`;
    }
    log(`site: ${result.site}`);
    log('npm ci (base copy)…');
    const baseCi = await npm(['ci', '--ignore-scripts'], base);
    result.baseNpmCiSeconds = baseCi.seconds;
    log('docusaurus build (baseline)…');
    await npx(['docusaurus', 'build'], base);
    const builds = {baseline: path.join(work, 'build-baseline')};
    fs.cpSync(path.join(base, 'build'), builds.baseline, {recursive: true});

    const requireBase = createRequire(path.join(base, 'package.json'));
    const esbuild = requireBase('esbuild');
    const cheerio = requireBase('cheerio');
    const tsSrc = fs.readFileSync(path.join(ROOT, 'tests/search/queries.ts'), 'utf8');
    const {code: queriesJs} = await esbuild.transform(tsSrc, {loader: 'ts', format: 'esm'});
    const queriesFile = path.join(work, 'queries.mjs');
    fs.writeFileSync(queriesFile, queriesJs);
    const {SEARCH_CASES: cases} = await import(pathToFileURL(queriesFile).href);
    result.queriesSha256 = createHash('sha256').update(tsSrc).digest('hex').slice(0, 12);
    log(`${cases.length} queries`);

    // 2. Engine copies, exact installs.
    const engineDir = (name) => {
      const dir = path.join(work, name);
      copyTree(base, dir, new Set(['build', '.docusaurus']));
      return dir;
    };
    const install = async (dir, pkgs) => {
      const r = await npm(['install', '--save-exact', '--ignore-scripts', ...pkgs], dir, {allowFail: true});
      return {ok: r.code === 0, out: r.out};
    };

    log(`installing ${VERSIONS.easyops}…`);
    const easyDir = engineDir('easyops');
    const easyInstall = await install(easyDir, [VERSIONS.easyops]);
    if (!easyInstall.ok) throw new Error(`npm install ${VERSIONS.easyops} failed:\n${easyInstall.out.slice(-3000)}`);

    log(`installing ${VERSIONS.pagefindLatest} (and checking ${VERSIONS.pagefindFallback})…`);
    const pfDir = engineDir('pagefind');
    let pagefindPkg = VERSIONS.pagefindLatest;
    const pfInstall = await install(pfDir, [VERSIONS.pagefindLatest]);
    if (!pfInstall.ok) {
      result.notes.push(`npm install ${VERSIONS.pagefindLatest} failed: ${pfInstall.out.split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' / ')}`);
      pagefindPkg = VERSIONS.pagefindFallback;
      const again = await install(pfDir, [VERSIONS.pagefindFallback]);
      if (!again.ok) throw new Error(`npm install ${VERSIONS.pagefindFallback} failed too`);
    }
    // The other pagefind version: only its lock file is needed for the `npm ci` check.
    const pfOtherDir = path.join(work, 'pagefind-other');
    fs.mkdirSync(pfOtherDir);
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(base, f), path.join(pfOtherDir, f));
    const otherPagefind = pagefindPkg === VERSIONS.pagefindLatest ? VERSIONS.pagefindFallback : VERSIONS.pagefindLatest;
    const pfOther = await npm(['install', '--save-exact', '--package-lock-only', '--ignore-scripts', otherPagefind], pfOtherDir, {allowFail: true});

    log(`installing ${VERSIONS.minisearch} ${VERSIONS.stemmers}…`);
    const msDir = engineDir('minisearch');
    const msInstall = await install(msDir, [VERSIONS.minisearch, VERSIONS.stemmers]);
    if (!msInstall.ok) throw new Error(`npm install minisearch failed:\n${msInstall.out.slice(-3000)}`);

    // 3. Fresh-clone `npm ci` checks, in parallel with the builds below.
    const ciChecks = SKIP_CI
      ? Promise.resolve([])
      : Promise.all([
          checkCi('easyops', easyDir, work),
          checkCi(pagefindPkg.replace('@', '-'), pfDir, work),
          pfOther.code === 0
            ? checkCi(otherPagefind.replace('@', '-'), pfOtherDir, work)
            : Promise.resolve({label: otherPagefind, ok: false, exitCode: pfOther.code, errors: ['npm install --package-lock-only failed', ...pfOther.out.split('\n').filter((l) => /npm error/.test(l)).slice(0, 4)]}),
          checkCi('minisearch', msDir, work),
        ]);

    // 4. Builds.
    log('easyops: configure + docusaurus build…');
    const cfgPath = path.join(easyDir, 'docusaurus.config.ts');
    const cfg = fs.readFileSync(cfgPath, 'utf8');
    if (!/^ {2}plugins: \[/m.test(cfg)) throw new Error('docusaurus.config.ts: no top-level `plugins: [` to insert the theme before');
    fs.writeFileSync(
      cfgPath,
      cfg.replace(/^ {2}plugins: \[/m, `  themes: [['@easyops-cn/docusaurus-search-local', ${JSON.stringify(EASYOPS_OPTIONS)}]],\n\n  plugins: [`),
    );
    await npx(['docusaurus', 'build'], easyDir);
    builds.easyops = path.join(work, 'build-easyops');
    fs.cpSync(path.join(easyDir, 'build'), builds.easyops, {recursive: true});
    // easyops takes a heading's anchor from its `a.hash-link`; this site's Heading renders a copy-link control
    // (`a.copyLink_…`) instead, so every heading result comes without #id. Variant: give that control the
    // `hash-link` class too (a one-line change in src/theme/Heading), to see the engine's quality with anchors.
    const headingPath = path.join(easyDir, 'src/theme/Heading/index.tsx');
    const headingSrc = fs.existsSync(headingPath) ? fs.readFileSync(headingPath, 'utf8') : '';
    if (headingSrc.includes('<CopyLink id={id} kind="section"')) {
      log('easyops: variant with `hash-link` on the heading copy link, docusaurus build…');
      fs.writeFileSync(headingPath, headingSrc.replace('<CopyLink id={id} kind="section"', '<CopyLink className="hash-link" id={id} kind="section"'));
      await npx(['docusaurus', 'build'], easyDir);
      builds.easyopsAnchors = path.join(easyDir, 'build');
    } else result.notes.push('easyops anchors variant skipped: src/theme/Heading/index.tsx has no `<CopyLink id={id} kind="section"`');

    log('pagefind: index the baseline build…');
    builds.pagefind = path.join(work, 'build-pagefind');
    fs.cpSync(builds.baseline, builds.pagefind, {recursive: true});
    const pfRun = await npx(['pagefind', '--site', builds.pagefind], pfDir);
    const pfVersion = (await npx(['pagefind', '--version'], pfDir)).out.trim();
    const pfIndexed = pfRun.out.match(/Indexed (\d+) pages/)?.[1];
    // Variant: only the seven doc pages (the default also indexes 404.html and the redirect pages of go/ etc.).
    builds.pagefindDocs = path.join(work, 'build-pagefind-docs');
    fs.cpSync(builds.baseline, builds.pagefindDocs, {recursive: true});
    const pfDocsRun = await npx(['pagefind', '--site', builds.pagefindDocs, '--glob', `{${DOC_PAGES.join(',')}}.html`], pfDir);
    const pfDocsIndexed = pfDocsRun.out.match(/Indexed (\d+) pages/)?.[1];

    log('minisearch: sections index + bundle…');
    const sections = buildSections(cheerio, builds.baseline);
    builds.minisearch = path.join(work, 'build-minisearch');
    fs.cpSync(builds.baseline, builds.minisearch, {recursive: true});
    const benchAssets = path.join(builds.minisearch, 'search-bench');
    fs.mkdirSync(benchAssets);
    fs.writeFileSync(path.join(benchAssets, 'sections.json'), JSON.stringify(sections));
    const entry = path.join(msDir, 'search-bench-entry.mjs');
    fs.writeFileSync(entry, MINISEARCH_ENTRY);
    const msEsbuild = createRequire(path.join(msDir, 'package.json'))('esbuild');
    await msEsbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      outfile: path.join(benchAssets, 'minisearch-bundle.js'),
      logLevel: 'silent',
    });
    // Library alone (what would be lazy-loaded), and the serialized index as an alternative to indexing in the browser.
    const msModule = await import(pathToFileURL(path.join(benchAssets, 'minisearch-bundle.js')).href);
    const serialized = JSON.stringify(msModule.createIndex(sections));
    const msLib = fs.readFileSync(path.join(benchAssets, 'minisearch-bundle.js'));
    const sectionsBuf = fs.readFileSync(path.join(benchAssets, 'sections.json'));

    // 5. Browser measurements.
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    const queries = cases.map((c) => c.query);
    try {
      // Baseline first load.
      {
        const server = await serve(builds.baseline);
        const fl = await firstLoad(browser, server);
        result.baseline = {firstLoad: fl.firstLoad};
        await fl.context.close();
        await server.close();
        log(`baseline first load: ${fl.firstLoad.jsCssGz} B gz JS+CSS`);
      }

      // easyops: drive the navbar search box; read the worker's answers (what the dropdown renders, in order).
      // Its SearchWorker instance is a Comlink proxy on a MessagePort, so the replies are recorded there.
      for (const [key, dir] of [
        ['easyops', builds.easyops],
        ['easyopsAnchors', builds.easyopsAnchors],
      ]) {
        if (!dir) continue;
        const server = await serve(dir);
        const initScript = () => {
          window.__benchWorkerMessages = [];
          window.__benchWorkersStarted = 0;
          const NativeWorker = window.Worker;
          window.Worker = class extends NativeWorker {
            constructor(...a) {
              super(...a);
              window.__benchWorkersStarted++;
            }
          };
          const add = MessagePort.prototype.addEventListener;
          MessagePort.prototype.addEventListener = function (type, fn, ...rest) {
            if (type !== 'message') return add.call(this, type, fn, ...rest);
            return add.call(
              this,
              type,
              function (e) {
                window.__benchWorkerMessages.push(e.data);
                return fn.call(this, e);
              },
              ...rest,
            );
          };
        };
        const fl = await firstLoad(browser, server, initScript);
        const {page} = fl;
        const workersBeforeInteraction = await page.evaluate(() => window.__benchWorkersStarted);
        const input = page.locator('input.navbar__search-input').first();
        await input.hover();
        await input.focus();
        await page.waitForResponse((r) => /search-index.*\.json/.test(r.url()), {timeout: 15000}).catch(() => null);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const urls = [];
        let dropdownMismatch = 0;
        const downloads = [];
        for (const [i, q] of queries.entries()) {
          await page.evaluate(() => (window.__benchWorkerMessages.length = 0));
          await input.fill(q);
          const handle = await page.waitForFunction(
            () => {
              const m = window.__benchWorkerMessages.filter((d) => d && d.type === 'RAW' && Array.isArray(d.value));
              return m.length ? m[m.length - 1].value : null;
            },
            null,
            {timeout: 15000},
          );
          const value = await handle.jsonValue();
          await page.waitForTimeout(150);
          // Cross-check with the dropdown: number of rendered suggestions.
          const shown = await page.evaluate(() => document.querySelectorAll('.navbar__search [role="option"]').length);
          if (shown !== Math.min(value.length, 8)) dropdownMismatch++;
          urls.push(value.map((r) => normaliseUrl(r.document.u + (r.document.h ?? ''))));
          if (i === 0) downloads.push(searchDownloads(server.take(), fl.firstLoad.files));
        }
        await page.waitForTimeout(300);
        downloads.push(searchDownloads(server.take(), fl.firstLoad.files));
        result.engines[key] = {
          label: `easyops ${VERSIONS.easyops.split('@').pop()} (lunr, ru+en)${key === 'easyopsAnchors' ? ' + `hash-link` class on the heading copy link' : ', site as is'}`,
          firstLoad: fl.firstLoad,
          quality: score(cases, urls),
          firstQueryDownloads: downloads[0],
          queryDownloads: dedupe(downloads.flat().map((f) => ({...f, status: 200}))),
          dropdownMismatch,
          workersBeforeInteraction,
          indexLoadedOnFirstLoad: workersBeforeInteraction > 0 || fl.firstLoad.files.some((f) => /search-index/i.test(f.path)),
        };
        await fl.context.close();
        await server.close();
        log(`${key}: ${result.engines[key].quality.hits}/${cases.length}`);
      }

      // pagefind: JS API; the sub_results (heading anchors) of the top 10 pages are the result URLs.
      for (const [key, dir, indexed] of [
        ['pagefind', builds.pagefind, pfIndexed],
        ['pagefindDocs', builds.pagefindDocs, pfDocsIndexed],
      ]) {
        const server = await serve(dir);
        const fl = await firstLoad(browser, server);
        const {page} = fl;
        const runQueries = (qs) =>
          page.evaluate(async (qs) => {
            if (!window.__pf) {
              window.__pf = await import('/pagefind/pagefind.js');
              await window.__pf.options({baseUrl: '/'});
              await window.__pf.init();
            }
            const out = [];
            for (const q of qs) {
              const r = await window.__pf.search(q);
              const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
              out.push(data.map((d) => ({url: d.url, sub: (d.sub_results ?? []).map((s) => ({url: s.url, n: s.locations?.length ?? 0}))})));
            }
            return out;
          }, qs);
        const raw = await runQueries(queries.slice(0, 1));
        const downloads = [searchDownloads(server.take(), fl.firstLoad.files)];
        raw.push(...(await runQueries(queries.slice(1))));
        downloads.push(searchDownloads(server.take(), fl.firstLoad.files));
        // Headline: pages in Pagefind's order, each page's sub_results in the order the API returns them (document
        // order). Variant: inside a page, sub-results by number of matched words (the criterion Pagefind's own UI uses
        // to pick the three it shows), ties in document order.
        const apiOrder = raw.map((pages) => pages.flatMap((p) => (p.sub.length ? p.sub : [{url: p.url}]).map((s) => normaliseUrl(s.url))));
        const byMatches = raw.map((pages) =>
          pages.flatMap((p) =>
            (p.sub.length ? p.sub : [{url: p.url, n: 0}])
              .map((s, i) => ({...s, i}))
              .sort((a, b) => b.n - a.n || a.i - b.i)
              .map((s) => normaliseUrl(s.url)),
          ),
        );
        result.engines[key] = {
          label: `pagefind ${pfVersion.replace(/^pagefind /, '')}, ${indexed} pages indexed${key === 'pagefindDocs' ? ' (`--glob`: the 7 doc pages)' : ' (default: every HTML file)'}`,
          firstLoad: fl.firstLoad,
          quality: score(cases, apiOrder),
          qualityByMatches: score(cases, byMatches),
          firstQueryDownloads: downloads[0],
          queryDownloads: dedupe(downloads.flat().map((f) => ({...f, status: 200}))),
          indexLoadedOnFirstLoad: fl.firstLoad.files.some((f) => f.path.startsWith('/pagefind/')),
        };
        await fl.context.close();
        await server.close();
        log(`${key}: ${result.engines[key].quality.hits}/${cases.length}`);
      }

      // MiniSearch: on first use, import the bundle, fetch sections.json and index it in the browser.
      {
        const server = await serve(builds.minisearch);
        const fl = await firstLoad(browser, server);
        const {page} = fl;
        const runQueries = (qs) =>
          page.evaluate(async (qs) => {
            if (!window.__ms) {
              const m = await import('/search-bench/minisearch-bundle.js');
              const docs = await (await fetch('/search-bench/sections.json')).json();
              window.__ms = {m, index: m.createIndex(docs)};
            }
            const {m, index} = window.__ms;
            return qs.map((q) => index.search(q, m.searchOptions).slice(0, 10).map((r) => r.url));
          }, qs);
        const urls = await runQueries(queries.slice(0, 1));
        const downloads = [searchDownloads(server.take(), fl.firstLoad.files)];
        urls.push(...(await runQueries(queries.slice(1))));
        downloads.push(searchDownloads(server.take(), fl.firstLoad.files));
        result.engines.minisearch = {
          label: `MiniSearch ${VERSIONS.minisearch.split('@').pop()} + @orama/stemmers ${VERSIONS.stemmers.split('@').pop()} (russian), ${sections.length} sections`,
          firstLoad: fl.firstLoad,
          quality: score(cases, urls.map((l) => l.map(normaliseUrl))),
          firstQueryDownloads: downloads[0],
          queryDownloads: dedupe(downloads.flat().map((f) => ({...f, status: 200}))),
          indexLoadedOnFirstLoad: fl.firstLoad.files.some((f) => f.path.startsWith('/search-bench/')),
          library: {raw: msLib.length, gz: gz(msLib)},
          sectionsJson: {raw: sectionsBuf.length, gz: gz(sectionsBuf), documents: sections.length},
          serializedIndex: {raw: Buffer.byteLength(serialized), gz: gz(Buffer.from(serialized))},
        };
        await fl.context.close();
        await server.close();
        log(`minisearch: ${result.engines.minisearch.quality.hits}/${cases.length}`);
      }
    } finally {
      await browser.close();
    }

    result.ci = await ciChecks;
    result.pagefindPackage = pagefindPkg;
    result.lockDiff = {
      easyops: lockStats(base, easyDir),
      pagefind: lockStats(base, pfDir),
      minisearch: lockStats(base, msDir),
    };
    const md = report(result, cases);
    process.stdout.write(md);
    if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(result, null, 2));
  } finally {
    if (KEEP) log(`kept ${work}`);
    else fs.rmSync(work, {recursive: true, force: true});
  }
}

/** Packages added to the lock file by the install, and how many of them are platform-specific (os/cpu). */
function lockStats(baseDir, dir) {
  const before = JSON.parse(fs.readFileSync(path.join(baseDir, 'package-lock.json'), 'utf8')).packages;
  const after = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).packages;
  const added = Object.keys(after).filter((k) => k && !(k in before));
  const platform = added.filter((k) => after[k].os || after[k].cpu);
  return {added: added.length, platform: platform.length};
}

// ---------------------------------------------------------------------------------------------- report

function report(r, cases) {
  const categories = [...new Set(cases.map((c) => c.category))];
  const engines = Object.entries(r.engines);
  const kb = (n) => n.toLocaleString('en-US');
  const lines = [];
  const baseFl = r.baseline.firstLoad;
  lines.push(`Site measured: ${r.site}.`);
  lines.push('');
  lines.push(`Measured ${r.date} with Node ${r.node}; ${cases.length} queries from tests/search/queries.ts (sha256 ${r.queriesSha256}…); hit = expected URL#id among the top 3 results (raw queries, no normalisation).`);
  lines.push('');
  lines.push(`| engine | hits@3 | ${categories.map((c) => `${c} (${cases.filter((x) => x.category === c).length})`).join(' | ')} |`);
  lines.push(`|---|---|${categories.map(() => '---').join('|')}|`);
  for (const [, e] of engines) {
    const q = e.quality;
    lines.push(`| ${e.label} | **${q.hits}/${q.total}** | ${categories.map((c) => `${q.perCategory[c]?.hits ?? 0}`).join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    'Bytes are gzip -9 of each body unless marked raw. "Search downloads" = files fetched after the first interaction (easyops: focusing the search box; pagefind/MiniSearch: the first query), nothing fetched at first load. Pagefind\'s .pagefind/.pf_* files are already gzip-compressed on disk, so their raw ≈ gzip size.',
  );
  lines.push('');
  lines.push(
    `| engine | search downloads, 1st query: raw / gzip | all 52 queries: raw / gzip | files (all queries, raw/gzip) | index or worker before interaction? | first load of \`/\`: JS+CSS gzip (baseline ${kb(baseFl.jsCssGz)}) | added JS+CSS | all first-load bytes gzip (baseline ${kb(baseFl.allGz)}) |`,
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  const signed = (n) => `${n >= 0 ? '+' : ''}${kb(n)}`;
  for (const [key, e] of engines) {
    const d = e.queryDownloads;
    const f1 = e.firstQueryDownloads;
    lines.push(
      `| ${key} | ${kb(sum(f1, 'raw'))} / **${kb(sum(f1, 'gz'))}** | ${kb(sum(d, 'raw'))} / ${kb(sum(d, 'gz'))} | ${describeFiles(d)} | ${e.indexLoadedOnFirstLoad ? 'YES' : 'no'} | ${kb(e.firstLoad.jsCssGz)} | **${signed(e.firstLoad.jsCssGz - baseFl.jsCssGz)}** | ${kb(e.firstLoad.allGz)} (${signed(e.firstLoad.allGz - baseFl.allGz)}) |`,
    );
  }
  lines.push('');
  lines.push(
    `First load = \`/\` until network idle + 1.5 s, each path once, \`<link rel=prefetch>\` requests (Docusaurus prefetching route chunks of visible links at idle time) counted apart: baseline ${kb(baseFl.prefetchGz)} B gzip, ${engines.map(([k, e]) => `${k} ${kb(e.firstLoad.prefetchGz)}`).join(', ')}.`,
  );
  const ms = r.engines.minisearch;
  if (ms) {
    lines.push('');
    lines.push(
      `MiniSearch parts: library bundle (minisearch + russian stemmer, esbuild --minify) ${kb(ms.library.raw)} B / ${kb(ms.library.gz)} B gz; sections.json ${kb(ms.sectionsJson.raw)} B / ${kb(ms.sectionsJson.gz)} B gz (${ms.sectionsJson.documents} documents); a serialized MiniSearch index instead would be ${kb(ms.serializedIndex.raw)} B / ${kb(ms.serializedIndex.gz)} B gz.`,
    );
  }
  for (const key of ['pagefind', 'pagefindDocs']) {
    const e = r.engines[key];
    if (e) lines.push(`${key}: ranking each page's sub-results by matched-word count (as Pagefind's UI picks them) instead of the API's document order: ${e.qualityByMatches.hits}/${e.qualityByMatches.total}.`);
  }
  for (const key of ['easyops', 'easyopsAnchors']) {
    const e = r.engines[key];
    if (e) lines.push(`${key}: dropdown suggestion count differed from the worker's answer for ${e.dropdownMismatch} of ${e.quality.total} queries.`);
  }
  lines.push('');
  lines.push('npm ci in a fresh directory (package.json + package-lock.json after `npm install --save-exact`):');
  lines.push('');
  for (const c of r.ci) lines.push(`- ${c.label}: ${c.ok ? 'OK' : `FAILED (exit ${c.exitCode})`}${c.errors?.length ? ` — ${c.errors.join(' / ')}` : ''}`);
  if (!r.ci.length) lines.push('- (skipped)');
  for (const [k, v] of Object.entries(r.lockDiff ?? {})) lines.push(`- lock entries added by ${k}: ${v.added} (platform-specific: ${v.platform})`);
  for (const n of r.notes) lines.push(`- note: ${n}`);
  lines.push('');
  lines.push('Per query (✓ = expected URL#id in top 3; otherwise the top result):');
  lines.push('');
  lines.push(`| category | query | expected | ${engines.map(([k]) => k).join(' | ')} |`);
  lines.push(`|---|---|---|${engines.map(() => '---').join('|')}|`);
  cases.forEach((c, i) => {
    lines.push(
      `| ${c.category} | ${c.query.replace(/\|/g, '\\|')} | ${c.expect} | ${engines
        .map(([, e]) => (e.quality.rows[i].hit ? '✓' : `✗ ${e.quality.rows[i].top3[0] ?? '(none)'}`))
        .join(' | ')} |`,
    );
  });
  lines.push('');
  return lines.join('\n');
}

function describeFiles(files) {
  const groups = new Map();
  for (const f of files) {
    const p = f.path.replace(/\?.*$/, '');
    let g = p;
    if (/\/pagefind\/fragment\//.test(p)) g = '/pagefind/fragment/*.pf_fragment';
    else if (/\/pagefind\/index\//.test(p)) g = '/pagefind/index/*.pf_index';
    else if (/\/assets\/js\//.test(p)) g = '/assets/js/*.js';
    const cur = groups.get(g) ?? {n: 0, raw: 0, gz: 0};
    cur.n++;
    cur.raw += f.raw;
    cur.gz += f.gz;
    groups.set(g, cur);
  }
  return [...groups]
    .map(([g, v]) => `${g}${v.n > 1 ? ` ×${v.n}` : ''} ${v.raw.toLocaleString('en-US')}/${v.gz.toLocaleString('en-US')}`)
    .join('<br>');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
