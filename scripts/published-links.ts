/**
 * The manifest of published links (published-links.json): every page and every `page#id` that support
 * tickets may point at. Usage, after `npm run build`:
 *   npm run links:update   adds new links found in build/ (never removes one: removing is a conscious edit)
 *   npm run links:check    fails, naming each entry, when a published link no longer resolves
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {BuiltSite, MANIFEST_FILE, brokenPublishedLinks, readManifest} from '../plugins/links/resolve';

const root = path.resolve(import.meta.dirname, '..');
const site = new BuiltSite(path.join(root, 'build'));
const manifest = readManifest(root);

if (process.argv.includes('--update')) {
  const known = new Set(manifest);
  const added = site.publishedLinks().filter((link) => !known.has(link));
  const next = [...manifest, ...added].sort();
  writeFileSync(path.join(root, MANIFEST_FILE), `${JSON.stringify(next, null, 2)}\n`);
  console.log(`${MANIFEST_FILE}: ${added.length} added, ${next.length} in all.`);
  for (const link of added) console.log(`  + ${link}`);
}

const broken = brokenPublishedLinks(site, readManifest(root));
if (broken.length) {
  console.error(`${broken.length} published link(s) no longer resolve. Restore the id, or add a redirect (src/data/redirects.ts) or an anchor alias (src/data/anchor-aliases.ts):`);
  for (const problem of broken) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`All ${readManifest(root).length} published links resolve.`);
