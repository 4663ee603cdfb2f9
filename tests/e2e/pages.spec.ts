import {expect, test, PAGES, waitForApp, watchPage} from './site';

for (const {path, hasTable, hasCallout} of PAGES) {
  test.describe(`page ${path}`, () => {
    test(`loads cleanly, stays on this host, fits the screen${path === '/' ? ' @both' : ''}`, async ({page, baseURL}) => {
      const problems = watchPage(page, baseURL!);
      const response = await page.goto(path, {waitUntil: 'networkidle'});
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).not.toHaveTitle(/My Site|Docusaurus/);
      await expect(page.locator('.site-last-checked time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page must not scroll sideways').toBeLessThanOrEqual(0);

      if (hasTable) {
        const region = page.getByRole('region', {name: /Сравнение|коротко/});
        await expect(region).toBeVisible();
        await expect(region.locator('table caption')).toBeVisible();
        expect(await region.locator('th[scope="row"]').count()).toBeGreaterThan(0);
      }
      if (hasCallout) {
        await expect(page.getByRole('note').first()).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  });
}

test('a page that does not exist answers 404 in Russian', async ({page}) => {
  const response = await page.goto('/net-takoy-stranicy');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Страница не найдена');
});

test('navigation, pagination and the theme toggle speak Russian', async ({page, isMobile}) => {
  await page.goto('/whatsapp');
  await expect(page.locator('.pagination-nav')).toContainText('Предыдущая');
  await expect(page.locator('.pagination-nav')).toContainText('Следующая');
  // The drawer opens only once React runs (scripts start after the first paint): a click before that is lost.
  await waitForApp(page);
  if (isMobile) await page.getByRole('button', {name: /навигаци/i}).click();
  const toggle = page.getByRole('button', {name: /Переключение между темным и светлым режимом/});
  await expect(toggle.first()).toBeAttached();
  const englishLabels = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label]')]
      .map((el) => el.getAttribute('aria-label') ?? '')
      .filter((label) => /[a-z]{3,}/i.test(label) && !/[а-яё]/i.test(label)),
  );
  expect(englishLabels).toEqual([]);
});

test('nothing in the navbar overlaps, at any width', async ({page}) => {
  await page.goto('/');
  const boxes = await page.locator('.navbar__inner').evaluate((inner) =>
    [...inner.querySelectorAll('.navbar__toggle, .navbar__brand img, .navbar__title, .navbar__item, form[role="search"]')]
      .filter((el) => el.getBoundingClientRect().width > 1)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {name: el.className || el.tagName, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
      }),
  );
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
      if (!apart) overlaps.push(`${a.name} ↔ ${b.name}`);
    }),
  );
  expect(boxes.length).toBeGreaterThan(2);
  expect(overlaps).toEqual([]);
});
