import {type Page} from '@playwright/test';
import publishedLinks from '../../published-links.json';
import {SITE_URL} from '../../site-url';
import {answersToSearch, notesFor, outcomeFor, type Answers} from '../../src/chooser/logic';
import {linkIds} from '../../src/data/link-ids';
import {chooser} from '../../src/data/chooser';
import {expect, test, openApp} from './site';

// «Какой WhatsApp вам подходит?» (/choose): the form, the result, the URL, and the page without JavaScript.
// What does not depend on the width (the rules, the URL, the keyboard, the markup) runs at the desktop width only;
// what the layout decides (the result not moving the page, a long parameter) runs at both.

const {questions} = chooser;
/** Customers outside Russia and every Platform need answered so that the phone and the app both count. */
const COEXISTENCE: Answers = {
  customers: 'abroad',
  integration: 'yes',
  team: 'few',
  outreach: 'no',
  phone: 'yes',
  pay: 'yes',
  number: 'business-app',
};
/** The outcome for customers mostly in Russia, whatever the other answers. */
const IN_RUSSIA = chooser.outcomes.find((o) => o.id === 'customers-in-russia')!;
const outcome = (answers: Answers) => outcomeFor(chooser, answers)!;
const title = (answers: Answers) => outcome(answers).title;

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

const result = (page: Page) => page.locator('#result');
const activePanel = (page: Page) => result(page).locator('[data-active="true"]');
const visibleOutcome = (page: Page) => activePanel(page).locator('h3');
const liveRegion = (page: Page) => page.locator('#site-live-region');
const radio = (page: Page, questionId: string, value: string) => page.locator(`[id="choose-${questionId}-${value}"]`);
const answeredCount = (answers: Answers) => `Отвечено: ${Object.keys(answers).length} из ${questions.length}`;

async function checkedValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('#questions input:checked')].map((input) => [input.name, input.value])),
  );
}

/** The URL's query string is the answers, in question order. */
async function expectSearch(page: Page, answers: Answers): Promise<void> {
  await expect.poll(() => new URL(page.url()).search).toBe(answersToSearch(questions, answers));
}

/** The visible outcome is the one for these answers, with exactly its cautions plus the notes for these answers. */
async function expectOutcome(page: Page, answers: Answers): Promise<void> {
  const expected = outcome(answers);
  await expect(visibleOutcome(page)).toHaveText(expected.title);
  await expect(visibleOutcome(page)).toHaveId(`result-${expected.id}`);
  // The shown cautions (not the reserved, invisible ones at the end of the panel).
  const cautions = activePanel(page).locator('h4:text-is("Что учесть") + ul > li');
  const texts = [...expected.cautions, ...notesFor(chooser, answers, expected.id).map((note) => note.point)].map((point) => point.text);
  await expect(cautions).toHaveCount(texts.length);
  await expect(cautions).toContainText(texts);
  for (const text of texts) await expect(cautions.filter({hasText: text})).toBeVisible();
}

test('keyboard only: Tab reaches each radio group, arrows choose, Enter shows the result and focuses it @desktop', async ({page}) => {
  await openApp(page, '/choose');
  await page.locator('main h1').click(); // a starting point inside the content, without focusing a control
  // Tab to the first radio group.
  const first = questions[0]!;
  for (let i = 0; i < 30 && !(await page.evaluate((name) => document.activeElement?.getAttribute('name') === name, first.id)); i += 1) {
    await page.keyboard.press('Tab');
  }
  // In each group: Tab lands on its first option; Space picks the focused option, ArrowDown the next one (an
  // arrow selects as it moves); Tab goes on to the next group.
  for (const [index, question] of questions.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await expect(radio(page, question.id, question.options[0]!.value), `Tab reaches «${question.legend}»`).toBeFocused();
    const target = question.options.findIndex((option) => option.value === COEXISTENCE[question.id]);
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
    await expect(radio(page, question.id, COEXISTENCE[question.id]!)).toBeChecked();
    await expect(radio(page, question.id, COEXISTENCE[question.id]!)).toBeFocused();
  }
  expect(await checkedValues(page)).toEqual(COEXISTENCE);
  await expectSearch(page, COEXISTENCE);
  await expect(liveRegion(page)).toHaveText(`Рекомендация: ${title(COEXISTENCE)}`);
  await page.keyboard.press('Enter'); // submits the form from a radio
  await expect(visibleOutcome(page)).toBeFocused();
  await expectOutcome(page, COEXISTENCE);
  // Focus is visible on the result heading.
  const outline = await visibleOutcome(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('Enter before every question is answered moves focus to the first unanswered one and says which @desktop @full', async ({page}) => {
  const answers: Answers = {customers: 'abroad', integration: 'no', team: 'one'};
  const missing = questions.find((q) => answers[q.id] === undefined)!;
  expect(missing.id, 'a question after the answered ones is missing').toBe(questions[3]!.id);
  await openApp(page, `/choose${answersToSearch(questions, answers)}`);
  await expect(result(page)).toContainText(answeredCount(answers));
  await radio(page, 'team', 'one').focus();
  await page.keyboard.press('Enter');
  await expect(radio(page, missing.id, missing.options[0]!.value)).toBeFocused();
  await expect(liveRegion(page)).toHaveText(`Ответьте ещё на вопрос: ${missing.legend}`);
  await expect(result(page)).toContainText(answeredCount(answers));
  await expect(visibleOutcome(page)).toHaveCount(0);
});

test('an old link without «Где ваши клиенты?» opens the form with that question unanswered and no result until it is @desktop @full', async ({
  page,
}) => {
  const customers = questions[0]!;
  const old: Answers = {integration: 'no', team: 'one', outreach: 'no', phone: 'yes', pay: 'no', number: 'new'};
  expect(Object.keys(old)).toEqual(questions.slice(1).map((q) => q.id)); // every other question is answered
  await openApp(page, `/choose${answersToSearch(questions, old)}`);
  await expect(result(page)).toContainText(answeredCount(old));
  expect(await checkedValues(page)).toEqual(old);
  await expect(visibleOutcome(page)).toHaveCount(0);
  await expect(result(page).getByRole('button')).toHaveCount(0);

  await radio(page, 'number', 'new').focus();
  await page.keyboard.press('Enter');
  await expect(radio(page, customers.id, customers.options[0]!.value)).toBeFocused();
  await expect(liveRegion(page)).toHaveText(`Ответьте ещё на вопрос: ${customers.legend}`);
  await expect(visibleOutcome(page)).toHaveCount(0);

  // Answering it shows the result and writes the question first in the URL.
  const answers = {...old, customers: 'abroad'};
  await page.locator(`label[for="choose-customers-abroad"]`).click();
  await expectOutcome(page, answers);
  await expectSearch(page, answers);
  expect(new URL(page.url()).search).toMatch(/^\?customers=abroad&/);
});

test('a pre-filled link opens the result; changes go into the URL; back and forward step through them @desktop', async ({page}) => {
  await openApp(page, `/choose${answersToSearch(questions, COEXISTENCE)}#result`);
  await expectOutcome(page, COEXISTENCE);
  await expect(visibleOutcome(page)).toBeVisible();
  expect(await checkedValues(page)).toEqual(COEXISTENCE);

  const platform = {...COEXISTENCE, phone: 'no'};
  expect(outcome(platform).id).not.toBe(outcome(COEXISTENCE).id);
  await page.locator('label[for="choose-phone-no"]').click();
  await expectSearch(page, platform);
  await expectOutcome(page, platform);

  // Customers in Russia as well: the same outcome, with the cautions for them.
  const mixed = {...platform, customers: 'mixed'};
  expect(outcome(mixed).id).toBe(outcome(platform).id);
  expect(notesFor(chooser, mixed, outcome(mixed).id).map((note) => note.id)).toEqual(
    expect.arrayContaining(['some-customers-in-russia', 'law-41fz']),
  );
  await page.locator('label[for="choose-customers-mixed"]').click();
  await expectSearch(page, mixed);
  await expectOutcome(page, mixed);

  await page.goBack();
  await expectSearch(page, platform);
  await expectOutcome(page, platform);
  expect(await checkedValues(page)).toEqual(platform);

  await page.goBack();
  await expectSearch(page, COEXISTENCE);
  await expectOutcome(page, COEXISTENCE);
  expect(await checkedValues(page)).toEqual(COEXISTENCE);

  await page.goForward();
  await expectSearch(page, platform);
  await expectOutcome(page, platform);
  expect(await checkedValues(page)).toEqual(platform);

  await page.getByRole('button', {name: 'Начать заново'}).click();
  await expect(page).toHaveURL(/\/choose$/);
  expect(await checkedValues(page)).toEqual({});
  await expect(result(page)).toContainText(answeredCount({}));
  await expect(radio(page, questions[0]!.id, questions[0]!.options[0]!.value)).toBeFocused();
});

test('a pre-filled link with customers mostly in Russia shows «customers-in-russia», whatever the other answers @desktop @full', async ({page}) => {
  const others = [COEXISTENCE, {...COEXISTENCE, integration: 'no', team: 'one', outreach: 'some', pay: 'no'}];
  for (const other of others) {
    const answers = {...other, customers: 'russia'};
    expect(outcome(answers).id).toBe(IN_RUSSIA.id);
    await openApp(page, `/choose${answersToSearch(questions, answers)}`);
    await expectOutcome(page, answers);
    await expect(visibleOutcome(page)).toHaveText(IN_RUSSIA.title);
    await expect(activePanel(page)).toContainText(IN_RUSSIA.summary);
    expect(await checkedValues(page)).toEqual(answers);
  }
  // Answering that the customers are abroad brings back the outcome the other answers lead to.
  const abroad = {...others.at(-1)!, customers: 'abroad'};
  expect(outcome(abroad).id).not.toBe(IN_RUSSIA.id);
  await page.locator('label[for="choose-customers-abroad"]').click();
  await expectSearch(page, abroad);
  await expectOutcome(page, abroad);
});

test('«Скопировать ссылку на результат» copies a link that opens the same result @desktop @full', async ({page}) => {
  const answers = {...COEXISTENCE, customers: 'mixed', integration: 'no', team: 'one', outreach: 'some', pay: 'no'};
  await openApp(page, `/choose${answersToSearch(questions, answers)}`);
  await expectOutcome(page, answers);
  await result(page).getByRole('button', {name: 'Скопировать ссылку на результат'}).click();
  await expect(liveRegion(page)).toHaveText('Ссылка на результат скопирована');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${SITE_URL}/choose${answersToSearch(questions, answers)}#result`);
  expect([...new URL(copied).searchParams.keys()], 'every answer, in question order').toEqual(questions.map((q) => q.id));
  await openApp(page, copied.replace(SITE_URL, ''));
  await expectOutcome(page, answers);
  expect(await checkedValues(page)).toEqual(answers);
  const {top} = await result(page).evaluate((el) => el.getBoundingClientRect());
  expect(top, 'the link scrolls to the result').toBeLessThan(300);
});

test('the result appears and changes without moving anything below it @full', async ({page}) => {
  await openApp(page, '/choose');
  const below = page.locator(`[id="${linkIds.allOutcomes}"]`);
  const position = () => below.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await position();
  await page.evaluate(() => {
    (window as unknown as {shifts: number}).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {value: number}[]) (window as unknown as {shifts: number}).shifts += entry.value;
    }).observe({type: 'layout-shift'});
  });
  for (const [question, value] of Object.entries(COEXISTENCE)) await page.locator(`label[for="choose-${question}-${value}"]`).click();
  await expectOutcome(page, COEXISTENCE);
  expect(await position()).toBe(before);
  // Another outcome, the same one with extra cautions, and the outcome for customers in Russia.
  let answers = COEXISTENCE;
  for (const [question, value] of [
    ['pay', 'no'],
    ['customers', 'mixed'],
    ['customers', 'russia'],
  ] as const) {
    answers = {...answers, [question]: value};
    await page.locator(`label[for="choose-${question}-${value}"]`).click();
    await expectOutcome(page, answers);
    expect(await position(), `after ${question}=${value}`).toBe(before);
  }
  expect(await page.evaluate(() => (window as unknown as {shifts: number}).shifts)).toBe(0);
});

test('a link with unknown answers still opens the form and says what was left out @desktop @full', async ({page}) => {
  await openApp(page, '/choose?customers=moscow&team=few&pay=maybe&utm_source=ticket');
  await expect(result(page)).toContainText('Часть ответов из ссылки не распознана и пропущена: customers=moscow, pay=maybe, utm_source=ticket.');
  expect(await checkedValues(page)).toEqual({team: 'few'});
  await expect(result(page)).toContainText(answeredCount({team: 'few'}));
});

test('a 7,000-character parameter is never echoed: the page grows by one line at most @full', async ({page}) => {
  const heightOf = async (url: string) => {
    await openApp(page, url);
    await expect(result(page)).toContainText('Отвечено');
    return page.evaluate(() => document.documentElement.scrollHeight);
  };
  const plain = await heightOf('/choose?team=few&x=1');
  const long = await heightOf(`/choose?team=few&x=${'w'.repeat(7000)}&a=1&b=2&c=3`);
  await expect(result(page)).toContainText(`${'w'.repeat(27)}…, a=1, b=2 и ещё 1`);
  const line = await result(page).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 30);
  expect(long - plain, 'height added by the long link').toBeLessThanOrEqual(line + 1);
});

test('the form is fieldsets with legends and named radio groups; hidden outcomes are out of reach @desktop @full', async ({page}) => {
  await openApp(page, '/choose');
  const groups = page.locator('#questions fieldset');
  await expect(groups).toHaveCount(questions.length);
  for (const [index, question] of questions.entries()) {
    const group = page.getByRole('group', {name: question.legend});
    await expect(group).toHaveCount(1);
    await expect(groups.nth(index).locator('legend')).toHaveText(`${index + 1}. ${question.legend}`);
    await expect(group.getByRole('radio')).toHaveCount(question.options.length);
    for (const option of question.options) await expect(group.getByRole('radio', {name: option.label, exact: true})).toHaveCount(1);
  }
  // Only the placeholder is visible before answers: no hidden outcome's button can be reached.
  await expect(result(page).getByRole('button')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the page lists every outcome, when it applies and why, each at its published anchor', async ({page}) => {
    // The published anchors are exactly the outcomes' (a new outcome is published, none is dropped).
    const published = publishedLinks.filter((link) => link.startsWith('/choose#outcome-')).sort();
    expect(published).toEqual(chooser.outcomes.map((o) => `/choose#${linkIds.outcome(o.id)}`).sort());
    expect(published).toContain(`/choose#${linkIds.outcome(IN_RUSSIA.id)}`);

    await page.goto('/choose');
    await expect(result(page).getByRole('link', {name: '«Все варианты»'})).toHaveAttribute('href', '#all-outcomes');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(chooser.outcomes.length);
    for (const outcome of chooser.outcomes) {
      const anchor = linkIds.outcome(outcome.id);
      const row = page.getByRole('rowheader', {name: outcome.title, exact: true});
      await expect(row).toBeVisible();
      await expect(row.getByRole('link')).toHaveAttribute('href', `#${anchor}`);
      const section = page.locator(`[id="${anchor}"]`);
      await expect(section).toHaveText(outcome.title);
      await expect(section).toBeVisible();
      await expect(section.locator('xpath=..')).toContainText(outcome.appliesWhen);
      await expect(section.locator('xpath=..')).toContainText(outcome.reasons[0]!.text);
    }
  });
});
