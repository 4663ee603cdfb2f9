import {expect, test, type Page} from '@playwright/test';
import {SITE_URL} from '../../site-url';
import {answersToSearch, outcomeFor} from '../../src/chooser/logic';
import {chooser} from '../../src/data/chooser';
import {waitForApp, watchPage} from '../e2e/site';

// The features that need JavaScript (search, copy-link, the chooser) work under nginx's Content-Security-Policy, with
// nothing refused while they run. Every page's load under the policy: tests/e2e/pages.spec.ts (every test runs on nginx).

/**
 * Records what watchPage does (console errors and reports of the policy, page errors, requests to other hosts), plus
 * the securitypolicyviolation events.
 */
async function watchPolicy(page: Page, origin: string): Promise<() => Promise<string[]>> {
  const problems = watchPage(page, origin);
  await page.addInitScript(() => {
    (window as unknown as {violations: string[]}).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {violations: string[]}).violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample}`);
    });
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as {violations: string[]}).violations))];
}

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

test('search works under the policy: the index loads and results appear', async ({page, baseURL}) => {
  const problems = await watchPolicy(page, baseURL!);
  await page.goto('/');
  await waitForApp(page);
  const box = page.locator('.navbar').getByRole('combobox', {name: 'Поиск по справочнику'});
  await box.click();
  await box.fill('окно 24 часа');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await problems()).toEqual([]);
});

test('copy-link works under the policy @full', async ({page, baseURL}) => {
  const problems = await watchPolicy(page, baseURL!);
  await page.goto('/glossary');
  await waitForApp(page);
  await page.getByRole('button', {name: 'Скопировать ссылку на раздел „API“'}).click();
  await expect(page.locator('#site-live-region')).toHaveText('Ссылка скопирована');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/glossary#api`);
  expect(await problems()).toEqual([]);
});

test('the chooser works under the policy @full', async ({page, baseURL}) => {
  const problems = await watchPolicy(page, baseURL!);
  const answers = {customers: 'abroad', integration: 'no', team: 'one', outreach: 'no', phone: 'yes', pay: 'no', number: 'new'};
  const outcome = outcomeFor(chooser, answers)!;
  expect(outcome.id).toBe('business-app');
  await page.goto(`/choose${answersToSearch(chooser.questions, answers)}`);
  await waitForApp(page);
  const heading = page.locator('#result [data-active="true"] h3');
  await expect(heading).toHaveText(outcome.title);
  // An answer changed in the page: customers mostly in Russia get their own outcome.
  await page.locator('label[for="choose-customers-russia"]').click();
  const inRussia = outcomeFor(chooser, {...answers, customers: 'russia'})!;
  expect(inRussia.id).toBe('customers-in-russia');
  await expect(heading).toHaveText(inRussia.title);
  await expect.poll(() => new URL(page.url()).search).toBe(answersToSearch(chooser.questions, {...answers, customers: 'russia'}));
  expect(await problems()).toEqual([]);
});

test('the old address of the guide arrives on the overview, keeping the section it pointed at', async ({page}) => {
  await page.goto('/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api#comparison');
  await expect(page).toHaveURL(/\/#comparison$/);
  await expect(page.locator('#comparison')).toBeVisible();
});
