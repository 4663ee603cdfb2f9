import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {REDIRECTS} from '../src/data/redirects';
import {SHORT_LINKS} from '../src/data/short-links';
import {ID_PATTERN} from '../src/data/schema';
import {MANIFEST_FILE, readManifest} from './links/resolve';
import {redirectPageHtml} from './links/redirect-page';

export const SHORT_LINK_FILE = 'src/data/short-links.ts';

/** Problems with the short links, each naming the alias; checked against the published-links manifest. */
export function shortLinkProblems(links: typeof SHORT_LINKS, manifest: readonly string[]): string[] {
  const published = new Set(manifest);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const {alias, to, title} of links) {
    if (!ID_PATTERN.test(alias)) problems.push(`alias "${alias}": must be lowercase ASCII (latin letters, digits, hyphens)`);
    if (seen.has(alias)) problems.push(`alias "${alias}": defined twice`);
    seen.add(alias);
    if (!title.trim()) problems.push(`alias "${alias}": needs a title`);
    if (!published.has(to)) {
      problems.push(`alias "${alias}": target "${to}" is not in ${MANIFEST_FILE}; link to a published page or section`);
    }
  }
  return problems;
}

/**
 * Serves `/go/<alias>` and the moved pages of src/data/redirects.ts as redirect pages that work without JavaScript
 * (nginx answers both with real 301s; these pages serve any other static host).
 */
export default function shortLinksPlugin(context: {siteDir: string; siteConfig: {url: string}}): Plugin {
  return {
    name: 'short-links',
    loadContent() {
      const problems = shortLinkProblems(SHORT_LINKS, readManifest(context.siteDir));
      if (problems.length) {
        throw new Error(`Invalid short links in ${SHORT_LINK_FILE}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
    postBuild({outDir}) {
      const dir = path.join(outDir, 'go');
      mkdirSync(dir, {recursive: true});
      for (const link of SHORT_LINKS) {
        writeFileSync(path.join(dir, `${link.alias}.html`), redirectPageHtml({...link, siteUrl: context.siteConfig.url}));
      }
      for (const {from, to, title} of REDIRECTS) {
        const pageDir = path.join(outDir, from);
        mkdirSync(pageDir, {recursive: true});
        writeFileSync(path.join(pageDir, 'index.html'), redirectPageHtml({to, title, siteUrl: context.siteConfig.url, keepHash: true}));
      }
    },
  };
}
