import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {answers} from '../../src/data/answers';
import {answerClipboardText} from '../../src/components/ReadyAnswers/clipboard-text';
import {comparison} from '../../src/data/comparison';
import {PRODUCT_IDS} from '../../src/data/ids';
import {REPORTED_WORDING} from '../../src/data/reporting';
import {SOURCES} from '../../src/data/sources';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, 'build');
const read = (file: string) => readFileSync(path.join(BUILD, file), 'utf8');
const published = new Set(JSON.parse(readFileSync(path.join(ROOT, 'published-links.json'), 'utf8')) as string[]);

interface ExportedAnswer {
  id: string;
  question: string;
  answer: string;
  url: string;
  more: string;
  sources: {title: string; url: string; checked: string; firmness: string; reported?: true; stale?: true}[];
  firmness?: string;
  staleSince?: string;
  checked?: string;
}

/** How firm a statement is, decided here independently of src/data/reporting.ts: that of its firmest source. */
function expectedFirmness(sources: readonly {firmness: string}[]): string | undefined {
  if (sources.length === 0) return undefined;
  return ['official', 'providers', 'press'].find((firmness) => sources.some((source) => source.firmness === firmness));
}

/** «(по данным провайдеров)» and «(по сообщениям прессы)» as a sources label carries them, counted in a text. */
function firmnessLabels(text: string): {providers: number; press: number} {
  return {providers: text.split('(по данным провайдеров):').length - 1, press: text.split('(по сообщениям прессы):').length - 1};
}
const countFirmness = (items: readonly {firmness?: string}[]) => ({
  providers: items.filter((item) => item.firmness === 'providers').length,
  press: items.filter((item) => item.firmness === 'press').length,
});

describe('/answers.json, /answers.schema.json and /answers.csv (help-desk macros)', () => {
  it('are built', () => {
    for (const file of ['answers.json', 'answers.schema.json', 'answers.csv', 'comparison.json', 'comparison.schema.json'])
      expect(existsSync(path.join(BUILD, file)), `${file}: run npm run build first`).toBe(true);
  });

  const data = JSON.parse(read('answers.json')) as {$schema: string; site: string; answers: ExportedAnswer[]};

  it('the JSON is valid against its published JSON Schema, and the schema does reject a broken answer', () => {
    const validate = new Ajv2020({strict: false}).compile(JSON.parse(read('answers.schema.json')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = {...data, answers: [{...data.answers[0], question: undefined}]};
    expect(validate(broken)).toBe(false);
  });

  it('holds every answer of /answers, in its order, with the same texts', () => {
    const page = read('answers.html');
    const onPage = [...page.matchAll(/id="?answer-([a-z0-9-]+)/g)].map((m) => m[1]);
    expect(data.answers.map((a) => a.id)).toEqual(onPage);
    expect(data.answers.map((a) => [a.question, a.answer])).toEqual(answers.map((a) => [a.question, a.answer]));
  });

  it('every link in it is a published link of this site; sources carry their checked dates', () => {
    const site = new URL(data.site);
    for (const answer of data.answers) {
      for (const link of [answer.url, answer.more]) {
        const url = new URL(link);
        expect(url.origin, link).toBe(site.origin);
        expect(published, link).toContain(`${url.pathname}${url.hash}`);
      }
      if (answer.sources.length)
        expect(answer.checked).toBe(
          answer.sources
            .map((s) => s.checked)
            .sort()
            .at(-1),
        );
    }
  });

  it('marks reported sources, and every answer that cites one says «по данным …» in the text support pastes', () => {
    const citing = data.answers.filter((answer) => answer.sources.some((source) => source.reported));
    expect(citing.length, 'no answer cites a reported source: the check would pass vacuously').toBeGreaterThan(0);
    for (const answer of citing) expect(answer.answer, answer.id).toMatch(REPORTED_WORDING);
  });

  it('says how firm each answer is (its firmest source), and /answers and answers.md say it in words for the same answers', () => {
    for (const answer of data.answers) expect(answer.firmness, answer.id).toBe(expectedFirmness(answer.sources));
    const expected = countFirmness(data.answers);
    expect(expected.providers + expected.press, 'no answer rests on providers or the press only: the check would pass vacuously').toBeGreaterThan(0);
    expect(firmnessLabels(read('answers.html').replace(/<[^>]+>/g, ''))).toEqual(expected);
    expect(firmnessLabels(read('answers.md'))).toEqual(expected);
  });

  it('the CSV (UTF-8 with a BOM) parses back to the same answers: title, body with the link, tags', () => {
    const csv = read('answers.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, {bom: true, columns: true}) as {title: string; body: string; tags: string}[];
    expect(rows.map((r) => r.title)).toEqual(answers.map((a) => a.question));
    expect(rows.map((r) => r.body)).toEqual(answers.map((a) => answerClipboardText(a, data.site)));
    expect(rows.map((r) => r.tags)).toEqual(answers.map((a) => `whatsapp-guide answer-${a.id}`));
  });
});

interface ExportedComparison {
  $schema: string;
  site: string;
  table: string;
  products: {id: string; url: string}[];
  groups: {
    id: string;
    url: string;
    rows: {
      id: string;
      label: string;
      url: string;
      values: Record<
        string,
        {
          status: string;
          text: string;
          note?: string;
          firmness?: string;
          staleSince?: string;
          sources: {url: string; checked: string; firmness: string; reported?: true}[];
        }
      >;
    }[];
  }[];
}

describe('/comparison.json and /comparison.schema.json (the comparison as open data)', () => {
  const data = JSON.parse(read('comparison.json')) as ExportedComparison;
  const rows = data.groups.flatMap((group) => group.rows);

  it('the JSON is valid against its published JSON Schema, and the schema does reject a broken row', () => {
    const validate = new Ajv2020({strict: false}).compile(JSON.parse(read('comparison.schema.json')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const [group] = data.groups;
    const [row] = group!.rows;
    const {whatsapp: _dropped, ...twoProducts} = row!.values;
    expect(validate({...data, groups: [{...group, rows: [{...row, values: twoProducts}]}]})).toBe(false);
    expect(
      validate({...data, groups: [{...group, rows: [{...row, values: {...row!.values, whatsapp: {...row!.values['whatsapp'], status: 'maybe'}}}]}]}),
    ).toBe(false);
  });

  it('holds every group and row of the overview table, in its order, and every row of every other page', () => {
    const overview = read('index.html');
    expect(data.groups.map((g) => `group-${g.id}`)).toEqual([...overview.matchAll(/<tr id="?(group-[a-z0-9-]+)/g)].map((m) => m[1]));
    expect(rows.map((r) => `row-${r.id}`)).toEqual([...overview.matchAll(/<tr id="?(row-[a-z0-9-]+)/g)].map((m) => m[1]));
    const ids = new Set(rows.map((r) => `row-${r.id}`));
    for (const page of ['whatsapp', 'whatsapp-business', 'whatsapp-business-api', 'integrations', 'russia']) {
      for (const [, id] of read(`${page}.html`).matchAll(/<tr id="?(row-[a-z0-9-]+)/g)) expect(ids, `${page}: ${id}`).toContain(id);
    }
  });

  it('says what src/data/comparison.ts says, cell by cell, with every source and its checked date', () => {
    const expected = comparison.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.label)).toEqual(expected.map((r) => r.label));
    for (const [i, row] of rows.entries()) {
      for (const product of PRODUCT_IDS) {
        const cell = expected[i]!.values[product];
        const out = row.values[product]!;
        expect([out.status, out.text, out.note], `${row.id} ${product}`).toEqual([cell.status, cell.text, cell.note]);
        expect(out.sources.map((s) => [s.url, s.checked])).toEqual(cell.sources.map((key) => [SOURCES[key].url, SOURCES[key].checked]));
      }
    }
  });

  it('marks reported sources, and every cell that cites one says «по данным …» in its text or note', () => {
    const cells = rows.flatMap((row) => Object.entries(row.values).map(([product, cell]) => ({where: `${row.id} ${product}`, cell})));
    const citing = cells.filter(({cell}) => cell.sources.some((source) => source.reported));
    expect(citing.length, 'no cell cites a reported source: the check would pass vacuously').toBeGreaterThan(0);
    for (const {where, cell} of citing) expect(`${cell.text} ${cell.note ?? ''}`, where).toMatch(REPORTED_WORDING);
  });

  it('says how firm each cell is (its firmest source), and the full table and index.md say it in words for the same cells', () => {
    const cells = rows.flatMap((row) => Object.values(row.values));
    for (const cell of cells) expect(cell.firmness).toBe(expectedFirmness(cell.sources));
    const expected = countFirmness(cells);
    expect(expected.providers, 'no cell rests on providers only: the check would pass vacuously').toBeGreaterThan(0);
    const table = read('index.html').replace(/<[^>]+>/g, '');
    expect(firmnessLabels(table)).toEqual(expected);
    expect(firmnessLabels(read('index.md'))).toEqual(expected);
  });

  it('every link to the site in it is a published link: each row and group, the products, the table', () => {
    const site = new URL(data.site);
    for (const link of [data.table, ...data.products.map((p) => p.url), ...data.groups.map((g) => g.url), ...rows.map((r) => r.url)]) {
      const url = new URL(link);
      expect(url.origin, link).toBe(site.origin);
      expect(published, link).toContain(`${url.pathname}${url.hash}`);
    }
    expect(rows.map((r) => r.url)).toEqual(rows.map((r) => new URL(`/#row-${r.id}`, site).href));
  });
});
