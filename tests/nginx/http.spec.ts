import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {BROTLI_MODULE, checkSiteConfig, contentSecurityPolicy, inlineCode, redirects, writeSiteConfig} from '../../scripts/nginx/config';
import {mediaTypeSamples} from '../../scripts/serve/media-types.mjs';
import {PAGES} from '../e2e/site';

// deploy/nginx against real nginx (started by playwright.config.ts): status codes, redirects, headers, encodings.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: number;
}

/** One raw request, no redirect following and no decompression, so what nginx sends is what is checked. */
function get(baseURL: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // The lenient parser, so a header with a control character is seen and reported instead of failing the request.
    // The path goes out as written (a URL object would read `//host/` as another host and resolve dots).
    const {hostname, port} = new URL(baseURL);
    // A connection of its own: nginx closes one after some errors (a 412), and a reused one would hang up.
    const request = http.request({hostname, port, path, method, headers, insecureHTTPParser: true, agent: false}, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, bytes}));
    });
    request.on('error', reject);
    request.end();
  });
}

const asset = (kind: 'js' | 'css', name: RegExp) => {
  const file = readdirSync(`build/assets/${kind}`).find((f) => name.test(f));
  if (!file) throw new Error(`no ${name} in build/assets/${kind}`);
  return `/assets/${kind}/${file}`;
};
const MAIN_JS = asset('js', /^main\.[0-9a-f]+\.js$/);
const STYLES = asset('css', /^styles\.[0-9a-f]+\.css$/);
const BROTLI = existsSync(BROTLI_MODULE);

function expectSecurityHeaders(answer: Answer, where: string) {
  const csp = String(answer.headers['content-security-policy'] ?? '');
  expect(csp, `${where}: Content-Security-Policy`).toContain("default-src 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toContain('unsafe-eval');
  expect(csp, where).not.toContain("'unsafe-inline'");
  expect(answer.headers['x-content-type-options'], where).toBe('nosniff');
  expect(answer.headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(answer.headers['permissions-policy'], where).toContain('camera=()');
  expect(answer.headers['cross-origin-resource-policy'], where).toBe('same-origin');
}

/** Control characters (a bare CR or LF splits or injects headers; a tab or NUL has no business there either). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A Location that stays on this site: a path, not `//host` nor `/\host` (browsers read both as another host). */
function sameSiteLocation(location: string | undefined): boolean {
  return location === undefined || (/^\/(?![/\\])/.test(location) && !CONTROL.test(location));
}

/** The addresses of the report, and odd paths made from what makes redirects go wrong: encoded \\, tab, CR, LF, NUL, /, dots, Unicode. */
const REPORTED = ['/%5Cevil.example/', '/%09/evil.example/', '/x%0dSet-Cookie:%20fixed=1;%20Path=/;%20x=/'];
const PIECES = [
  '%5C',
  '%5c%5c',
  '%09',
  '%0d',
  '%0a',
  '%0d%0a',
  '%00',
  '%2F',
  '%2f%2f',
  '..',
  '%2e%2e',
  '%E2%80%A8',
  '%D0%BF%D1%80%D0%B8',
  'evil.example',
  '@evil.example',
];
const ODD_PATHS = [
  ...REPORTED,
  ...PIECES.flatMap((piece) => [`/${piece}/`, `/${piece}.html`, `//${piece}/`, `/whatsapp${piece}/`, `/${piece}/whatsapp.html`, `/go/${piece}`]),
];

test('the policy is the one computed from this build: every inline script and style by its hash', async ({baseURL}) => {
  const answer = await get(baseURL!, '/');
  const code = inlineCode('build');
  expect(code.scripts.length, 'the theme script and the script loader at least').toBeGreaterThanOrEqual(2);
  expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy(code));
});

for (const {path} of [...PAGES, {path: '/search'}]) {
  test(`${path}: 200, HTML in UTF-8, security headers, revalidated (304 when unchanged)`, async ({baseURL}) => {
    const answer = await get(baseURL!, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(answer, path);
    const etag = String(answer.headers.etag ?? '');
    expect(etag, 'an ETag to revalidate with').not.toBe('');
    const again = await get(baseURL!, path, {'if-none-match': etag});
    expect(again.status).toBe(304);
  });
}

test('pages and assets come precompressed: Brotli when asked (if the module is installed), gzip, or plain', async ({baseURL}) => {
  for (const path of ['/whatsapp-business-api', MAIN_JS, STYLES, '/search-index.json']) {
    const gzip = await get(baseURL!, path, {'accept-encoding': 'gzip'});
    expect(gzip.headers['content-encoding'], `${path} gzip`).toBe('gzip');
    expect(gzip.headers.vary, path).toContain('Accept-Encoding');
    const br = await get(baseURL!, path, {'accept-encoding': 'br, gzip'});
    expect(br.headers['content-encoding'], `${path} br`).toBe(BROTLI ? 'br' : 'gzip');
    const plain = await get(baseURL!, path);
    expect(plain.headers['content-encoding'], `${path} plain`).toBeUndefined();
    expect(gzip.bytes, `${path}: compressed is smaller`).toBeLessThan(plain.bytes);
  }
});

test('hashed assets are cached for a year, immutable, with the right types', async ({baseURL}) => {
  const js = await get(baseURL!, MAIN_JS);
  expect(js.status).toBe(200);
  expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers['content-type']).toMatch(/^application\/javascript/);
  expectSecurityHeaders(js, MAIN_JS);
  const css = await get(baseURL!, STYLES);
  expect(css.headers['content-type']).toMatch(/^text\/css/);
  expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const index = await get(baseURL!, '/search-index.json');
  expect(index.headers['cache-control'], 'not hashed: revalidated').toBe('no-cache');
  expect(index.headers['content-type']).toMatch(/^application\/json/);
});

test('an error under /assets/ is never cached as the file: a failed precondition (412), a POST (405); no byte ranges', async ({baseURL}) => {
  const answers = {
    'a failed If-Unmodified-Since': await get(baseURL!, MAIN_JS, {'If-Unmodified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT'}),
    'a POST': await get(baseURL!, MAIN_JS, {}, 'POST'),
  };
  expect(Object.values(answers).map((a) => a.status)).toEqual([412, 405]);
  for (const [what, answer] of Object.entries(answers)) {
    expect(answer.headers['cache-control'], what).toBe('no-store');
    expectSecurityHeaders(answer, what);
  }
  // A Range, good or bad, gets the whole file (never a 416 that carries the file's year-long cache), each header once.
  for (const range of ['bytes=0-99', 'bytes=999999999-']) {
    const answer = await get(baseURL!, MAIN_JS, {Range: range});
    expect([answer.status, answer.headers['cache-control']], range).toEqual([200, 'public, max-age=31536000, immutable']);
    expect(answer.headers['content-security-policy'], `${range}: one policy`).not.toContain(',');
  }
});

test('files whose type the extension does not tell are served with their media type and charset', async ({baseURL}) => {
  for (const [file, type] of mediaTypeSamples()) {
    const answer = await get(baseURL!, file, {'accept-encoding': 'gzip'});
    expect(answer.status, file).toBe(200);
    expect(answer.headers['content-type'], file).toBe(type);
    expect(answer.headers['cache-control'], file).toBe('no-cache');
    expectSecurityHeaders(answer, file);
  }
});

// What the 404 page says in the browser: tests/e2e/pages.spec.ts.
test('a missing page or asset gets the real 404 page with status 404, compressed when asked', async ({baseURL}) => {
  for (const path of ['/no-such-page', '/assets/js/no-such.js', '/whatsapp-busines', '/404.html', '/404']) {
    const answer = await get(baseURL!, path, {'accept-encoding': 'gzip'});
    expect(answer.status, path).toBe(404);
    expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-encoding'], path).toBe('gzip');
    expectSecurityHeaders(answer, path);
  }
});

test('one address per page: a trailing slash or .html redirects once, to the address Docusaurus links', async ({baseURL}) => {
  const cases: [string, string][] = [
    ['/whatsapp/', '/whatsapp'],
    ['/whatsapp.html', '/whatsapp'],
    ['/index.html', '/'],
    ['/choose/?team=few', '/choose?team=few'],
    ['/choose.html?team=few', '/choose?team=few'],
    ['/go/api-price.html', '/go/api-price'],
    // A folder's index is the folder: one address per page, so no second copy of / and no redirect page served with 200.
    ['/index', '/'],
    ['/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api/index', '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api'],
  ];
  for (const [from, to] of cases) {
    const answer = await get(baseURL!, from);
    expect(answer.status, from).toBe(301);
    expect(answer.headers.location, from).toBe(to);
  }
  for (const {path} of PAGES) {
    const answer = await get(baseURL!, path);
    expect(answer.status, `${path} answers directly, no redirect loop`).toBe(200);
  }
});

test('the old page and every /go/ alias are real 301s, generated from src/data, that end on a page', async ({baseURL}) => {
  const all = redirects();
  expect(all.some((r) => r.from.startsWith('/go/'))).toBe(true);
  expect(all.some((r) => r.from === '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api')).toBe(true);
  for (const {from, to} of all) {
    const answer = await get(baseURL!, from);
    expect(answer.status, from).toBe(301);
    expect(answer.headers.location, from).toBe(to);
    const landing = await get(baseURL!, to.split('#')[0]!);
    expect(landing.status, `${from} → ${to}`).toBe(200);
  }
});

test('odd paths never redirect off the site nor put a control character into a header', async ({baseURL}) => {
  const problems: string[] = [];
  for (const path of ODD_PATHS) {
    const answer = await get(baseURL!, path).catch((error: Error) => ({status: 0, headers: {}, bytes: 0, error: error.message}));
    if ('error' in answer) {
      problems.push(`${path}: the response could not be read (${answer.error})`);
      continue;
    }
    const location = answer.headers.location;
    if (!sameSiteLocation(location)) problems.push(`${path}: ${answer.status} to ${JSON.stringify(location)}`);
    for (const [name, value] of Object.entries(answer.headers)) {
      if (CONTROL.test(String(value))) problems.push(`${path}: header ${name} holds a control character: ${JSON.stringify(value)}`);
    }
  }
  expect(ODD_PATHS.length).toBeGreaterThan(80);
  expect(problems).toEqual([]);
});

test('the known pages still redirect from /page/ and /page.html, and only to themselves', async ({baseURL}) => {
  for (const {path} of PAGES.filter((p) => p.path !== '/')) {
    for (const odd of [`${path}/`, `${path}.html`]) {
      const answer = await get(baseURL!, `${odd}?q=1`);
      expect(answer.status, odd).toBe(301);
      expect(answer.headers.location, odd).toBe(`${path}?q=1`);
    }
  }
});

test('nginx’s own error answers carry the security headers too', async ({baseURL}) => {
  const answers = {
    'a malformed request (400)': await get(baseURL!, '/%'),
    'a method not allowed (405)': await get(baseURL!, '/whatsapp', {}, 'POST'),
    'a request line too long (414)': await get(baseURL!, `/${'x'.repeat(20_000)}`),
  };
  expect(Object.values(answers).map((a) => a.status)).toEqual([400, 405, 414]);
  for (const [what, answer] of Object.entries(answers)) expectSecurityHeaders(answer, what);
});

test('a policy that does not match the build: the check fails and serve refuses to start, saying why', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'stale-conf-'));
  try {
    writeSiteConfig({buildDir: path.resolve('build'), out, listen: '127.0.0.1:8080', brotli: false});
    // nginx:config --check prints what checkSiteConfig says and exits 1 (scripts/nginx/config-cli.ts).
    const check = () => checkSiteConfig({buildDir: path.resolve('build'), generated: out});
    expect(check(), 'freshly rendered: matches').toBeUndefined();
    // What a deployment has after copying a build whose inline scripts changed without rendering again.
    const headers = path.join(out, 'headers.conf');
    writeFileSync(headers, readFileSync(headers, 'utf8').replace(/'sha256-[^']+'/, "'sha256-stale='"));
    expect(check()).toMatch(/does not match the build .*scripts blocked\. Render the configuration again/s);
    const serve = spawnSync('node', ['scripts/nginx/serve.mjs', '--no-build', '--config', out], {encoding: 'utf8', timeout: 60_000});
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain('serve refuses to start: the Content-Security-Policy in');
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
});

test('HEAD answers like GET, without a body', async ({baseURL}) => {
  const answer = await get(baseURL!, '/glossary', {}, 'HEAD');
  expect(answer.status).toBe(200);
  expect(answer.bytes).toBe(0);
  expect(answer.headers['content-security-policy']).toBeTruthy();
});
