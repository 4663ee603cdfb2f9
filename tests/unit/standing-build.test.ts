/**
 * What SITE_AS_OF and REPORT_TO do to a built site, read from two builds of the same commit: build/ (as `npm run build`
 * makes it: the commit's day, no REPORT_TO) and .tmp/build-report (SITE_AS_OF=2027-04-01 REPORT_TO=mailto:…, made by
 * `npm test` before the unit tests; see REPORT_BUILD below). The rules themselves are unit-tested with the components.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {comparison} from '../../src/data/comparison';
import {SOURCES} from '../../src/data/sources';
import {isStale} from '../../src/data/standing';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NORMAL = path.join(ROOT, 'build');
export const REPORT_BUILD = {dir: path.join(ROOT, '.tmp/build-report'), asOf: '2027-04-01', reportTo: 'mailto:docs@example.org'};
const html = (dir: string, page: string) => load(readFileSync(path.join(dir, `${page}.html`), 'utf8'));
const pages = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.html'));

describe('the normal build', () => {
  it('marks nothing «требует проверки» and shows no report links (every source is fresh; REPORT_TO is unset)', () => {
    expect(pages(NORMAL).length).toBeGreaterThan(5);
    for (const page of pages(NORMAL)) {
      const text = readFileSync(path.join(NORMAL, page), 'utf8');
      expect(text.includes('требует проверки') || text.includes('Требует проверки'), page).toBe(false);
      expect(text.includes('data-report'), page).toBe(false);
      expect(text.includes('Сообщить об ошибке'), page).toBe(false);
    }
  });
});

describe(`SITE_AS_OF=${REPORT_BUILD.asOf} REPORT_TO=${REPORT_BUILD.reportTo}`, () => {
  it('was built', () => {
    expect(
      existsSync(path.join(REPORT_BUILD.dir, 'index.html')),
      `build it: SITE_AS_OF=${REPORT_BUILD.asOf} REPORT_TO=${REPORT_BUILD.reportTo} npx docusaurus build --out-dir .tmp/build-report`,
    ).toBe(true);
  });

  const $ = html(REPORT_BUILD.dir, 'index');

  it('marks every row whose sources were checked more than 90 days before, in the table, the Markdown and the JSON', () => {
    const rows = comparison.groups.flatMap((group) => group.rows);
    const staleRows = rows.filter((row) =>
      Object.values(row.values).some((cell) => cell.sources.some((key) => isStale(SOURCES[key].checked, REPORT_BUILD.asOf))),
    );
    expect(staleRows.length, 'sources were checked in November–December 2026: every row with one is stale by April 2027').toBe(
      rows.filter((row) => Object.values(row.values).some((cell) => cell.sources.length)).length,
    );
    for (const row of staleRows) expect($(`#row-${row.id} [data-stale]`).length, row.id).toBeGreaterThan(0);
    const exported = JSON.parse(readFileSync(path.join(REPORT_BUILD.dir, 'comparison.json'), 'utf8')) as {
      asOf: string;
      groups: {rows: {id: string; values: Record<string, {staleSince?: string}>}[]}[];
    };
    expect(exported.asOf).toBe(REPORT_BUILD.asOf);
    const exportedStale = exported.groups.flatMap((g) => g.rows).filter((row) => Object.values(row.values).some((cell) => cell.staleSince));
    expect(exportedStale.map((row) => row.id)).toEqual(staleRows.map((row) => row.id));
    expect(readFileSync(path.join(REPORT_BUILD.dir, 'index.md'), 'utf8')).toContain('требует проверки');
  });

  it('marks the answers, the chooser’s outcomes and the sections that rest on a stale source', () => {
    const answers = html(REPORT_BUILD.dir, 'answers');
    expect(answers('section [data-stale]').length).toBeGreaterThan(0);
    expect(html(REPORT_BUILD.dir, 'choose')('[data-stale]').length).toBeGreaterThan(0);
    const api = html(REPORT_BUILD.dir, 'whatsapp-business-api');
    // A section whose own text cites a source says so under its heading.
    expect(api('h2 + p[data-stale], h3 + p[data-stale]').first().text()).toMatch(
      /^Требует проверки: источник этого раздела проверен \d+ \p{L}+ 2026 г\./u,
    );
  });

  it('`npm run facts -- --due` lists exactly the sources the site marks as stale', () => {
    const listed = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/facts.ts', '--due', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {...process.env, SITE_AS_OF: REPORT_BUILD.asOf},
      }),
    ) as {sources: {url: string; checked: string}[]};
    const checked = listed.sources.map((s) => s.checked);
    expect(checked, 'oldest first').toEqual([...checked].sort());
    const marked = new Set<string>();
    for (const page of pages(REPORT_BUILD.dir)) {
      const $page = html(REPORT_BUILD.dir, page.replace(/\.html$/, ''));
      $page('[data-stale]').each((_, mark) => {
        const link = $page(mark).prevAll('a[href^="https://"]').first().attr('href');
        if (link) marked.add(link);
      });
    }
    const listedUrls = new Set(listed.sources.map((s) => s.url));
    for (const url of marked) expect(listedUrls.has(url), url).toBe(true);
    expect(marked.size).toBeGreaterThan(20);
  });

  it('gives every row, answer, callout and section heading a report link naming page#id and its sources', () => {
    const check = (page: string, selector: string, minimum: number) => {
      const $page = html(REPORT_BUILD.dir, page);
      const targets = $page(selector).toArray();
      expect(targets.length, `${page} ${selector}`).toBeGreaterThanOrEqual(minimum);
      for (const target of targets) {
        const id = $page(target).attr('id')!;
        const href = $page(target).find('a[data-report]').first().attr('href') ?? '';
        expect(href.startsWith(`${REPORT_BUILD.reportTo}?subject=`), `${page}#${id}`).toBe(true);
        const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body') ?? '';
        expect(body, `${page}#${id}`).toContain(`/${page === 'index' ? '' : page}#${id}`);
      }
      return targets;
    };
    const rows = check('index', 'tr[id^="row-"]', 20);
    const rowBody = decodeURIComponent($(rows[0]!).find('a[data-report]').attr('href')!.split('body=')[1]!);
    expect(rowBody).toMatch(/Источники \(дата проверки\): .+, 2026-\d\d-\d\d/);
    check('answers', 'h2[id^="answer-"]', 20);
    check('index', 'aside[id]', 1);
    const headings = check('whatsapp-business-api', 'h2[id], h3[id]', 10);
    // Headings learn their section's sources from the remark plugin (UPGRADING.md «Heading props from remark»).
    const api = html(REPORT_BUILD.dir, 'whatsapp-business-api');
    const pricing = decodeURIComponent(api('#pricing a[data-report]').attr('href')!.split('body=')[1]!);
    expect(pricing).toMatch(/Источники \(дата проверки\): .*Meta: цены WhatsApp Business Platform, 2026-\d\d-\d\d/);
    expect(headings.length).toBeGreaterThan(10);
  });

  it('offers «Не нашли ответ?» on /search, also without JavaScript', () => {
    const search = html(REPORT_BUILD.dir, 'search');
    expect(search('.site-no-js-only a[data-report]').attr('href')).toMatch(/^mailto:docs@example\.org\?subject=/);
  });
});
