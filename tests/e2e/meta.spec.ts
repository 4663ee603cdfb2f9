import {type Page} from '@playwright/test';
import {expect, test, PAGES, openApp} from './site';

// The head as previewers read it (no JavaScript) is checked on the built HTML: tests/unit/page-meta.test.ts.
// Here: hydration keeps it.
const readHead = (page: Page) =>
  page.evaluate(() => {
    const attr = (selector: string) => document.head.querySelector(selector)?.getAttribute(selector.startsWith('link') ? 'href' : 'content');
    return {
      titles: document.querySelectorAll('head title').length,
      title: document.title.trim(),
      canonical: attr('link[rel="canonical"]'),
      ogUrl: attr('meta[property="og:url"]'),
      ogImage: attr('meta[property="og:image"]'),
    };
  });

for (const {path} of PAGES) {
  test(`${path}: the title and canonical URL stay the same once JavaScript runs @desktop @full`, async ({browser, baseURL}) => {
    const noJs = await browser.newContext({baseURL, javaScriptEnabled: false});
    const withJs = await browser.newContext({baseURL});
    const before = await noJs.newPage();
    const after = await withJs.newPage();
    await before.goto(path);
    await openApp(after, path);
    const expected = await readHead(before);
    // React Helmet applies the page's head after hydration, and may lag behind it on a busy machine.
    await expect.poll(() => readHead(after), {timeout: 5000}).toEqual(expected);
    expect(expected.titles).toBe(1);
    await noJs.close();
    await withJs.close();
  });
}
