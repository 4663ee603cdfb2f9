import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {answers} from '../../src/data/answers';
import {answerClipboardText} from '../../src/components/ReadyAnswers/clipboard-text';

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
  sources: {title: string; url: string; checked: string}[];
  checked?: string;
}

describe('/answers.json, /answers.schema.json and /answers.csv (help-desk macros)', () => {
  it('are built', () => {
    for (const file of ['answers.json', 'answers.schema.json', 'answers.csv']) expect(existsSync(path.join(BUILD, file)), `${file}: run npm run build first`).toBe(true);
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
      if (answer.sources.length) expect(answer.checked).toBe(answer.sources.map((s) => s.checked).sort().at(-1));
    }
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
