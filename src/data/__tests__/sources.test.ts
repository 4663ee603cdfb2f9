import {readFileSync} from 'node:fs';
import path from 'node:path';
import {FACTS} from '../facts';
import {SourceSchema, type Source} from '../schema';
import {SOURCES} from '../sources';
import {SOURCES_FILE, assertValidSources, sourcesProblems, today} from '../validate';

const entries = Object.entries(SOURCES) as [string, Source][];
const NOW = '2026-12-03';
const [FIRST_KEY, FIRST] = entries[0]!;

function problemsWith(patch: Record<string, unknown>, extra: Record<string, unknown> = {}): string[] {
  const source: Record<string, unknown> = {...FIRST, ...patch};
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete source[key];
  return sourcesProblems({...SOURCES, [FIRST_KEY]: source, ...extra}, NOW);
}

describe('sources (src/data/sources.ts)', () => {
  it('has no problems, today and on the day of the last check', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(sourcesProblems(SOURCES)).toEqual([]);
    expect(sourcesProblems(SOURCES, NOW)).toEqual([]);
  });

  it.each(entries)('%s passes SourceSchema, names registered facts and a past check date', (_, source) => {
    const result = SourceSchema.safeParse(source);
    expect(result.error?.issues ?? []).toEqual([]);
    for (const fact of source.facts) expect(Object.keys(FACTS)).toContain(fact as string);
    expect(source.checked <= today(), `checked ${source.checked} is after ${today()}`).toBe(true);
    expect(new URL(source.url).protocol).toBe('https:');
  });

  it.each(entries)('%s links a page, not a site’s home page', (_, source) => {
    expect(new URL(source.url).pathname.replace(/\/$/, ''), source.url).not.toBe('');
  });

  it('writes each checked date on its own source, never through a shared constant', () => {
    const text = readFileSync(path.resolve(__dirname, '../sources.ts'), 'utf8');
    const checked = [...text.matchAll(/^\s*checked:\s*(.+?),?$/gm)].map((m) => m[1]!);
    expect(checked).toHaveLength(entries.length);
    for (const value of checked) expect(value).toMatch(/^'\d{4}-\d{2}-\d{2}'$/);
  });

  it('backs every fact in the register with at least one page', () => {
    const backed = new Set(entries.flatMap(([, s]) => s.facts));
    expect(Object.keys(FACTS).filter((id) => !backed.has(id as keyof typeof FACTS))).toEqual([]);
  });

  it('leaves the «сообщение провайдера» mark to the components (the title does not repeat it)', () => {
    for (const [key, source] of entries) expect(source.title, key).not.toMatch(/сообщени[ея] провайдера/i);
  });
});

describe('sourcesProblems: each problem names the source and the field', () => {
  it('reports a missing checked date', () => {
    const problems = problemsWith({checked: undefined});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`source "${FIRST_KEY}", field "checked"`);
    expect(problems[0]).toContain('YYYY-MM-DD');
  });

  it.each(['2026-02-30', '2026-11', '24.11.2026'])('reports a checked date %j that is not a real day', (checked) => {
    expect(problemsWith({checked})).toEqual([expect.stringContaining(`source "${FIRST_KEY}", field "checked"`)]);
  });

  it('reports a checked date in the future, and accepts today', () => {
    expect(problemsWith({checked: '2026-12-04'})).toEqual([
      `source "${FIRST_KEY}", field "checked": 2026-12-04 is in the future (today is ${NOW}); write the day the page was actually read`,
    ]);
    expect(problemsWith({checked: NOW})).toEqual([]);
  });

  it('uses the real date when no `now` is given', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
      const problems = sourcesProblems(SOURCES);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.includes('is in the future (today is 2026-01-01)'))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a page update after the check', () => {
    expect(problemsWith({checked: '2026-11-24', updated: '2026-11-30'})).toEqual([
      expect.stringContaining(`source "${FIRST_KEY}", field "updated": 2026-11-30 is after the check on 2026-11-24`),
    ]);
  });

  it.each([
    ['an unknown fact id', {facts: ['F-api-99']}, 'facts[0]', 'unknown fact "F-api-99"'],
    ['no fact at all', {facts: []}, 'facts', 'at least one fact'],
    ['an http:// URL', {url: 'http://faq.whatsapp.com/378279804439436/'}, 'url', 'https://'],
    ['a relative URL', {url: '/whatsapp'}, 'url', 'https://'],
    ['an empty title', {title: ''}, 'title', 'must not be empty'],
    ['a misspelt field', {checkd: '2026-11-24'}, '', 'checkd'],
  ])('reports %s', (_, patch, field, message) => {
    const problems = problemsWith(patch);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`source "${FIRST_KEY}", field "${field}"`);
    expect(problems[0]).toContain(message);
  });

  it('reports the same page listed under two keys', () => {
    const problems = sourcesProblems({...SOURCES, copy: {...FIRST}}, NOW);
    expect(problems).toEqual([`source "copy": the same page as source "${FIRST_KEY}" (${FIRST.url}); cite one entry`]);
  });

  it('fails the build with the file named', () => {
    expect(() => assertValidSources({...SOURCES, [FIRST_KEY]: {...FIRST, checked: '2099-01-01'}})).toThrow(
      new RegExp(`^Invalid data in ${SOURCES_FILE}:\\n  - ${SOURCES_FILE}: source "${FIRST_KEY}", field "checked"`),
    );
  });
});
