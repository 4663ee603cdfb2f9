import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {comparison} from '../../src/data/comparison';
import {mediaTypeFor} from '../../scripts/serve/media-types.mjs';
import {watchPage} from '../e2e/site';
import {DEV_URL} from './dev-url';

const ROWS = comparison.groups.flatMap((group) => group.rows.map((row) => `row-${row.id}`));
const BUILT_INDEX = path.join(__dirname, '../../build/search-index.json');

test('npm start shows the whole comparison table on /', async ({page}) => {
  const problems = watchPage(page, DEV_URL);
  await page.goto('/');
  const rows = page.locator('main table tbody tr[id^="row-"]');
  await expect(rows.first(), 'the comparison table on / (the dev server has no server HTML to keep)').toBeVisible();
  await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.id)), {message: 'every row of src/data/comparison.ts'}).toEqual(ROWS);
  await expect(page.locator('tr#row-price td').first(), 'cells show their sources').toContainText('проверено');
  await expect(page.locator('main aside[role="note"]#russia-warning'), 'callouts render').toBeVisible();
  expect(problems, 'console errors and requests to other hosts').toEqual([]);
});

test('search works in the dev server: a result opens its section at its #id', async ({page}) => {
  const problems = watchPage(page, DEV_URL);
  await page.goto('/search?q=цены');
  const results = page.locator('main ol li a[href*="#"]');
  await expect(results.first(), 'results for «цены» (the index is built when the server starts)').toBeVisible({timeout: 90_000});
  const href = (await results.first().getAttribute('href'))!;
  const id = href.split('#')[1]!;
  await results.first().click();
  await expect.poll(() => new URL(page.url()).hash, {message: `the result opens ${href}`}).toBe(`#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(problems, 'console errors and requests to other hosts').toEqual([]);
});

test('the dev index is the production index (same documents, so the same results)', async ({request}) => {
  expect(existsSync(BUILT_INDEX), `${BUILT_INDEX}: npm test builds the site before this stage`).toBe(true);
  const response = await request.get('/search-index.json');
  expect(response.status()).toBe(200);
  const base = (await response.json()) as {termShards: string[]; docShards: string[]};
  expect(base).toEqual(JSON.parse(readFileSync(BUILT_INDEX, 'utf8')));
  // Its shards are served too, the same files as the build's.
  for (const url of [base.termShards[0]!, base.docShards.at(-1)!]) {
    const shard = await request.get(url);
    expect(shard.status(), url).toBe(200);
    expect(await shard.text(), url).toBe(readFileSync(path.join(__dirname, '../../build', url), 'utf8'));
  }
});

test('the files published beside the pages are served too, as the build writes them, with their media types', async ({request}) => {
  for (const file of ['/whatsapp.md', '/index.md', '/llms.txt', '/answers.csv', '/comparison.json', '/opensearch.xml']) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toBe(mediaTypeFor(file));
    expect(await response.text(), file).toBe(readFileSync(path.join(__dirname, '../../build', file), 'utf8'));
  }
});
