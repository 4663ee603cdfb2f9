import {changes} from '../changes';
import {comparison} from '../comparison';
import {SourceSchema, type Source} from '../schema';
import {SOURCES} from '../sources';
import {today} from '../validate';

const entries = Object.entries(SOURCES) as [string, Source][];

describe('sources (src/data/sources.ts)', () => {
  it('is not empty', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s passes SourceSchema', (_, source) => {
    const result = SourceSchema.safeParse(source);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it.each(entries)('%s names a facts-sheet item and a past check date', (_, source) => {
    expect(source.fact).toMatch(/^F-[a-z]+-\d+$/);
    expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(source.checked <= today(), `checked ${source.checked} is after ${today()}`).toBe(true);
    expect(new URL(source.url).protocol).toBe('https:');
  });

  it('has one entry per page (no URL listed twice)', () => {
    const urls = entries.map(([, s]) => s.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it('leaves the «сообщение провайдера» mark to the components (the title does not repeat it)', () => {
    expect(entries.some(([, s]) => s.reported)).toBe(true);
    for (const [key, source] of entries) expect(source.title, key).not.toMatch(/сообщени[ея] провайдера/i);
  });

  it('is the only place sources come from: every cited source is an entry here', () => {
    const known = new Set<Source>(Object.values(SOURCES));
    const cited = [
      ...comparison.groups.flatMap((g) => g.rows.flatMap((r) => Object.values(r.values).flatMap((c) => c.sources))),
      ...changes.flatMap((c) => c.sources),
    ];
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((s) => !known.has(s)).map((s) => s.url)).toEqual([]);
  });
});

describe('SourceSchema', () => {
  const valid = {title: 'Meta: цены', url: 'https://developers.facebook.com/docs/whatsapp/pricing', checked: '2026-11-24', fact: 'F-price-1'};

  it('accepts a complete source, with or without `reported`', () => {
    expect(SourceSchema.safeParse(valid).success).toBe(true);
    expect(SourceSchema.safeParse({...valid, reported: true}).success).toBe(true);
  });

  it.each([
    ['an http URL', {url: 'http://example.com'}, 'url'],
    ['a bad fact id', {fact: 'api-3'}, 'fact'],
    ['an uppercase fact id', {fact: 'F-API-3'}, 'fact'],
    ['an empty title', {title: ''}, 'title'],
    ['an impossible date', {checked: '2026-02-30'}, 'checked'],
    ['a date with time', {checked: '2026-11-24T10:00:00Z'}, 'checked'],
    ['an unknown key', {note: 'x'}, ''],
  ])('rejects %s', (_, patch, field) => {
    const result = SourceSchema.safeParse({...valid, ...patch});
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
