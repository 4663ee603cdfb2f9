import {expect, test, type Page} from '@playwright/test';
import {SITE_URL} from '../../site-url';
import {answersToSearch, outcomeFor} from '../../src/chooser/logic';
import {chooser} from '../../src/data/chooser';
import {waitForApp} from './site';

// «Какой WhatsApp вам подходит?» (/choose): the form, the result, the URL, and the page without JavaScript.

const {questions} = chooser;
const COEXISTENCE = {integration: 'yes', team: 'few', outreach: 'no', phone: 'yes', pay: 'yes', number: 'business-app'};
const title = (answers: Record<string, string>) => outcomeFor(chooser, answers)!.title;

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

const result = (page: Page) => page.locator('#result');
const visibleOutcome = (page: Page) => result(page).locator('[data-active="true"] h3');
const liveRegion = (page: Page) => page.locator('#site-live-region');

async function checkedValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('#questions input:checked')].map((input) => [input.name, input.value])),
  );
}

test('keyboard only: Tab reaches each radio group, arrows choose, Enter shows the result and focuses it', async ({page}) => {
  await page.goto('/choose');
  await waitForApp(page);
  await page.locator('main h1').click(); // a starting point inside the content, without focusing a control
  // Tab to the first radio group.
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'integration')); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#choose-integration-yes')).toBeFocused();
  // In each group: Space picks the focused option, ArrowDown the next one; Tab goes to the next group.
  await page.keyboard.press('Space'); // integration = yes
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // team = few (arrow selects as it moves)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // outreach = no
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // phone = yes
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // pay = yes
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // number = business-app
  await expect.poll(() => new URL(page.url()).search).toBe(answersToSearch(questions, COEXISTENCE));
  await expect(liveRegion(page)).toHaveText(`Рекомендация: ${title(COEXISTENCE)}`);
  await page.keyboard.press('Enter'); // submits the form from a radio
  await expect(visibleOutcome(page)).toBeFocused();
  await expect(visibleOutcome(page)).toHaveText(title(COEXISTENCE));
  // Focus is visible on the result heading.
  const outline = await visibleOutcome(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('Enter before every question is answered moves focus to the first unanswered one and says which', async ({page}) => {
  await page.goto('/choose?integration=no&team=one');
  await waitForApp(page);
  await page.locator('#choose-team-one').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#choose-outreach-no')).toBeFocused();
  await expect(liveRegion(page)).toHaveText(`Ответьте ещё на вопрос: ${questions[2]!.legend}`);
  await expect(result(page)).toContainText('Отвечено: 2 из 6');
});

test('a pre-filled link opens the result; changes go into the URL; back and forward step through them', async ({page}) => {
  const search = answersToSearch(questions, COEXISTENCE);
  await page.goto(`/choose${search}#result`);
  await waitForApp(page);
  await expect(visibleOutcome(page)).toHaveText(title(COEXISTENCE));
  await expect(visibleOutcome(page)).toBeVisible();
  expect(await checkedValues(page)).toEqual(COEXISTENCE);

  await page.locator('label[for="choose-phone-no"]').click();
  const platform = {...COEXISTENCE, phone: 'no'};
  await expect(page).toHaveURL(new RegExp(`phone=no`));
  await expect(visibleOutcome(page)).toHaveText(title(platform));
  await expect(result(page).locator('[data-active="true"]')).toContainText('номер из него можно подключить к API в режиме сосуществования');

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`phone=yes`));
  await expect(visibleOutcome(page)).toHaveText(title(COEXISTENCE));
  expect(await checkedValues(page)).toEqual(COEXISTENCE);

  await page.goForward();
  await expect(visibleOutcome(page)).toHaveText(title(platform));
  expect(await checkedValues(page)).toEqual(platform);

  await page.getByRole('button', {name: 'Начать заново'}).click();
  await expect(page).toHaveURL(/\/choose$/);
  expect(await checkedValues(page)).toEqual({});
  await expect(result(page)).toContainText('Отвечено: 0 из 6');
});

test('«Скопировать ссылку на результат» copies a link that opens the same result', async ({page}) => {
  const answers = {...COEXISTENCE, integration: 'no', team: 'one', outreach: 'some', pay: 'no'};
  await page.goto(`/choose${answersToSearch(questions, answers)}`);
  await waitForApp(page);
  await result(page).getByRole('button', {name: 'Скопировать ссылку на результат'}).click();
  await expect(liveRegion(page)).toHaveText('Ссылка на результат скопирована');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${SITE_URL}/choose${answersToSearch(questions, answers)}#result`);
  await page.goto(copied.replace(SITE_URL, ''));
  await waitForApp(page);
  await expect(visibleOutcome(page)).toHaveText(title(answers));
  const {top} = await result(page).evaluate((el) => el.getBoundingClientRect());
  expect(top, 'the link scrolls to the result').toBeLessThan(300);
});

test('the result appears and changes without moving anything below it', async ({page}) => {
  await page.goto('/choose');
  await waitForApp(page);
  const below = page.locator('#all-outcomes');
  const before = await below.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.evaluate(() => {
    (window as unknown as {shifts: number}).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {value: number}[]) (window as unknown as {shifts: number}).shifts += entry.value;
    }).observe({type: 'layout-shift'});
  });
  for (const [question, value] of Object.entries(COEXISTENCE)) await page.locator(`label[for="choose-${question}-${value}"]`).click();
  await expect(visibleOutcome(page)).toHaveText(title(COEXISTENCE));
  expect(await below.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)).toBe(before);
  await page.locator('label[for="choose-pay-no"]').click();
  await expect(visibleOutcome(page)).toHaveText(title({...COEXISTENCE, pay: 'no'}));
  expect(await below.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)).toBe(before);
  expect(await page.evaluate(() => (window as unknown as {shifts: number}).shifts)).toBe(0);
});

test('a link with unknown answers still opens the form and says what was left out', async ({page}) => {
  await page.goto('/choose?team=few&pay=maybe&utm_source=ticket');
  await waitForApp(page);
  await expect(result(page)).toContainText('Часть ответов из ссылки не распознана и пропущена: pay=maybe, utm_source=ticket.');
  expect(await checkedValues(page)).toEqual({team: 'few'});
});

test('the form is fieldsets with legends and named radio groups; hidden outcomes are out of reach', async ({page}) => {
  await page.goto('/choose');
  await waitForApp(page);
  for (const question of questions) {
    const group = page.getByRole('group', {name: question.legend});
    await expect(group).toHaveCount(1);
    await expect(group.getByRole('radio')).toHaveCount(question.options.length);
  }
  // Only the placeholder is visible before answers: no hidden outcome's button can be reached.
  await expect(result(page).getByRole('button')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the page lists every outcome, when it applies and why, each at its published anchor', async ({page}) => {
    await page.goto('/choose');
    await expect(result(page).getByRole('link', {name: '«Все варианты»'})).toHaveAttribute('href', '#all-outcomes');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(chooser.outcomes.length);
    for (const outcome of chooser.outcomes) {
      await expect(page.getByRole('rowheader', {name: outcome.title, exact: true})).toBeVisible();
      const section = page.locator(`[id="outcome-${outcome.id}"]`);
      await expect(section).toHaveText(outcome.title);
      await expect(section.locator('xpath=..')).toContainText(outcome.appliesWhen);
      await expect(section.locator('xpath=..')).toContainText(outcome.reasons[0]!.text);
    }
  });
});
