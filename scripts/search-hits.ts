/**
 * `npm run search:hits` (after `npm run build`): how often the search quality contract (tests/search/queries.ts)
 * finds its place first (hit@1) and in the top 3 (hit@3) on the built index, and the queries that miss first place.
 */
import {readFileSync} from 'node:fs';
import {SiteSearch} from '../src/search/engine';
import {SEARCH_CASES} from '../tests/search/queries';

const index = JSON.parse(readFileSync(process.argv[2] ?? 'build/search-index.json', 'utf8')) as {documents: ConstructorParameters<typeof SiteSearch>[0]};
const search = new SiteSearch(index.documents);
const misses: string[] = [];
let first = 0;
let top3 = 0;
for (const {query, expect} of SEARCH_CASES) {
  const top = search.search(query, 3).map((hit) => hit.url);
  if (top[0] === expect) first += 1;
  else misses.push(`«${query}» → ${top.join(', ') || 'nothing'} (wants ${expect})`);
  if (top.includes(expect)) top3 += 1;
}
const share = (n: number) => `${n}/${SEARCH_CASES.length} (${Math.round((100 * n) / SEARCH_CASES.length)} %)`;
console.log(`hit@1 ${share(first)}, hit@3 ${share(top3)}`);
for (const miss of misses) console.log(`  not first: ${miss}`);
