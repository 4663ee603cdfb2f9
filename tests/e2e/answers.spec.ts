import {SITE_URL} from '../../site-url';
import {answers} from '../../src/data/answers';
import {expect, test, openApp} from './site';

// «Готовые ответы» (/answers): one click copies an answer and its link, and the link leads to the explanation.

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

test('every answer is on the page under its question, at its published anchor', async ({page}) => {
  await page.goto('/answers');
  for (const item of answers) {
    const heading = page.locator(`h2[id="answer-${item.id}"]`);
    await expect(heading).toContainText(item.question);
    await expect(heading).toHaveAttribute('data-link-target', '');
    await expect(page.locator('section').filter({has: heading})).toContainText(item.answer);
  }
});

for (const [index, item] of answers.filter((_, index) => index % 4 === 0).entries()) {
  test(`«Скопировать ответ» copies the answer to «${item.question}» with a working link @desktop${index ? ' @full' : ''}`, async ({page}) => {
    await openApp(page, '/answers');
    const section = page.locator('section').filter({has: page.locator(`[id="answer-${item.id}"]`)});
    await section.getByRole('button', {name: `Скопировать ответ на вопрос „${item.question}“`}).click();
    await expect(page.locator('#site-live-region')).toHaveText('Ответ скопирован');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${item.answer}\n\nПодробнее: ${SITE_URL}${item.link}`);
    // The link in the copied text leads to the page and the element that explain the answer.
    const url = new URL(copied.split('Подробнее: ')[1]!);
    await page.goto(url.pathname + url.hash);
    if (url.hash) await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toBeVisible();
    else await expect(page.locator('h1')).toBeVisible();
  });
}

test('search finds a ready answer by the words a customer uses @full', async ({page}) => {
  await openApp(page, '/search?q=заблокируют номер серая интеграция');
  await expect(page.locator('main a[href="/answers#answer-grey-integration-ban"]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the answers read in full and the copy buttons, which could not work, are not shown', async ({page}) => {
    await page.goto('/answers');
    await expect(page.locator('main')).toContainText(answers[0]!.answer);
    const button = page.getByRole('button', {name: /Скопировать ответ/}).first();
    await expect(button).toBeHidden();
  });
});
