/**
 * `npm run search:hits` (after `npm run build`): search quality on the built index, two figures.
 * - The query table (tests/search/queries.ts): the contract the tests hold, tuned with the engine.
 * - The held-out set (tests/search/held-out.ts): intents written without seeing the site and never edited to pass —
 *   the honest figure of how search does on questions nobody tuned it to.
 * - The later held-out sets (tests/search/held-out-2.ts … -5): figures only, to check that a fix generalised.
 * For each: hit@1 (the right place first) and hit@3 (in the top three), and the queries that miss first place.
 * `npm run search:hits -- --browser` measures the same on `/search` in Chromium, as a reader gets it.
 */
import {openBuiltSearch} from '../plugins/local-search/open-index';
import {HELD_OUT, type HeldOutCase} from '../tests/search/held-out';
import {HELD_OUT_2} from '../tests/search/held-out-2';
import {HELD_OUT_3} from '../tests/search/held-out-3';
import {HELD_OUT_4} from '../tests/search/held-out-4';
import {HELD_OUT_5} from '../tests/search/held-out-5';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../tests/search/queries';

/** How many judged intents find a right place first and in the top three, and the ones that miss first place. */
async function judgedHits(items: readonly HeldOutCase[], top3: TopThree): Promise<{first: number; top3: number; misses: string[]}> {
  let first = 0;
  let inTop3 = 0;
  const misses: string[] = [];
  for (const item of items) {
    const right = new Set([item.expect, ...item.alsoRight]);
    const top = await top3(item.query);
    if (top[0] && right.has(top[0])) first += 1;
    else misses.push(`#${item.n} «${item.query}» → ${top.join(', ') || 'nothing'} (wants ${item.expect})`);
    if (top.some((url) => right.has(url))) inTop3 += 1;
  }
  return {first, top3: inTop3, misses};
}

/** The sets written after fixes, to check them: an answer of `null` is a need the site does not answer. */
const LATER_SETS = [
  ['Second held-out set', HELD_OUT_2],
  ['Third held-out set', HELD_OUT_3],
  ['Fourth held-out set', HELD_OUT_4],
  ['Fifth held-out set', HELD_OUT_5],
] as const;

const share = (hits: number, total: number) => `${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`;

/** The top three places for a query: from the engine in Node, or from `/search` in Chromium (`--browser`). */
type TopThree = (query: string) => Promise<string[]>;

function inNode(buildDir: string): TopThree {
  const search = openBuiltSearch(buildDir);
  return async (query) => (await search.search(query, 3)).map((hit) => hit.url);
}

/**
 * What a reader sees: `/search?q=…` served from the build, in Chromium, the first three result links once the page says
 * what it found. Returns the function and how to close what it opened.
 */
async function inChromium(buildDir: string): Promise<{top3: TopThree; close: () => Promise<void>}> {
  const {chromium} = await import('@playwright/test');
  const {CHROMIUM_LAUNCH, ensureChromium} = await import('./ensure-chromium.mjs');
  const {startNginx} = await import('./nginx/serve.mjs');
  ensureChromium();
  const {url, stop} = await startNginx({dir: buildDir});
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const page = await browser.newPage();
  const top3: TopThree = async (query) => {
    await page.goto(`${url}/search?q=${encodeURIComponent(query)}`);
    // The count («Найдено…») or «ничего не нашлось»: both are the status the page shows when a search has finished.
    await page.locator('main [role="status"]').waitFor();
    const hrefs = await page.locator('main ol li a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => href.replace(/^https?:\/\/[^/]+/, ''));
  };
  return {
    top3,
    close: async () => {
      await browser.close();
      await stop();
    },
  };
}

async function main(): Promise<void> {
  const browser = process.argv.includes('--browser');
  const buildDir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'build';
  const chromium = browser ? await inChromium(buildDir) : undefined;
  const top3 = chromium?.top3 ?? inNode(buildDir);
  process.stdout.write(browser ? 'In Chromium, on /search:\n' : 'In Node, on the built index:\n');

  const results = new Map<string, string[]>();
  for (const {query} of SEARCH_CASES) results.set(query, await top3(query));
  const {first, top3: inTop3, notFirst} = measureHits((query) => results.get(query) ?? []);
  const n = SEARCH_CASES.length;
  process.stdout.write(
    `Query table (the contract): hit@1 ${share(Math.round(first * n), n)} (at least ${100 * HIT_AT_1_MIN} % wanted), hit@3 ${share(Math.round(inTop3 * n), n)}\n`,
  );
  for (const miss of notFirst) process.stdout.write(`  not first: ${miss}\n`);

  const held = await judgedHits(HELD_OUT, top3);
  process.stdout.write(
    `\nHeld-out set (the honest figure: written without seeing the site, never edited): hit@1 ${share(held.first, HELD_OUT.length)}, hit@3 ${share(held.top3, HELD_OUT.length)}\n`,
  );
  for (const miss of held.misses) process.stdout.write(`  not first: ${miss}\n`);

  // The later sets check that fixes generalise: their figures only, no list of misses to tune to.
  const pooled = {first: 0, top3: 0, total: 0};
  for (const [name, set] of LATER_SETS) {
    const answered = set.flatMap(({expect, ...item}) => (expect === null ? [] : [{...item, expect}]));
    const hits = await judgedHits(answered, top3);
    process.stdout.write(
      `\n${name} (${answered.length} intents the site answers, of ${set.length}): hit@1 ${share(hits.first, answered.length)}, hit@3 ${share(hits.top3, answered.length)}\n`,
    );
    pooled.first += hits.first;
    pooled.top3 += hits.top3;
    pooled.total += answered.length;
  }
  // One set of sixty moves by about five points from one writer to the next: the later sets together are the figure.
  process.stdout.write(`\nLater sets together: hit@1 ${share(pooled.first, pooled.total)}, hit@3 ${share(pooled.top3, pooled.total)}\n`);
  await chromium?.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
