import {expect, test, type Page} from '@playwright/test';
import {waitForApp} from './site';

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
  await page.goto('/');
  await waitForApp(page);
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

test('a fast page shows no progress bar', async ({page}) => {
  await page.goto('/');
  await waitForApp(page);
  const seen = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        new MutationObserver(() => document.documentElement.hasAttribute('data-navigating') && resolve(true)).observe(
          document.documentElement,
          {attributes: true},
        );
        setTimeout(() => resolve(false), 1500);
      }),
  );
  await page.evaluate((target) => (window as unknown as {docusaurus: {preload(path: string): Promise<void>}}).docusaurus.preload(target), TARGET);
  await clickLinkTo(page, TARGET);
  await expect(page.locator('h1')).toContainText('Словарь терминов');
  expect(await seen).toBe(false);
});

test('a page whose code fails to load still arrives: Docusaurus reloads it from the server', async ({page}) => {
  await page.goto('/');
  await waitForApp(page);
  await page.route('**/assets/js/*.js', (route) => route.abort('internetdisconnected'));
  await clickLinkTo(page, TARGET);
  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
  await expect(page.locator('h1')).toContainText('Словарь терминов');
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
});
