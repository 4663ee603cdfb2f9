/**
 * `npm run search:hits` (after `npm run build`): how often the search quality contract (tests/search/queries.ts)
 * finds its place first (hit@1) and in the top 3 (hit@3) on the built index, and the queries that miss first place.
 */
import {readFileSync} from 'node:fs';
import {SiteSearch} from '../src/search/engine';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../tests/search/queries';

const index = JSON.parse(readFileSync(process.argv[2] ?? 'build/search-index.json', 'utf8')) as {documents: ConstructorParameters<typeof SiteSearch>[0]};
const search = new SiteSearch(index.documents);
const {first, top3, notFirst} = measureHits((query) => search.search(query, 3).map((hit) => hit.url));
const share = (value: number) => `${Math.round(value * SEARCH_CASES.length)}/${SEARCH_CASES.length} (${(100 * value).toFixed(1)} %)`;
process.stdout.write(`hit@1 ${share(first)} (at least ${100 * HIT_AT_1_MIN} % wanted), hit@3 ${share(top3)}\n`);
for (const miss of notFirst) process.stdout.write(`  not first: ${miss}\n`);
