import {expect, test, PAGES, fullUnless} from './site';

// Content first: the page paints from HTML and CSS alone, then its scripts load and hydrate it
// (plugins/scripts-after-paint.ts). The order is the same at every width: checked at one.
for (const {path} of PAGES) {
  test(`${path} paints before its scripts are requested, then hydrates @desktop${fullUnless(path, ['/'])}`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/.test(entry.name))
        .map((entry) => entry.startTime);
      return {paint, scripts};
    });
    expect(timing.paint, 'first contentful paint was recorded').toBeGreaterThan(0);
    expect(timing.scripts).toHaveLength(2);
    for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.paint!);
  });
}
