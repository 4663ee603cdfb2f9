import {expect, test} from '@playwright/test';
import {LONG_CACHE, REVALIDATE} from '../../scripts/serve/cache-policy.mjs';
import {mediaTypeSamples} from '../../scripts/serve/media-types.mjs';

// The server the tests use behaves like production (scripts/serve/server.mjs); the browser does not matter.
test.describe('static server @desktop', () => {
  test('sends Brotli or gzip as the client asks, and says it varies by encoding', async ({request}) => {
    for (const [accept, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const response = await request.get('/', {headers: {'Accept-Encoding': accept}});
      expect(response.status()).toBe(200);
      expect(response.headers()['content-encoding'], accept).toBe(expected);
      expect(response.headers()['vary']).toBe('Accept-Encoding');
      expect(await response.text()).toMatch(/<html lang="?ru-RU/);
    }
  });

  test('serves the files whose type the extension does not tell with their media type and charset, compressed', async ({request}) => {
    for (const [file, type] of mediaTypeSamples()) {
      const response = await request.get(file, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-type'], file).toBe(type);
      expect(response.headers()['content-encoding'], file).toBe('gzip');
    }
  });

  test('caches hashed assets for a year and makes HTML revalidate by ETag', async ({request}) => {
    const html = await request.get('/whatsapp');
    expect(html.headers()['cache-control']).toBe(REVALIDATE);
    const etag = html.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('/whatsapp', {headers: {'If-None-Match': etag!}});
    expect(again.status()).toBe(304);

    const script = /"(\/assets\/js\/main\.[0-9a-f]+\.js)"/.exec(await html.text())?.[1];
    expect(script, 'the page loads a hashed main.js').toBeTruthy();
    const asset = await request.get(script!);
    expect(asset.headers()['cache-control']).toBe(LONG_CACHE);
    expect(asset.headers()['content-type']).toContain('javascript');
  });

  test('answers a missing page with the site’s own 404 page and status 404', async ({request}) => {
    for (const path of ['/net-takoy-stranicy', '/assets/js/missing.js', '/whatsapp/extra']) {
      const response = await request.get(path, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-encoding']).toBe('gzip');
      expect(await response.text()).toContain('Страница не найдена');
    }
  });
});
