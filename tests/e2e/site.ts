import {expect, test as base, type Page} from '@playwright/test';
import {sitePages, type SitePage} from '../../site-pages';

/** Every page, from the sidebar (site-pages.ts). The URL scheme is a contract: these paths never change. */
export const PAGES: readonly SitePage[] = sitePages();

/**
 * One page of each kind of content, for the checks that `npm test` runs on a few pages and `npm run test:full` on
 * every page: the overview (the table, callouts), the chooser (its form) and the ready answers (their copy buttons).
 * The other pages are made of the same components.
 */
export const REPRESENTATIVE_PAGES: readonly string[] = ['/', '/choose', '/answers'];

/** ` @full` for a page beyond `pages`: a per-page check that `npm test` runs on those pages only, `npm run test:full` on all. */
export const fullUnless = (path: string, pages: readonly string[] = REPRESENTATIVE_PAGES): string => (pages.includes(path) ? '' : ' @full');

/**
 * Playwright's `test`, plus one check every browser test makes: nothing the site does in the test's browser context is
 * reported against the Content-Security-Policy nginx serves (a blocked script, style, handler or request).
 */
export const test = base.extend<{policyReports: string[]}>({
  policyReports: [
    async ({context}, use) => {
      const reports: string[] = [];
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) reports.push(`${message.page()?.url()}: ${message.text()}`);
      });
      await use(reports);
      expect(reports, 'reports of the Content-Security-Policy').toEqual([]);
    },
    {auto: true},
  ],
});
export {expect};

/** Collects console errors, page errors and any request that leaves the local server. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another host: ${url}`);
    }
  });
  return problems;
}

/**
 * Waits until the page is interactive. Pages paint from HTML first and start their scripts after that
 * (plugins/scripts-after-paint.ts), so a test that uses a JavaScript feature waits for hydration.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** Opens a page and waits for React to take it over: the state the tests need, not a quiet network. */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}

/**
 * The comparison table becomes interactive (copy-link buttons in its rows) when the pointer or the
 * keyboard focus first reaches it (src/components/FeatureTable/TableIsland.tsx); this does the latter.
 */
export async function reachTable(page: Page): Promise<void> {
  await waitForApp(page);
  await page
    .getByRole('region', {name: /Сравнение|коротко/})
    .first()
    .focus();
  await page.locator('table button').first().waitFor({state: 'attached'});
}
