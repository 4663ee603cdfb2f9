/**
 * `npm run links:check` (after `npm run build`): fails, naming each entry, when a link of published-links.json no
 * longer resolves in build/. The build itself adds new links to the manifest (plugins/published-links.ts).
 */
import path from 'node:path';
import {BuiltSite, brokenPublishedLinks, readManifest} from '../plugins/links/resolve';

const root = path.resolve(import.meta.dirname, '..');
const site = new BuiltSite(path.join(root, 'build'));

const broken = brokenPublishedLinks(site, readManifest(root));
if (broken.length) {
  console.error(
    `${broken.length} published link(s) no longer resolve. Restore the id, or add a redirect (src/data/redirects.ts) or an anchor alias (src/data/anchor-aliases.ts):`,
  );
  for (const problem of broken) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`All ${readManifest(root).length} published links resolve.`);
