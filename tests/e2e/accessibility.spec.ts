import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {PAGES} from './site';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({colorScheme});
    for (const {path} of PAGES) {
      // Colours and markup are the same at every width; one viewport keeps the suite fast.
      test(`${path} has no WCAG A/AA violations @desktop`, async ({page}) => {
        await page.goto(path, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
