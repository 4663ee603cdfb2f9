/**
 * The site's pages, in reading order. The sidebar (sidebars.ts) is the list; a page's path is its front matter's
 * `slug` (or its id). The browser tests, the budgets check and the screenshots take the pages from here, so a page
 * added to the sidebar is in every check (README «Adding a page»).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sidebars from './sidebars';

export interface SitePage {
  /** The doc id: docs/<id>.mdx. */
  id: string;
  /** Its address: `/`, `/whatsapp`, … */
  path: string;
  /** It shows the comparison table (`<FeatureTable>`). */
  hasTable: boolean;
  /** It has at least one `<Callout>`. */
  hasCallout: boolean;
}

/** Every page of the sidebar; fails naming the id when a listed doc has no file. */
export function sitePages(): SitePage[] {
  const siteDir = process.cwd(); // npm scripts and the test runners run from the repository root
  const ids = Object.values(sidebars)
    .flatMap((items) => (Array.isArray(items) ? items : []))
    .filter((item): item is string => typeof item === 'string');
  return ids.map((id) => {
    const file = ['mdx', 'md'].map((ext) => path.join(siteDir, 'docs', `${id}.${ext}`)).find((candidate) => existsSync(candidate));
    if (!file) throw new Error(`sidebars.ts lists "${id}", but docs/ has no ${id}.mdx or ${id}.md`);
    const source = readFileSync(file, 'utf8');
    const slug = (matter(source).data as {slug?: string}).slug;
    return {id, path: slug ?? `/${id}`, hasTable: source.includes('<FeatureTable'), hasCallout: source.includes('<Callout')};
  });
}
