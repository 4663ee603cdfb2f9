/**
 * `npm run facts`: every source the site cites, oldest check first, with its fact ids, the day it was checked and
 * its age, and what depends on it (table rows, answers, chooser, changes, pages). Re-check the oldest first.
 * Options:
 *   --due   only the sources the site marks «требует проверки»: checked more than 90 days before its «as of» day
 *           (SITE_AS_OF, or the date of the commit; site-settings.ts). Exits 0 either way.
 *   --json  prints the same as JSON.
 */
import {FACTS, FACT_STATUSES, type FactId} from '../src/data/facts';
import {readPages, sourceUsage} from '../src/data/source-usage';
import {SOURCES, type SourceKey} from '../src/data/sources';
import {ageInDays, isStale, STALE_AFTER_DAYS} from '../src/data/standing';
import {siteAsOf} from '../site-settings';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // piped into head: fine
  throw error;
});

const asOf = siteAsOf();
const due = process.argv.includes('--due');
const usage = sourceUsage(readPages());
const rows = (Object.keys(SOURCES) as SourceKey[])
  .filter((key) => !due || isStale(SOURCES[key].checked, asOf))
  .map((key) => ({key, ...SOURCES[key], age: ageInDays(SOURCES[key].checked, asOf), usedBy: usage[key]}))
  .sort((a, b) => a.checked.localeCompare(b.checked) || a.key.localeCompare(b.key));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({asOf, due, sources: rows}, null, 2));
} else {
  console.log(
    due
      ? `Sources due for a re-check (checked more than ${STALE_AFTER_DAYS} days before ${asOf}), oldest first: ${rows.length}\n`
      : `Sources by the day they were checked (oldest first), as of ${asOf}: ${rows.length} sources\n`,
  );
  for (const row of rows) {
    const facts = row.facts.map((id) => `${id} (${FACT_STATUSES[FACTS[id as FactId].status]})`).join(', ');
    console.log(`${row.checked}  ${String(row.age).padStart(4)} d  ${row.key}  —  ${row.title}  [${row.firmness}]`);
    console.log(`    ${row.url}`);
    console.log(`    facts: ${facts}`);
    console.log(`    used by: ${row.usedBy.length ? row.usedBy.join('; ') : 'NOTHING (cite it or remove it)'}`);
  }
  if (due && rows.length === 0) console.log('Nothing is due: every source was checked within the last 90 days.');
}
