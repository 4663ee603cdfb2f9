import {type Page} from '@playwright/test';
import {DELAY_MS} from '../../plugins/lean-client/navigation-progress.js';
import {expect, test, openApp} from './site';

// Client-side navigation when the next page's code is slow or does not arrive
// (plugins/lean-client/navigation-progress.js).

const TARGET = '/glossary';

async function holdPageCode(page: Page, until: Promise<void>): Promise<void> {
  await page.route('**/assets/js/*.js', async (route) => {
    await until;
    await route.continue();
  });
}

/** Clicks the page's first link to `target` (on a phone the sidebar's links are behind the menu button). */
async function clickLinkTo(page: Page, target: string): Promise<void> {
  await page.evaluate((href) => (document.querySelector(`a[href="${href}"]`) as HTMLAnchorElement).click(), target);
}

test('a slow page shows the progress bar until it arrives, then the bar goes', async ({page}) => {
  await openApp(page, '/');
  let release!: () => void;
  await holdPageCode(page, new Promise<void>((resolve) => (release = resolve)));
  const html = page.locator('html');
  await clickLinkTo(page, TARGET);
  await expect(html).toHaveAttribute('data-navigating', '');
  const bar = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement, '::before');
    return {position: style.position, height: style.height, top: style.top, background: style.backgroundColor};
  });
  expect(bar).toMatchObject({position: 'fixed', height: '3px', top: '0px'});
  expect(bar.background).not.toBe('rgba(0, 0, 0, 0)');
  release();
  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
  await expect(page.locator('h1')).toContainText('Словарь терминов');
  await expect(html).not.toHaveAttribute('data-navigating');
});

test('the progress bar waits for its delay: a page that arrives sooner shows none @full', async ({page}) => {
  await openApp(page, '/');
  // The bar may only show once a navigation has taken DELAY_MS: when the attribute was set is recorded, and compared
  // with when the link was clicked (no time window that a busy machine could miss).
  await page.evaluate(() => {
    const w = window as unknown as {shownAt: number | null};
    w.shownAt = null;
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-navigating')) w.shownAt ??= performance.now();
    }).observe(document.documentElement, {attributes: true, attributeFilter: ['data-navigating']});
  });
  await page.evaluate((target) => (window as unknown as {docusaurus: {preload(path: string): Promise<void>}}).docusaurus.preload(target), TARGET);
  const clickedAt = await page.evaluate((href) => {
    const at = performance.now();
    (document.querySelector(`a[href="${href}"]`) as HTMLAnchorElement).click();
    return at;
  }, TARGET);
  await expect(page.locator('h1')).toContainText('Словарь терминов');
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
  const shownAt = await page.evaluate(() => (window as unknown as {shownAt: number | null}).shownAt);
  if (shownAt !== null) expect(shownAt - clickedAt, 'the bar shows only after the delay').toBeGreaterThanOrEqual(DELAY_MS);
});

test('a page whose code fails to load still arrives: Docusaurus reloads it from the server @full', async ({page}) => {
  await openApp(page, '/');
  await page.route('**/assets/js/*.js', (route) => route.abort('internetdisconnected'));
  await clickLinkTo(page, TARGET);
  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
  await expect(page.locator('h1')).toContainText('Словарь терминов');
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
});
