/**
 * `npm run search:hits` (after `npm run build`): search quality on the built index, two figures.
 * - The query table (tests/search/queries.ts): the contract the tests hold, tuned with the engine.
 * - The held-out set (tests/search/held-out.ts): intents written without seeing the site and never edited to pass —
 *   the honest figure of how search does on questions nobody tuned it to.
 * - The second held-out set (tests/search/held-out-2.ts): figures only, to check that a fix generalised.
 * For each: hit@1 (the right place first) and hit@3 (in the top three), and the queries that miss first place.
 */
import {openBuiltSearch} from '../plugins/local-search/open-index';
import {HELD_OUT, type HeldOutCase} from '../tests/search/held-out';
import {HELD_OUT_2} from '../tests/search/held-out-2';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../tests/search/queries';

/** How many judged intents find a right place first and in the top three, and the ones that miss first place. */
async function judgedHits(items: readonly HeldOutCase[], top3: (query: string) => Promise<string[]>): Promise<{first: number; top3: number; misses: string[]}> {
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

const share = (hits: number, total: number) => `${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`;

async function main(): Promise<void> {
  const search = openBuiltSearch(process.argv[2] ?? 'build');
  const top3 = async (query: string) => (await search.search(query, 3)).map((hit) => hit.url);

  const results = new Map<string, string[]>();
  for (const {query} of SEARCH_CASES) results.set(query, await top3(query));
  const {first, top3: inTop3, notFirst} = measureHits((query) => results.get(query) ?? []);
  const n = SEARCH_CASES.length;
  process.stdout.write(`Query table (the contract): hit@1 ${share(Math.round(first * n), n)} (at least ${100 * HIT_AT_1_MIN} % wanted), hit@3 ${share(Math.round(inTop3 * n), n)}\n`);
  for (const miss of notFirst) process.stdout.write(`  not first: ${miss}\n`);

  const held = await judgedHits(HELD_OUT, top3);
  process.stdout.write(
    `\nHeld-out set (the honest figure: written without seeing the site, never edited): hit@1 ${share(held.first, HELD_OUT.length)}, hit@3 ${share(held.top3, HELD_OUT.length)}\n`,
  );
  for (const miss of held.misses) process.stdout.write(`  not first: ${miss}\n`);

  // The second set checks that fixes generalise: its figures only, no list of misses to tune to.
  const answered = HELD_OUT_2.flatMap(({expect, ...item}) => (expect === null ? [] : [{...item, expect}]));
  const second = await judgedHits(answered, top3);
  process.stdout.write(
    `\nSecond held-out set (${answered.length} intents the site answers, of ${HELD_OUT_2.length}): hit@1 ${share(second.first, answered.length)}, hit@3 ${share(second.top3, answered.length)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
