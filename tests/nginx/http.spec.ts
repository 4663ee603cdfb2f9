import {existsSync, readdirSync} from 'node:fs';
import http from 'node:http';
import {expect, test} from '@playwright/test';
import {BROTLI_MODULE, contentSecurityPolicy, inlineCode, redirects} from '../../scripts/nginx/config';
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
    const request = http.request(new URL(path, baseURL), {method, headers}, (response) => {
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
}

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

test('a missing page or asset gets the real 404 page with status 404, compressed when asked', async ({baseURL, page}) => {
  for (const path of ['/no-such-page', '/assets/js/no-such.js', '/whatsapp-busines', '/404.html', '/404']) {
    const answer = await get(baseURL!, path, {'accept-encoding': 'gzip'});
    expect(answer.status, path).toBe(404);
    expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-encoding'], path).toBe('gzip');
    expectSecurityHeaders(answer, path);
  }
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(/не найдена/i);
});

test('one address per page: a trailing slash or .html redirects once, to the address Docusaurus links', async ({baseURL}) => {
  const cases: [string, string][] = [
    ['/whatsapp/', '/whatsapp'],
    ['/whatsapp.html', '/whatsapp'],
    ['/index.html', '/'],
    ['/choose/?team=few', '/choose?team=few'],
    ['/choose.html?team=few', '/choose?team=few'],
    ['/go/api-price.html', '/go/api-price'],
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

test('HEAD answers like GET, without a body', async ({baseURL}) => {
  const answer = await get(baseURL!, '/glossary', {}, 'HEAD');
  expect(answer.status).toBe(200);
  expect(answer.bytes).toBe(0);
  expect(answer.headers['content-security-policy']).toBeTruthy();
});
