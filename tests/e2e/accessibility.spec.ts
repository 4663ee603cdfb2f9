import AxeBuilder from '@axe-core/playwright';
import {type Page} from '@playwright/test';
import {expect, test, PAGES, fullUnless, openApp} from './site';

/**
 * axe-core, WCAG 2.1 A/AA and axe's best practices (unique landmarks, …): zero violations allowed. `npm test` checks the
 * overview and the chooser in the light theme, the overview in the dark one and the search page at 1280 px;
 * `npm run test:full` every page in both themes at both widths, the navbar's search panel and three pages as they read
 * without JavaScript.
 */

// axe on a page with the full comparison table takes seconds; on a busy two-core machine, more than 30.
test.describe.configure({timeout: 60_000});

/** The violations axe finds (only those are collected: passes would cost time and say nothing here), one line each. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // options() replaces what withTags() set, so it comes first.
  const builder = new AxeBuilder({page})
    .options({resultTypes: ['violations']})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({colorScheme});
    for (const {path} of PAGES) {
      test(`${path} has no axe violations${colorScheme === 'dark' ? fullUnless(path, ['/']) : fullUnless(path, ['/', '/choose'])}`, async ({
        page,
      }) => {
        await openApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await violations(page)).toEqual([]);
      });
    }

    test(`the search page with results has no axe violations @desktop${colorScheme === 'dark' ? ' @full' : ''}`, async ({page}) => {
      await openApp(page, '/search?q=%D0%B2%D0%B0%D1%82%D1%81%D0%B0%D0%BF');
      await expect(page.locator('main ol li').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the open navbar search panel has no axe violations @desktop @full', async ({page}) => {
      await openApp(page, '/');
      const box = page.locator('.navbar').getByRole('combobox');
      await box.focus();
      await box.fill('цены');
      await expect(page.locator('[role="option"]').first()).toBeVisible();
      expect(await violations(page, '.navbar form[role="search"]')).toEqual([]);
    });
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

  // The server-rendered markup is made of the same components on every page, and the comparison table keeps its
  // server HTML after hydration too (TableIsland): a page with a table and a callout, the glossary and the change log.
  for (const path of ['/whatsapp', '/glossary', '/changes']) {
    test(`${path} without JavaScript has no axe violations @desktop @full`, async ({page}) => {
      await page.goto(path);
      // Proof that nothing ran: no theme attribute from the inline script, copy links still plain links.
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
      expect(await page.locator('article button[aria-label^="Скопировать ссылку"]').count()).toBe(0);
      expect(await page.locator('article a[aria-label^="Ссылка на"]').count()).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
    });
  }
});
