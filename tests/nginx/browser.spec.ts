import {expect, test, type Page} from '@playwright/test';
import {SITE_URL} from '../../site-url';
import {answersToSearch, outcomeFor} from '../../src/chooser/logic';
import {chooser} from '../../src/data/chooser';
import {PAGES, waitForApp, watchPage, fullUnless} from '../e2e/site';

// Every page through nginx, under its Content-Security-Policy: nothing refused, and the features that need
// JavaScript (search, copy-link, the chooser) still work.

/**
 * Records what watchPage does (console errors, page errors, requests to other hosts), plus CSP violations:
 * the securitypolicyviolation event and any console report of the policy, whatever its level.
 */
async function watchPolicy(page: Page, origin: string): Promise<() => Promise<string[]>> {
  const problems = watchPage(page, origin);
  page.on('console', (message) => {
    if (message.type() !== 'error' && /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
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

for (const {path} of PAGES) {
  test(`${path}: loads, hydrates and reports no CSP violation${fullUnless(path, ['/'])}`, async ({page, baseURL}) => {
    const problems = await watchPolicy(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await waitForApp(page);
    // The SVG sprite's style="display: none" is allowed by hash: it must stay hidden.
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
  });
}

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
