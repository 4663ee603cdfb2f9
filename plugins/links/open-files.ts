/**
 * The files published beside the pages for people, help desks and assistants: each page's Markdown twin,
 * /llms.txt and /llms-full.txt, the open data (/answers.*, /comparison.*) and /opensearch.xml. They are published
 * links like the pages (published-links.json), and every link to this site inside them must resolve.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {BuiltSite} from './resolve';

const OPEN_FILE = /^(?:[a-z0-9-]+\.md|llms(?:-full)?\.txt|(?:answers|comparison)(?:\.schema)?\.json|answers\.csv|opensearch\.xml)$/;

/** Whether a file name at the site's root is one of the open files. */
export const isOpenFile = (name: string): boolean => OPEN_FILE.test(name);

/** Names of the open files at the root of a built site, sorted. */
export function openFiles(dir: string): string[] {
  return readdirSync(dir).filter(isOpenFile).sort();
}

/** Every link to the site in a text, as `/path#hash`: Markdown links, autolinks, JSON strings, CSV cells, XML attributes. */
export function siteLinksIn(text: string, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/[^\\s<>()"'\\]]*)?`, 'g');
  return [...text.matchAll(pattern)].map(([match]) => {
    const url = new URL(match.replace(/[.,;:]+$/, ''));
    return `${decodeURI(url.pathname)}${url.hash}`;
  });
}

/** Every link inside the open files that leads nowhere, as «file: link (why)». */
export function brokenLinksInOpenFiles(site: BuiltSite, siteUrl: string): string[] {
  return openFiles(site.dir).flatMap((name) => {
    const links = new Set(siteLinksIn(readFileSync(path.join(site.dir, name), 'utf8'), siteUrl));
    return [...links].flatMap((link) => {
      const problem = site.problemWith(link);
      return problem ? [`/${name}: ${link} (${problem})`] : [];
    });
  });
}
