import {expect, test, type Page} from '@playwright/test';
import {SITE_URL} from '../../site-url';
import {markdownPathOf} from '../../src/utils/markdown-path';
import {PAGES, openApp, fullUnless} from './site';

/**
 * Link previews in help desks and messengers: every page carries its own title, description, canonical URL
 * and a 1200×630 PNG preview, and names its Markdown twin. Previewers do not run JavaScript, so the server-rendered HTML is what counts.
 */
test.use({javaScriptEnabled: false});

const SINGLE_TAGS = [
  'meta[name="description"]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[property="og:url"]',
  'meta[property="og:locale"]',
  'meta[property="og:image"]',
  'meta[name="twitter:card"]',
  'link[rel="canonical"]',
  'link[rel="alternate"][type="text/markdown"]',
] as const;

async function readHead(page: Page) {
  return page.evaluate(
    (selectors) => {
      const attr = (selector: string) => {
        const el = document.head.querySelector(selector);
        return (el?.getAttribute('content') ?? el?.getAttribute('href') ?? '').trim();
      };
      const counts = Object.fromEntries(selectors.map((s) => [s, document.head.querySelectorAll(s).length]));
      return {
        titleCount: document.querySelectorAll('head title').length,
        title: document.title.trim(),
        counts,
        description: attr('meta[name="description"]'),
        ogTitle: attr('meta[property="og:title"]'),
        ogDescription: attr('meta[property="og:description"]'),
        ogUrl: attr('meta[property="og:url"]'),
        ogLocale: attr('meta[property="og:locale"]'),
        ogImage: attr('meta[property="og:image"]'),
        twitterCard: attr('meta[name="twitter:card"]'),
        canonical: attr('link[rel="canonical"]'),
        markdown: attr('link[rel="alternate"][type="text/markdown"]'),
      };
    },
    [...SINGLE_TAGS],
  );
}

for (const {path} of PAGES) {
  test(`${path} has its own title, description, canonical URL and 1200×630 preview image @desktop${fullUnless(path, ['/'])}`, async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const head = await readHead(page);

    expect(head.titleCount, 'exactly one <title>').toBe(1);
    expect(head.title).not.toBe('');
    for (const [selector, count] of Object.entries(head.counts)) expect(count, `${selector} appears once`).toBe(1);
    expect(head.description).not.toBe('');
    expect(head.ogTitle).not.toBe('');
    expect(head.ogDescription).not.toBe('');
    expect(head.ogUrl).toBe(`${SITE_URL}${path}`);
    expect(head.canonical).toBe(head.ogUrl);
    expect(head.markdown, 'the page’s Markdown twin').toBe(`${SITE_URL}${markdownPathOf(path)}`);
    expect(head.ogLocale).toBe('ru_RU');
    expect(head.twitterCard).toBe('summary_large_image');

    expect(head.ogImage.startsWith(`${SITE_URL}/`), `og:image ${head.ogImage} is an absolute URL on ${SITE_URL}`).toBe(true);
    const image = await request.get(`${baseURL}${new URL(head.ogImage).pathname}`);
    expect(image.status(), `GET ${head.ogImage}`).toBe(200);
    expect(image.headers()['content-type']).toMatch(/^image\/png\b/);
    const png = await image.body();
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({width: png.readUInt32BE(16), height: png.readUInt32BE(20)}).toEqual({width: 1200, height: 630});
  });
}

test('titles, descriptions and preview images differ from page to page @desktop @full', async ({page}) => {
  const heads: Awaited<ReturnType<typeof readHead>>[] = [];
  for (const {path} of PAGES) {
    await page.goto(path);
    heads.push(await readHead(page));
  }
  for (const key of ['title', 'description', 'ogTitle', 'ogDescription', 'ogUrl', 'ogImage'] as const) {
    const values = heads.map((head) => head[key]);
    expect(new Set(values).size, `${key} is unique: ${JSON.stringify(values)}`).toBe(values.length);
  }
});

for (const {path} of PAGES) {
  test(`${path}: the title and canonical URL stay the same once JavaScript runs @desktop @full`, async ({browser, baseURL}) => {
    const context = await browser.newContext({baseURL, javaScriptEnabled: true});
    const withJs = await context.newPage();
    const noJs = await (await browser.newContext({baseURL, javaScriptEnabled: false})).newPage();
    {
      await noJs.goto(path);
      await openApp(withJs, path);
      const before = await readHead(noJs);
      // React Helmet applies the page's head after hydration, and may lag behind it on a busy machine.
      await expect.poll(async () => (await readHead(withJs)).title, {timeout: 5000}).toBe(before.title);
      const after = await readHead(withJs);
      expect(after.titleCount, `${path}: exactly one <title> after hydration`).toBe(1);
      expect({title: after.title, canonical: after.canonical, ogUrl: after.ogUrl, ogImage: after.ogImage}).toEqual({
        title: before.title,
        canonical: before.canonical,
        ogUrl: before.ogUrl,
        ogImage: before.ogImage,
      });
    }
    await context.close();
    await noJs.context().close();
  });
}
