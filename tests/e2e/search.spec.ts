import {type Page} from '@playwright/test';
import {MEDIA_TYPES} from '../../scripts/serve/media-types.mjs';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../search/queries';
import {expect, test, openApp, PAGES, waitForApp, watchPage} from './site';

const navbarSearch = (page: Page) => page.locator('.navbar').getByRole('combobox', {name: 'Поиск по справочнику'});

/** Types a query into a search box and returns the result URLs once the list answers that query. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await waitForApp(page);
  await navbarSearch(page).fill(query);
  // The list says which query it answers (`data-query`): results of the previous query may still be on screen.
  const list = page.locator('.navbar [role="listbox"]');
  await expect(list).toHaveAttribute('data-query', query);
  return list.locator('[role="option"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-url') ?? ''));
}

// The ranking of every query is held on the built index by src/search/__tests__/engine.test.ts (the same engine and
// index the browser loads); through the navbar box, every query is an extra of `npm run test:full`.
test.describe('search quality @desktop @full', () => {
  test(`the ${SEARCH_CASES.length} queries of tests/search/queries.ts: every place in the top 3, ${100 * HIT_AT_1_MIN} % first`, async ({page}) => {
    // One query takes about 0.15 s here, 0.3 s on a busy machine: the limit grows with the contract, not a fixed 30 s.
    test.setTimeout(10_000 + SEARCH_CASES.length * 500);
    await openApp(page, '/');
    await navbarSearch(page).focus();
    const results = new Map<string, string[]>();
    for (const {query} of SEARCH_CASES) results.set(query, await resultsFor(page, query));
    const {first, notTop3, notFirst} = measureHits((query) => results.get(query) ?? []);
    expect(notTop3).toEqual([]);
    expect(first, `hit@1 ${(100 * first).toFixed(1)} %; not first:\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(HIT_AT_1_MIN);
  });
});

test('the index is not part of the first load: its base arrives on focus, its shards as queries need them @full', async ({page}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/', {waitUntil: 'networkidle'});
  const shards = () => requests.filter((p) => p.startsWith('/assets/search/'));
  expect(requests.filter((p) => p.includes('search-index'))).toEqual([]);
  await navbarSearch(page).focus();
  await expect.poll(() => requests.filter((p) => p.includes('search-index')).length).toBe(1);
  expect(shards()).toEqual([]);
  expect(await resultsFor(page, 'каталог')).toContain('/whatsapp-business#catalog');
  const base = (await (await page.request.get('/search-index.json')).json()) as {termShards: string[]; docShards: string[]};
  expect(shards().filter((p) => p.includes('/terms-'))).toHaveLength(1);
  expect(shards().length).toBeLessThan(base.termShards.length + base.docShards.length);
});

test('keyboard: Ctrl+K and / focus the box, arrows pick a result, Enter opens it highlighted', async ({page}) => {
  await openApp(page, '/whatsapp');
  await page.locator('main').click({position: {x: 5, y: 5}});
  await page.keyboard.press('Control+k');
  await expect(navbarSearch(page)).toBeFocused();
  await page.locator('article h1').click();
  await page.keyboard.press('/');
  await expect(navbarSearch(page)).toBeFocused();
  await page.keyboard.type('ярлыками');
  await expect(page.locator('[role="option"]').first()).toBeVisible();
  await expect(navbarSearch(page)).toHaveAttribute('aria-activedescendant', /.+/);
  const second = await page.locator('[role="option"]').nth(1).getAttribute('data-url');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="option"]').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  const first = await page.locator('[role="option"]').first().getAttribute('data-url');
  expect(first).toBe('/whatsapp-business#labels');
  expect(second).not.toBe(first);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/whatsapp-business#labels');
  await expect(page.locator('#labels')).toHaveAttribute('data-link-highlight', '');
  await expect(page.locator('#labels')).toBeInViewport();
});

test('results show the page, the section and a highlighted snippet', async ({page}) => {
  await openApp(page, '/');
  await navbarSearch(page).focus();
  await resultsFor(page, 'каталогом');
  const option = page.locator('[role="option"]').first();
  await expect(option).toContainText('WhatsApp Business');
  await expect(option).toContainText('Каталог');
  await expect(option.locator('mark').first()).toBeVisible();
});

test('/search?q= shows the results as links and keeps the query in the URL', async ({page}) => {
  await openApp(page, '/search?q=%D1%8F%D1%80%D0%BB%D1%8B%D0%BA%D0%B0%D0%BC%D0%B8');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Поиск по справочнику');
  const firstLink = page.locator('main ol li a').first();
  await expect(firstLink).toHaveAttribute('href', '/whatsapp-business#labels');
  const box = page.locator('main').getByRole('searchbox', {name: 'Поиск по справочнику'});
  await expect(box).toHaveValue('ярлыками');
  await box.fill('окно 24 часа');
  await expect(page).toHaveURL(/\/search\?q=%D0%BE%D0%BA%D0%BD%D0%BE%2024%20%D1%87%D0%B0%D1%81%D0%B0$/);
  await expect(page.locator('main ol li a[href="/whatsapp-business-api#service-window"]')).toBeVisible();
});

// A result opens where it points: the router scrolls once when the page renders, but a row's table arrives after
// the route (its code loads then), so arrival (src/client/link-targets.ts) waits for the target and follows it.
const LANDINGS = [
  {query: 'с 1 октября 2026', url: '/#row-price', from: '/search', tier: ''},
  {query: 'подробнее о каждом продукте', url: '/#products', from: '/search', tier: ' @full'},
  {query: 'что выбрать', url: '/#what-to-choose', from: '/search', tier: ' @full'},
  {query: 'номер могут заблокировать', url: '/integrations#grey-integration-risk', from: '/search', tier: ' @full'},
  {query: 'скорость отправки', url: '/#row-throughput', from: 'the navbar box on /whatsapp', tier: ''},
  {query: 'лимиты маркетинговых сообщений', url: '/whatsapp-business-api#marketing-limits', from: 'the navbar box on /whatsapp', tier: ' @full'},
] as const;

test.describe('landing', () => {
  // A stopgap, not a wait: in two of the last four full runs (two workers, a busy machine) one of these landings did
  // not settle below the navbar within 15 s, and it never failed alone, even with the CPU slowed eightfold. Until the
  // cause is found, a landing gets a second try; a failure on both tries still fails the suite.
  test.describe.configure({retries: 1});
  for (const {query, url, from, tier} of LANDINGS) {
    test(`a result opens at its place after a client-side navigation: «${query}» → ${url}, from ${from}${tier}`, async ({page}) => {
      if (from === '/search') {
        await openApp(page, `/search?q=${encodeURIComponent(query)}`);
        await page.locator(`main ol a[href="${url}"]`).click();
      } else {
        await page.goto('/whatsapp');
        expect(await resultsFor(page, query)).toContain(url);
        await page.locator(`.navbar [role="option"][data-url="${url}"]`).click();
      }
      await page.waitForURL((address) => `${address.pathname}${address.hash}` === url);
      const target = page.locator(`[id="${url.split('#')[1]}"]`);
      await expect(target).toHaveAttribute('data-link-highlight', '');
      // Settled: below the sticky navbar, at the top of the view.
      await expect
        .poll(
          async () => {
            const navbar = await page.locator('.navbar').evaluate((el) => el.getBoundingClientRect().bottom);
            const top = await target.evaluate((el) => el.getBoundingClientRect().top);
            return top >= navbar - 1 && top < navbar + 120;
          },
          {message: `${url} lands just below the navbar`},
        )
        .toBe(true);
    });
  }
});

test('every page offers the guide as a browser search engine: its OpenSearch template opens /search with the query @desktop @full', async ({
  page,
}) => {
  for (const {path} of PAGES) {
    await page.goto(path, {waitUntil: 'domcontentloaded'});
    await expect(page.locator('head link[rel="search"]'), path).toHaveAttribute('href', '/opensearch.xml');
    await expect(page.locator('head link[rel="search"]'), path).toHaveAttribute('type', 'application/opensearchdescription+xml');
  }
  const description = await page.request.get('/opensearch.xml');
  expect(description.headers()['content-type']).toBe(MEDIA_TYPES['/opensearch.xml']);
  const xml = await description.text();
  expect(xml).toContain('<InputEncoding>UTF-8</InputEncoding>');
  const template = /<Url type="text\/html" method="get" template="([^"]+)"\/>/.exec(xml)?.[1];
  expect(template, 'the search URL template').toMatch(/^https?:\/\/[^/]+\/search\?q=\{searchTerms\}$/);
  // What a browser does with it: the address it would open, on this server.
  const opened = new URL(template!.replace('{searchTerms}', encodeURIComponent('цены')));
  await page.goto(`${opened.pathname}${opened.search}`);
  await expect(page.locator('main ol li a[href="/whatsapp-business-api#pricing"]')).toBeVisible();
});

test('the navbar box’s placeholder fits the box, at 360 px too', async ({page}) => {
  await page.goto('/whatsapp');
  const box = navbarSearch(page);
  const {text, room} = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return {text: context.measureText(input.placeholder).width, room: input.clientWidth - padding};
  });
  expect(text, 'placeholder width vs the room inside the box').toBeLessThanOrEqual(room);
});

test('a query about nothing on the site says so and offers the ready answers and the chooser', async ({page}) => {
  await openApp(page, `/search?q=${encodeURIComponent('как приготовить борщ')}`);
  const status = page.locator('main [role="status"]');
  await expect(status).toContainText('По запросу «как приготовить борщ» ничего не нашлось.');
  await expect(status.locator('a[href="/answers"]')).toBeVisible();
  await expect(status.locator('a[href="/choose"]')).toBeVisible();
  await expect(page.locator('main ol li')).toHaveCount(0);
});

test('the count is the real number of results, and says when only the first ones are listed @full', async ({page}) => {
  await openApp(page, '/search?q=whatsapp');
  await expect(page.locator('main [role="status"]')).toHaveText(/^Найдено результатов: \d+, показаны первые 20$/);
  await expect(page.locator('main ol > li')).toHaveCount(20);
});

test('Back and Forward step through the queries typed on /search @full', async ({page}) => {
  await page.clock.install();
  await openApp(page, '/search?q=цены');
  const box = page.locator('main input[name="q"]');
  await box.fill('');
  await box.pressSequentially('ярлыки');
  await page.waitForURL((url) => url.searchParams.get('q') === 'ярлыки');
  await page.clock.fastForward(2000); // a pause in typing: the next query gets its own entry
  await box.fill('');
  await box.pressSequentially('лимиты');
  await page.waitForURL((url) => url.searchParams.get('q') === 'лимиты');
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('q') === 'ярлыки');
  await expect(box).toHaveValue('ярлыки');
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('q') === 'цены');
  await expect(box).toHaveValue('цены');
  await page.goForward();
  await page.waitForURL((url) => url.searchParams.get('q') === 'ярлыки');
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('/search says search needs JavaScript and lists every page', async ({page}) => {
    await page.goto('/search?q=цены');
    await expect(page.locator('main')).toContainText('Поиск работает только с включённым JavaScript');
    for (const path of ['/', '/whatsapp', '/whatsapp-business', '/whatsapp-business-api', '/integrations', '/glossary', '/changes']) {
      await expect(page.locator(`main ul a[href="${path}"]`)).toHaveCount(1);
    }
  });

  test('the navbar search box is a plain form that opens /search @desktop', async ({page}) => {
    await page.goto('/whatsapp');
    const form = page.locator('.navbar form[role="search"]');
    await expect(form).toHaveAttribute('action', '/search');
    await form.locator('input[name="q"]').fill('цены');
    await form.locator('input[name="q"]').press('Enter');
    await page.waitForURL('**/search?q=*');
    await expect(page.locator('main')).toContainText('Поиск работает только с включённым JavaScript');
  });
});

/** Queries nobody should type, and some they do: each must be handled without an error. */
function hostileQueries(): string[] {
  const pieces = [
    '.*',
    '+?',
    '^$',
    '{}',
    '()',
    '|',
    '[]',
    '\\',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '😀',
    '👩‍💻',
    'مرحبا',
    'שלום',
    'ватсап',
    'whatsapp',
    'ЯРЛЫКИ',
    '%00',
    '\u0000',
    '\u200f',
    'ё',
    'ǅ',
    '%',
    '&amp;',
    '${x}',
    '`',
    "'",
    '"',
    '\t',
    'a'.repeat(60),
  ];
  const queries = ['', ' ', '   ', 'x'.repeat(2000), 'ватсап '.repeat(300), '<b>bold</b>', '.*+?^${}()|[]\\<script>'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  while (queries.length < 220) {
    const n = 1 + Math.floor(random() * 5);
    queries.push(Array.from({length: n}, () => pieces[Math.floor(random() * pieces.length)]).join(random() > 0.5 ? ' ' : ''));
  }
  return queries;
}

test('220 hostile queries: no exception, no console error, no markup from the query @desktop @full', async ({page, baseURL}) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, baseURL!);
  await openApp(page, '/');
  const box = navbarSearch(page);
  await box.focus();
  await resultsFor(page, 'ватсап');
  for (const query of hostileQueries()) {
    await box.fill(query);
  }
  // Settled: the list answers what is in the box (the last query), not an earlier one.
  const typed = await box.inputValue();
  await expect(page.locator('.navbar [role="listbox"]')).toHaveAttribute('data-query', typed);
  expect(await page.locator('[role="listbox"] script, [role="listbox"] img, [role="listbox"] b').count()).toBe(0);
  await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script> ватсап')}`, {waitUntil: 'networkidle'});
  expect(await page.locator('main ol script').count()).toBe(0);
  expect(problems).toEqual([]);
});
