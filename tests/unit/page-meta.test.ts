/**
 * Link previews in help desks and messengers: every page's built HTML carries its own title, description, canonical
 * URL and preview image, and names its Markdown twin. Previewers do not run JavaScript, so the built HTML is what
 * counts (tests/e2e/meta.spec.ts checks that hydration keeps it; og-images.test.ts checks the images themselves).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {builtPageFile} from '../../plugins/links/built-file';
import {sitePages} from '../../site-pages';
import {SITE_URL} from '../../site-url';
import {markdownPathOf} from '../../src/utils/markdown-path';

const BUILD = path.resolve(import.meta.dirname, '../../build');

const TAGS = {
  description: 'meta[name="description"]',
  ogTitle: 'meta[property="og:title"]',
  ogDescription: 'meta[property="og:description"]',
  ogUrl: 'meta[property="og:url"]',
  ogLocale: 'meta[property="og:locale"]',
  ogImage: 'meta[property="og:image"]',
  twitterCard: 'meta[name="twitter:card"]',
  canonical: 'link[rel="canonical"]',
  markdown: 'link[rel="alternate"][type="text/markdown"]',
} as const;

/** The head of a built page: the title and each tag's value, or the number of times it appears when not once. */
function headOf(page: string): Record<keyof typeof TAGS | 'title', string> {
  const file = builtPageFile(BUILD, page);
  if (!file) throw new Error(`build/ has no page ${page}: run npm run build first`);
  const $ = load(readFileSync(file, 'utf8'));
  const once = (selector: string, value: (el: ReturnType<typeof $>) => string) => {
    const found = $('head').find(selector);
    return found.length === 1 ? value(found).trim() : `${found.length} × ${selector}`;
  };
  const tags = Object.entries(TAGS).map(([key, selector]) => [key, once(selector, (el) => el.attr('content') ?? el.attr('href') ?? '')]);
  return {title: once('title', (el) => el.text()), ...Object.fromEntries(tags)};
}

const heads = sitePages().map(({path: page}) => ({page, head: headOf(page)}));

describe('every page’s head, as previewers read it', () => {
  it.each(heads)('$page has its own title, description, canonical URL, preview image and Markdown twin', ({page, head}) => {
    for (const key of ['title', 'description', 'ogTitle', 'ogDescription'] as const) expect(head[key], key).toMatch(/^(?!\d+ × ).+/);
    expect(head).toMatchObject({
      ogUrl: `${SITE_URL}${page}`,
      canonical: `${SITE_URL}${page}`,
      markdown: `${SITE_URL}${markdownPathOf(page)}`,
      ogLocale: 'ru_RU',
      twitterCard: 'summary_large_image',
    });
    expect(head.ogImage, 'an absolute URL on the site').toMatch(new RegExp(`^${SITE_URL}/og/[\\w-]+\\.png$`));
    expect(existsSync(path.join(BUILD, new URL(head.ogImage).pathname)), `${head.ogImage} is in build/`).toBe(true);
  });

  it('titles, descriptions and preview images differ from page to page', () => {
    for (const key of ['title', 'description', 'ogTitle', 'ogDescription', 'ogUrl', 'ogImage'] as const) {
      const values = heads.map(({head}) => head[key]);
      expect(new Set(values).size, `${key} is unique: ${JSON.stringify(values)}`).toBe(values.length);
    }
  });
});
