import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {PAGES, openApp} from './site';

/**
 * axe-core on what accessibility.spec.ts does not cover: the phone layout (light and dark) and the page
 * as it reads without JavaScript (desktop; one page per kind of content). Zero WCAG 2.1 A/AA violations allowed.
 */

// axe on a page with the full comparison table takes seconds; on a busy two-core machine, more than 30.
test.describe.configure({timeout: 60_000});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  // Only violations are collected: passes and the rest would cost time and say nothing here.
  const results = await new AxeBuilder({page})
    .withTags(TAGS)
    .options({resultTypes: ['violations']})
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe on a phone, ${colorScheme} theme`, () => {
    test.use({colorScheme});
    for (const {path} of PAGES) {
      // Colours are checked in both themes at the desktop width (accessibility.spec.ts); the phone's own markup in
      // both themes, on every page: `npm run test:full`.
      test(`${path} has no WCAG A/AA violations @phone @full`, async ({page}) => {
        await openApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  // axe needs a script of its own, so instead of switching JavaScript off the page's scripts are removed:
  // what is left is the server-rendered HTML exactly as a browser without JavaScript shows it.
  test.beforeEach(async ({page}) => {
    await page.route('**/*', async (route) => {
      const type = route.request().resourceType();
      if (type === 'script') return route.abort();
      if (type !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      return route.fulfill({response, body});
    });
  });

  // The server-rendered markup is made of the same components on every page, and the comparison table keeps
  // its server HTML after hydration too (TableIsland), so the phone runs above already check that table:
  // a page with a table and a callout, the glossary and the change log cover the rest.
  for (const path of ['/whatsapp', '/glossary', '/changes']) {
    test(`${path} without JavaScript has no WCAG A/AA violations @desktop @full`, async ({page}) => {
      await page.goto(path);
      // Proof that nothing ran: no theme attribute from the inline script, copy links still plain links.
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
      expect(await page.locator('article button[aria-label^="Скопировать ссылку"]').count()).toBe(0);
      expect(await page.locator('article a[aria-label^="Ссылка на"]').count()).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
    });
  }
});
