import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {PAGES, fullUnless, openApp} from './site';

/** axe with WCAG 2.1 A/AA; only violations are collected (passes and the rest would cost time and say nothing here). */
const axe = (page: Page) => new AxeBuilder({page}).options({resultTypes: ['violations']});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({colorScheme});
    for (const {path} of PAGES) {
      // Colours and markup are the same at every width; one viewport keeps the suite fast. The overview and the chooser
      // in the light theme, the overview in the dark one (the same stylesheet); every page in both: `npm run test:full`.
      test(`${path} has no WCAG A/AA violations @desktop${colorScheme === 'dark' ? fullUnless(path, ['/']) : fullUnless(path, ['/', '/choose'])}`, async ({
        page,
      }) => {
        await openApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe on search, ${colorScheme} theme`, () => {
    test.use({colorScheme});

    test(`the search page with results has no WCAG A/AA violations @desktop${colorScheme === 'dark' ? ' @full' : ''}`, async ({page}) => {
      await openApp(page, '/search?q=%D0%B2%D0%B0%D1%82%D1%81%D0%B0%D0%BF');
      await expect(page.locator('main ol li').first()).toBeVisible();
      const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });

    test('the open navbar search panel has no WCAG A/AA violations @desktop @full', async ({page}) => {
      await openApp(page, '/');
      const box = page.locator('.navbar').getByRole('combobox');
      await box.focus();
      await box.fill('цены');
      await expect(page.locator('[role="option"]').first()).toBeVisible();
      const results = await axe(page).include('.navbar form[role="search"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  });
}
