import {type Page} from '@playwright/test';
import {SITE_URL} from '../../site-url';
import {SHORT_LINKS} from '../../src/data/short-links';
import {expect, test, openApp, reachTable, waitForApp} from './site';

const LEGACY = '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api';

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

/** The target sits below the sticky navbar and inside the viewport, and is highlighted. */
async function expectArrivedAt(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveAttribute('data-link-highlight', '');
  const navbarBottom = await page.locator('.navbar').evaluate((el) => el.getBoundingClientRect().bottom);
  const {top, viewport} = await target.evaluate((el) => ({top: el.getBoundingClientRect().top, viewport: window.innerHeight}));
  expect(top, `#${id} starts below the navbar`).toBeGreaterThanOrEqual(navbarBottom - 1);
  expect(top, `#${id} starts inside the viewport`).toBeLessThan(viewport - 40);
  // The highlight is visible: the row's cells (or the element itself) get the highlight colour.
  const painted = target.locator(':scope > th').first();
  const element = (await painted.count()) ? painted : target;
  const expected = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--site-highlight-bg)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  // Polled: the arrival animation fades from a stronger colour to the highlight colour.
  await expect.poll(() => element.evaluate((el) => getComputedStyle(el).backgroundColor), {timeout: 4000}).toBe(expected);
}

test('a hash naming an inherited property (#__proto__, #constructor…) leaves the reader on the page @desktop @full', async ({page}) => {
  for (const id of ['__proto__', 'constructor', 'toString']) {
    await openApp(page, `/#${id}`);
    // The arrival script has run once the app is up; the address must still be the overview's.
    await expect(page.locator('main h1')).toBeVisible();
    expect(new URL(page.url()).pathname, `#${id}`).toBe('/');
  }
});

const ARRIVALS = [
  {kind: 'heading', path: '/whatsapp-business', id: 'labels'},
  {kind: 'table row', path: '/', id: 'row-messaging-limits'},
  {kind: 'callout', path: '/integrations', id: 'grey-integration-risk'},
  {kind: 'glossary term', path: '/glossary', id: 'waba'},
];

for (const {kind, path, id} of ARRIVALS) {
  test(`arriving at a ${kind} by its link shows it below the navbar, highlighted${kind.includes('row') ? '' : ' @full'}`, async ({page}) => {
    await openApp(page, `${path}#${id}`);
    await expectArrivedAt(page, id);
  });
}

test('arriving from another page by client-side navigation highlights the target', async ({page}) => {
  await openApp(page, '/whatsapp');
  await page.locator('a[href="/integrations#grey-risks"]').first().click();
  await page.waitForURL('**/integrations#grey-risks');
  await expectArrivedAt(page, 'grey-risks');
});

test('moving to another hash on the same page moves the highlight @desktop @full', async ({page}) => {
  await openApp(page, '/whatsapp-business#labels');
  await expect(page.locator('#labels')).toHaveAttribute('data-link-highlight', '');
  await page.evaluate(() => {
    window.location.hash = '#catalog';
  });
  await expect(page.locator('#catalog')).toHaveAttribute('data-link-highlight', '');
  await expect(page.locator('#labels')).not.toHaveAttribute('data-link-highlight');
});

test('with reduced motion the highlight does not animate @desktop @full', async ({page}) => {
  await page.emulateMedia({reducedMotion: 'reduce'});
  await openApp(page, '/whatsapp-business#labels');
  expect(await page.locator('#labels').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

const COPIES = [
  {kind: 'heading', path: '/whatsapp-business', id: 'labels', name: 'Скопировать ссылку на раздел „Ярлыки“'},
  {kind: 'table row', path: '/', id: 'row-price', name: 'Скопировать ссылку на строку „Стоимость“'},
  {kind: 'callout', path: '/integrations', id: 'grey-integration-risk', name: 'Скопировать ссылку на заметку „Номер могут заблокировать“'},
];

for (const {kind, path, id, name} of COPIES) {
  test(`copying the link to a ${kind} with the keyboard @desktop${kind.includes('row') ? '' : ' @full'}`, async ({page}) => {
    await openApp(page, path);
    if (kind === 'table row') await reachTable(page);
    const control = page.getByRole('button', {name, exact: true});
    await control.focus();
    await expect(control).toBeFocused();
    expect(await control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('#site-live-region')).toHaveText('Ссылка скопирована');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${path === '/' ? '/' : path}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-link-highlight', '');
  });
}

test('the copy control shows on hover on a desktop and always on a touch screen', async ({page, isMobile}) => {
  await openApp(page, '/whatsapp-business');
  const control = page.getByRole('button', {name: 'Скопировать ссылку на раздел „Каталог“'});
  const opacity = () => control.evaluate((el) => getComputedStyle(el).opacity);
  if (isMobile) {
    expect(await opacity()).toBe('1');
  } else {
    expect(await opacity()).toBe('0');
    await page.locator('#catalog').hover();
    expect(await opacity()).toBe('1');
  }
});

test('a table row link takes two taps or clicks at most: the control is in the row header @full', async ({page}) => {
  await openApp(page, '/');
  const row = page.locator('#row-throughput');
  await row.scrollIntoViewIfNeeded();
  await row.hover();
  await row.getByRole('button', {name: 'Скопировать ссылку на строку „Пропускная способность“'}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/#row-throughput`);
});

test('the original page address redirects, and its old anchors land on the product pages @desktop @full', async ({page}) => {
  await page.goto(LEGACY);
  await page.waitForURL((url) => url.pathname === '/');
  for (const [anchor, target] of [
    ['whatsapp', '/whatsapp'],
    ['whatsapp-business', '/whatsapp-business'],
    ['whatsapp-business-api', '/whatsapp-business-api'],
  ]) {
    await page.goto(`${LEGACY}#${anchor}`);
    await page.waitForURL((url) => url.pathname === target);
    await expect(page.locator('h1')).toContainText(anchor === 'whatsapp' ? 'WhatsApp — мессенджер' : 'WhatsApp Business');
  }
});

for (const {alias, to} of SHORT_LINKS.filter((l) => ['api-price', 'grey', 'coexistence'].includes(l.alias))) {
  test(`/go/${alias} leads to ${to} @desktop @full`, async ({page}) => {
    await page.goto(`/go/${alias}`);
    const [pathname, id] = to.split('#');
    await page.waitForURL((url) => url.pathname === pathname && url.hash === (id ? `#${id}` : ''));
    await waitForApp(page);
    if (id) await expectArrivedAt(page, id);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the copy control is a plain link to the same place', async ({page}) => {
    await page.goto('/whatsapp-business');
    const link = page.locator('#labels a[href="#labels"]');
    await expect(link).toHaveAttribute('aria-label', 'Ссылка на „Ярлыки“');
    await expect(page.locator('button', {hasText: /./}).filter({has: page.locator('svg')})).toHaveCount(0);
  });

  test('the original page address still leads to the guide, keeping the section it pointed at', async ({page}) => {
    await page.goto(`${LEGACY}#comparison`);
    await expect(page).toHaveURL(/\/#comparison$/);
    await expect(page.locator('#comparison')).toBeVisible();
  });
});
