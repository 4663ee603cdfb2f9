/**
 * `npm run facts`: every source the site cites, oldest check first, with its fact ids, the day it was checked and
 * its age, and what depends on it (table rows, answers, chooser, changes, pages). Re-check the oldest first.
 * Options: --json prints the same as JSON.
 */
import {FACTS, FACT_STATUSES, type FactId} from '../src/data/facts';
import {readPages, sourceUsage} from '../src/data/source-usage';
import {ageInDays} from '../src/data/standing';
import {SOURCES, type SourceKey} from '../src/data/sources';
import {today} from '../src/utils/dates';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // piped into head: fine
  throw error;
});

const now = today();
const usage = sourceUsage(readPages());
const rows = (Object.keys(SOURCES) as SourceKey[])
  .map((key) => ({key, ...SOURCES[key], age: ageInDays(SOURCES[key].checked, now), usedBy: usage[key]}))
  .sort((a, b) => a.checked.localeCompare(b.checked) || a.key.localeCompare(b.key));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({today: now, sources: rows}, null, 2));
} else {
  console.log(`Sources by the day they were checked (oldest first), today ${now}: ${rows.length} sources\n`);
  for (const row of rows) {
    const facts = row.facts.map((id) => `${id} (${FACT_STATUSES[FACTS[id as FactId].status]})`).join(', ');
    console.log(`${row.checked}  ${String(row.age).padStart(4)} d  ${row.key}  —  ${row.title}`);
    console.log(`    ${row.url}`);
    console.log(`    facts: ${facts}`);
    console.log(`    used by: ${row.usedBy.length ? row.usedBy.join('; ') : 'NOTHING (cite it or remove it)'}`);
  }
}
