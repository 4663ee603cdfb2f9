/**
 * Reads the built site the way a browser follows a published link: finds the page file, follows redirect
 * pages (meta refresh, keeping the #hash as their script does), then looks for the element with the id,
 * or for an alias in ANCHOR_ALIASES when the id was renamed or moved.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {ANCHOR_ALIASES} from '../../src/data/anchor-aliases';
import {builtHtmlFiles, builtPageFile} from './built-file';
import {isOpenFile, openFiles} from './open-files';

export const MANIFEST_FILE = 'published-links.json';
const MAX_HOPS = 5;

interface Page {
  /** Redirect target (from `<meta http-equiv="refresh">`), if the page is a redirect. */
  refresh?: string;
  ids: Set<string>;
  /** Ids of elements marked `data-link-target`: what the manifest publishes. */
  linkTargets: string[];
}

export class BuiltSite {
  private readonly cache = new Map<string, Page | undefined>();

  constructor(readonly dir: string) {
    if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run "npm run build" first.`);
  }

  page(pagePath: string): Page | undefined {
    if (this.cache.has(pagePath)) return this.cache.get(pagePath);
    const file = builtPageFile(this.dir, pagePath);
    let page: Page | undefined;
    if (file) {
      const $ = load(readFileSync(file, 'utf8'));
      const refresh = $('meta[http-equiv="refresh" i]').attr('content');
      page = {
        refresh: refresh
          ? /url=(.+)$/i
              .exec(refresh)?.[1]
              ?.trim()
              .replace(/^['"]|['"]$/g, '')
          : undefined,
        ids: new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        ),
        linkTargets: $('[data-link-target][id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      };
    }
    this.cache.set(pagePath, page);
    return page;
  }

  /** Returns undefined when the link resolves, or why it does not. */
  problemWith(link: string, hops = 0): string | undefined {
    if (hops > MAX_HOPS) return 'too many redirects';
    const [pagePath = '/', id] = link.split('#');
    // A link to a file published beside the pages (`/whatsapp.md`, `/llms.txt`, `/answers.json`), not to a page.
    if (isOpenFile(pagePath.slice(1))) return this.fileProblem(pagePath, id);
    const page = this.page(pagePath);
    if (!page) return `no page at ${pagePath}`;
    if (page.refresh !== undefined) {
      const target = new URL(page.refresh, `https://site.invalid${pagePath}`);
      const next = target.pathname + (target.hash || (id ? `#${id}` : ''));
      return this.problemWith(next, hops + 1);
    }
    if (!id || page.ids.has(id)) return undefined;
    const moved = ANCHOR_ALIASES[pagePath]?.[id];
    if (moved) return this.problemWith(moved, hops + 1);
    return `no element with id "${id}" on ${pagePath}`;
  }

  /** A file published beside the pages: it exists; a `#id` in a page's Markdown twin is a heading link of its page. */
  private fileProblem(filePath: string, id: string | undefined): string | undefined {
    if (!existsSync(path.join(this.dir, filePath))) return `no file at ${filePath}`;
    if (id === undefined) return undefined;
    if (!filePath.endsWith('.md')) return `${filePath} has no anchors`;
    const text = readFileSync(path.join(this.dir, filePath), 'utf8');
    return text.includes(`#${id})`) ? undefined : `no link to #${id} in ${filePath}`;
  }

  /** Every page URL and every `URL#id` of a link target in the build, sorted. Redirect pages are not content. */
  publishedLinks(): string[] {
    const links = new Set<string>();
    for (const full of builtHtmlFiles(this.dir)) {
      if (path.basename(full) === '404.html') continue;
      const rel = path.relative(this.dir, full).replace(/\\/g, '/');
      const pagePath = `/${rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/\/$/, '') || '/';
      const page = this.page(pagePath);
      if (!page) continue;
      // A redirect page is published only if someone linked to it: those entries are added by hand or by short-links.
      if (page.refresh !== undefined && !pagePath.startsWith('/go/')) continue;
      links.add(pagePath);
      for (const id of page.linkTargets) links.add(`${pagePath}#${id}`);
    }
    for (const name of openFiles(this.dir)) links.add(`/${name}`);
    return [...links].sort();
  }
}

export function readManifest(root: string): string[] {
  const file = path.join(root, MANIFEST_FILE);
  if (!existsSync(file)) return [];
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || !data.every((x) => typeof x === 'string' && x.startsWith('/'))) {
    throw new Error(`${MANIFEST_FILE} must be a JSON array of site-relative links such as "/whatsapp-business#labels".`);
  }
  return data;
}

/** Every manifest entry that no longer resolves, each with the reason. */
export function brokenPublishedLinks(site: BuiltSite, manifest: readonly string[]): string[] {
  return manifest.flatMap((link) => {
    const problem = site.problemWith(link);
    return problem ? [`${link}: ${problem}`] : [];
  });
}
