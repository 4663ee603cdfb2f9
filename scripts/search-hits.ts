/**
 * `npm run search:hits` (after `npm run build`): search quality on the built index, two figures.
 * - The query table (tests/search/queries.ts): the contract the tests hold, tuned with the engine.
 * - The held-out set (tests/search/held-out.ts): intents written without seeing the site and never edited to pass —
 *   the honest figure of how search does on questions nobody tuned it to.
 * - The second held-out set (tests/search/held-out-2.ts): figures only, to check that a fix generalised.
 * For each: hit@1 (the right place first) and hit@3 (in the top three), and the queries that miss first place.
 */
import {openBuiltSearch} from '../plugins/local-search/open-index';
import {HELD_OUT} from '../tests/search/held-out';
import {HELD_OUT_2} from '../tests/search/held-out-2';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../tests/search/queries';

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

  let heldFirst = 0;
  let heldTop3 = 0;
  const heldMisses: string[] = [];
  for (const item of HELD_OUT) {
    const right = new Set([item.expect, ...item.alsoRight]);
    const top = await top3(item.query);
    if (top[0] && right.has(top[0])) heldFirst += 1;
    else heldMisses.push(`#${item.n} «${item.query}» → ${top.join(', ') || 'nothing'} (wants ${item.expect})`);
    if (top.some((url) => right.has(url))) heldTop3 += 1;
  }
  process.stdout.write(
    `\nHeld-out set (the honest figure: written without seeing the site, never edited): hit@1 ${share(heldFirst, HELD_OUT.length)}, hit@3 ${share(heldTop3, HELD_OUT.length)}\n`,
  );
  for (const miss of heldMisses) process.stdout.write(`  not first: ${miss}\n`);

  // The second set checks that fixes generalise: its figures only, no list of misses to tune to.
  const answered = HELD_OUT_2.filter((item) => item.expect !== null);
  let secondFirst = 0;
  let secondTop3 = 0;
  for (const item of answered) {
    const right = new Set([item.expect!, ...item.alsoRight]);
    const top = await top3(item.query);
    if (top[0] && right.has(top[0])) secondFirst += 1;
    if (top.some((url) => right.has(url))) secondTop3 += 1;
  }
  process.stdout.write(
    `\nSecond held-out set (${answered.length} intents the site answers, of ${HELD_OUT_2.length}): hit@1 ${share(secondFirst, answered.length)}, hit@3 ${share(secondTop3, answered.length)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
