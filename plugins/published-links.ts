/**
 * Publishes every new page and `page#id` of the build in published-links.json, and never removes one: a link support
 * may paste is published the moment it is built. Commit the file with the change that made the links. That every
 * published link still resolves is checked by tests/unit/published-links.test.ts (npm test).
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {BuiltSite, MANIFEST_FILE, readManifest} from './links/resolve';

/** The manifest with the built links it lacks, sorted; the links it gained. */
export function withNewLinks(manifest: readonly string[], built: readonly string[]): {next: string[]; added: string[]} {
  const known = new Set(manifest);
  const added = [...new Set(built.filter((link) => !known.has(link)))].sort();
  return {next: [...manifest, ...added].sort(), added};
}

export default function publishedLinksPlugin(context: LoadContext): Plugin {
  return {
    name: 'published-links',
    // Listed last in docusaurus.config.ts: the pages and open files are all written when it reads them.
    postBuild({outDir}) {
      const {next, added} = withNewLinks(readManifest(context.siteDir), new BuiltSite(outDir).publishedLinks());
      if (!added.length) return;
      writeFileSync(path.join(context.siteDir, MANIFEST_FILE), `${JSON.stringify(next, null, 2)}\n`);
      console.log(`[published-links] ${added.length} new link(s) in ${MANIFEST_FILE} (commit it):\n${added.map((link) => `  + ${link}`).join('\n')}`);
    },
  };
}
