/**
 * `npm run search:hits` (after `npm run build`): how often the search quality contract (tests/search/queries.ts)
 * finds its place first (hit@1) and in the top 3 (hit@3) on the built index, and the queries that miss first place.
 */
import {openBuiltSearch} from '../plugins/local-search/open-index';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../tests/search/queries';

async function main(): Promise<void> {
  const search = openBuiltSearch(process.argv[2] ?? 'build');
  const results = new Map<string, string[]>();
  for (const {query} of SEARCH_CASES) results.set(query, (await search.search(query, 3)).map((hit) => hit.url));
  const {first, top3, notFirst} = measureHits((query) => results.get(query) ?? []);
  const share = (value: number) => `${Math.round(value * SEARCH_CASES.length)}/${SEARCH_CASES.length} (${(100 * value).toFixed(1)} %)`;
  process.stdout.write(`hit@1 ${share(first)} (at least ${100 * HIT_AT_1_MIN} % wanted), hit@3 ${share(top3)}\n`);
  for (const miss of notFirst) process.stdout.write(`  not first: ${miss}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
