/**
 * Every page's Markdown twin (/<page>.md), /llms.txt and /llms-full.txt, read from build/ (plugins/open-data).
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {builtPageFile} from '../../plugins/links/built-file';
import {brokenLinksInOpenFiles, siteLinksIn} from '../../plugins/links/open-files';
import {BuiltSite} from '../../plugins/links/resolve';
import {pageMarkdown} from '../../plugins/open-data/markdown';
import {SITE_URL} from '../../site-url';
import {markdownPathOf} from '../../src/utils/markdown-path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, 'build');
const read = (file: string) => readFileSync(path.join(BUILD, file), 'utf8');
const SITE = `${SITE_URL}/`;

const htmlOf = (page: string) => readFileSync(builtPageFile(BUILD, page) ?? path.join(BUILD, `${page}.html`), 'utf8');

/** The published pages with an article (the docs; not /search, redirects or short links): each has a Markdown twin. */
const pages = (JSON.parse(readFileSync(path.join(ROOT, 'published-links.json'), 'utf8')) as string[]).filter(
  (link) =>
    !link.includes('#') &&
    !/\.\w+$/.test(link) &&
    !link.startsWith('/go/') &&
    !link.startsWith('/otlichie-') &&
    htmlOf(link).includes('theme-doc-markdown'),
);

const ALERT = {info: 'NOTE', tip: 'TIP', warning: 'WARNING', danger: 'CAUTION'} as const;

describe('every page as Markdown', () => {
  it('leaves out only what works in the browser alone: the chooser’s live result', () => {
    const omitted = pages.flatMap((page) =>
      load(htmlOf(page))('[data-markdown-omit]')
        .map((_, el) => `${page}#${el.attribs['id']}`)
        .get(),
    );
    expect(omitted).toEqual(['/choose#result']);
  });

  it('covers the ten pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/whatsapp', '/whatsapp-business', '/whatsapp-business-api', '/answers', '/changes']));
    expect(pages.length).toBe(10);
  });

  for (const page of pages) {
    describe(markdownPathOf(page), () => {
      const html = load(htmlOf(page));
      const markdown = read(markdownPathOf(page).slice(1));
      const url = new URL(page, SITE).href;

      it('starts with the page title, its address and the day it was checked', () => {
        const lines = markdown.split('\n');
        expect(lines[0]).toBe(`# ${html('article h1').first().text()}`);
        expect(markdown).toContain(`Адрес страницы: <${url}>`);
        expect(markdown).toContain(`проверены ${html('.site-last-checked time').text()}`);
      });

      it('holds every heading, row, group, callout and change of the page as a link to its #id', () => {
        const ids = html('article :is(h2, h3, tr, [data-link-target])[id]')
          .filter((_, el) => !html(el).closest('[data-markdown-omit]').length)
          .map((_, el) => html(el).attr('id'))
          .get();
        expect(ids.length).toBeGreaterThan(0);
        const missing = ids.filter((id) => !markdown.includes(`](${url}#${id})`));
        expect(missing).toEqual([]);
      });

      it('quotes every callout with its type, label and title', () => {
        html('article aside[data-callout]').each((_, aside) => {
          const type = html(aside).attr('data-callout') as keyof typeof ALERT;
          const label = html(aside).find('p').first().text().trim().replace(/\s+/, ': ');
          expect(markdown).toContain(`> [!${ALERT[type]}]\n> **${label}** [#](${url}#${html(aside).attr('id')})`);
        });
      });

      it('links only with absolute addresses, and carries no markup of the page', () => {
        expect(markdown).not.toMatch(/\]\((?!https?:)/);
        expect(markdown).not.toMatch(/<(?:svg|span|div|button|!--)/);
        // Words for the screen only: the table's scroll hint, the copy buttons.
        expect(markdown).not.toMatch(/Таблицу можно прокрутить|Скопировать как Markdown|Скопировать ссылку на/);
      });

      it('every row of its comparison table is a Markdown table row with the row link and every source of the row', () => {
        html('article tr[id^="row-"]').each((_, tr) => {
          const line = markdown.split('\n').find((l) => l.startsWith('|') && l.includes(`(${url}#${html(tr).attr('id')})`));
          expect(line, html(tr).attr('id')).toBeDefined();
          const sources = html(tr)
            .find('td a[href^="https://"]')
            .map((_, a) => html(a).attr('href'))
            .get();
          for (const source of sources) expect(line, source).toContain(`](${source})`);
          for (const status of html(tr)
            .find('td strong')
            .map((_, s) => html(s).text())
            .get())
            expect(line).toContain(`**${status}**`);
          // A note's mark and the sources after it stay apart: «[1] · Источники: …», never «[1]Источники».
          expect(line, html(tr).attr('id')).not.toMatch(/\)Источник/);
        });
      });
    });
  }
});

describe('/llms.txt and /llms-full.txt', () => {
  const llms = read('llms.txt');

  it('follow the llmstxt.org format: a title, a quoted summary, then sections of links', () => {
    expect(llms).toMatch(/^# .+\n\n> .+\n\n/);
    expect(llms).toContain('\n## Страницы\n');
    expect(llms).toContain('\n## Optional\n');
    for (const line of llms.split('\n').filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)]+\)(?:: .+)?$/);
  });

  it('/llms.txt lists every page by its Markdown link, once, and /llms-full.txt holds every page in full', () => {
    const full = read('llms-full.txt');
    for (const page of pages) {
      const link = new URL(markdownPathOf(page), SITE).href;
      expect(llms.split(`](${link})`).length - 1, link).toBe(1);
      expect(full).toContain(read(markdownPathOf(page).slice(1)).trim());
    }
  });
});

describe('links inside the published files', () => {
  it('all resolve: every page, #id and file they link to exists', () => {
    expect(brokenLinksInOpenFiles(new BuiltSite(BUILD), SITE_URL)).toEqual([]);
  });

  it('a dead link or anchor inside a file is reported with the file and the link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'open-files-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), '<h2 id="here">Here</h2>');
      writeFileSync(path.join(dir, 'llms.txt'), `- [a](${SITE_URL}/#here)\n- [b](${SITE_URL}/#gone)\n- [c](${SITE_URL}/nowhere.md)\n`);
      expect(brokenLinksInOpenFiles(new BuiltSite(dir), SITE_URL)).toEqual([
        '/llms.txt: /#gone (no element with id "gone" on /)',
        '/llms.txt: /nowhere.md (no file at /nowhere.md)',
      ]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('finds links in Markdown, autolinks, JSON and XML, without the punctuation after them', () => {
    const text = `[x](${SITE_URL}/a#b) <${SITE_URL}/c> "${SITE_URL}/d.json", template="${SITE_URL}/search?q={searchTerms}" see ${SITE_URL}/e.`;
    expect(siteLinksIn(text, SITE_URL)).toEqual(['/a#b', '/c', '/d.json', '/search', '/e']);
  });
});

describe('the converter', () => {
  it('names the page when the built HTML has no article, or a callout of an unknown type', () => {
    expect(() => pageMarkdown({html: '<main></main>', url: `${SITE_URL}/x`})).toThrow(`${SITE_URL}/x: no article`);
    const html = '<article><div class="theme-doc-markdown"><aside id="c" data-callout="error"><p>Note</p></aside></div></article>';
    expect(() => pageMarkdown({html, url: `${SITE_URL}/x`})).toThrow(`${SITE_URL}/x: callout #c has an unknown type "error"`);
  });

  it('every page file exists in the build', () => {
    for (const page of pages) expect(existsSync(path.join(BUILD, markdownPathOf(page).slice(1))), page).toBe(true);
  });
});
