/**
 * «Сообщить об ошибке» in the site built with REPORT_TO (and SITE_AS_OF=2027-04-01): plain links that work with and
 * without JavaScript, prefilled with what the reader saw; «Не нашли ответ?» on /search with the query. The normal
 * build shows none of it (tests/unit/standing-build.test.ts).
 */
import {type Page} from '@playwright/test';
import {REPORT_URL} from '../../playwright.config';
import {expect, test} from './site';

test.use({baseURL: REPORT_URL});
// Links and text, the same at any width: the desktop project is enough.
test.skip(({isMobile}) => isMobile, 'desktop only');

/** The subject and body a report link opens the mail client with. */
async function reportOf(page: Page, selector: string): Promise<{to: string; subject: string; body: string}> {
  const href = (await page.locator(selector).first().getAttribute('href')) ?? '';
  const [to, query = ''] = href.split('?');
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  return {to: to!, subject: params.get('subject') ?? '', body: params.get('body') ?? ''};
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off @full'}`, () => {
    test.use({javaScriptEnabled});

    test('a table row, a callout and a heading offer a prefilled report to REPORT_TO', async ({page}) => {
      await page.goto('/');
      const row = page.locator('#row-price');
      const link = row.getByRole('link', {name: 'Сообщить об ошибке в „Стоимость“'});
      await expect(link).toHaveText('Сообщить об ошибке');
      const report = await reportOf(page, '#row-price a[data-report]');
      expect(report.to).toBe('mailto:docs@example.org');
      expect(report.subject).toBe('Ошибка в справочнике: Стоимость');
      expect(report.body).toContain(`${new URL('/#row-price', 'https://whatsapp-business-guide.example').href}`);
      expect(report.body).toMatch(/Источники \(дата проверки\): .*Meta: цены WhatsApp Business Platform, 2026-\d\d-\d\d/);
      expect(report.body).toContain('Что не так и как правильно');
      await expect(page.locator('aside[id] a[data-report]').first()).toHaveAttribute('href', /^mailto:docs@example\.org\?subject=/);
      await expect(page.locator('h2[id] a[data-report]').first()).toHaveAttribute('href', /^mailto:docs@example\.org\?subject=/);
      // The stale marks of SITE_AS_OF=2027-04-01 are visible text in the row.
      await expect(row.locator('[data-stale]').first()).toHaveText('требует проверки');
    });

    test('a ready answer’s report quotes the answer and its sources', async ({page}) => {
      await page.goto('/answers');
      const heading = page.locator('h2[id^="answer-"]').first();
      const id = await heading.getAttribute('id');
      const report = await reportOf(page, `#${id} a[data-report]`);
      expect(report.body).toContain(`/answers#${id}`);
      expect(report.body).toMatch(/Что написано: .+\?\. /);
    });
  });
}

test('/search offers «Не нашли ответ?» with the query', async ({page}) => {
  await page.goto('/search?q=%D0%BA%D0%B0%D0%BA%20%D0%BF%D0%BE%D0%B4%D0%BA%D0%BB%D1%8E%D1%87%D0%B8%D1%82%D1%8C%20%D0%BC%D0%B0%D0%BA%D1%81');
  const link = page.getByRole('link', {name: 'Напишите, что искали'});
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  const params = new URLSearchParams(href.split('?')[1]);
  expect(params.get('subject')).toBe('Поиск не нашёл ответ: как подключить макс');
  expect(params.get('body')).toContain('Запрос: как подключить макс');
});

test.describe('JavaScript off @full', () => {
  test.use({javaScriptEnabled: false});
  test('/search still offers «Не нашли ответ?» as a plain link', async ({page}) => {
    await page.goto('/search?q=test');
    await expect(page.getByRole('link', {name: 'Напишите, что искали'})).toHaveAttribute('href', /^mailto:docs@example\.org\?subject=/);
  });
});
