import {comparison} from '../../src/data/comparison';
import {markdownPathOf} from '../../src/utils/markdown-path';
import {expect, test, PAGES, fullUnless} from './site';

test.use({javaScriptEnabled: false});

for (const {path, hasTable, hasCallout} of PAGES) {
  test(`${path} reads fully without JavaScript${fullUnless(path, ['/'])}`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('article h1')).toBeVisible();
    if (hasTable) {
      const rows = page.locator('table tbody tr[id^="row-"]');
      expect(await rows.count()).toBeGreaterThan(0);
      await expect(rows.first().locator('th[scope="row"]')).toBeVisible();
      await expect(rows.first().locator('td').first()).toContainText(/Да|Нет|Частично|Платно|Нет данных/);
    }
    if (hasCallout) await expect(page.locator('aside[role="note"]').first()).toBeVisible();
    // The page as Markdown: a plain link; the copy button, which could not work, is not shown.
    await expect(page.getByRole('link', {name: 'Открыть страницу в Markdown'})).toHaveAttribute('href', markdownPathOf(path));
    await expect(page.getByRole('button', {name: 'Скопировать как Markdown'})).toBeHidden();
  });
}

test('the overview shows every row of the comparison without JavaScript', async ({page}) => {
  await page.goto('/');
  const rowIds = comparison.groups.flatMap((g) => g.rows.map((r) => `row-${r.id}`));
  const rendered = await page.locator('table tbody tr[id^="row-"]').evaluateAll((rows) => rows.map((r) => r.id));
  expect(rendered).toEqual(rowIds);
  expect(await page.locator('table tbody th[scope="rowgroup"]').count()).toBe(comparison.groups.length);
});
