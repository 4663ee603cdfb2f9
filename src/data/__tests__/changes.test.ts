import {changes} from '../changes';
import {SOURCES} from '../sources';
import {ID_PATTERN} from '../schema';
import {CHANGES_FILE, DataValidationError, assertValidChanges, changesProblems, today} from '../validate';
import {changeOf, changesCopy, type LooseChange} from './helpers';

const NOW = '2026-11-25';
const FIRST = changes[0]!.id;
const SECOND = changes[1]!.id;

function problemsAfter(mutate: (data: LooseChange[]) => void): string[] {
  const data = changesCopy();
  mutate(data);
  return changesProblems(data, NOW);
}

describe('change log data (src/data/changes.ts)', () => {
  it('has no problems', () => {
    expect(changes.length).toBeGreaterThan(0);
    expect(changesProblems(changes)).toEqual([]);
    expect(changesProblems(changes, NOW)).toEqual([]);
    expect(() => assertValidChanges(changes)).not.toThrow();
  });

  it('has unique ids', () => {
    const ids = changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists dated changes oldest first, undated ones last', () => {
    const dates = changes.flatMap((c) => (c.date ? [c.date] : []));
    expect(dates).toEqual([...dates].sort());
    const firstUndated = changes.findIndex((c) => !c.date);
    if (firstUndated >= 0) expect(changes.slice(firstUndated).every((c) => !c.date)).toBe(true);
  });

  it.each(changes)('change $id', (change) => {
    expect(change.id).toMatch(ID_PATTERN);
    if (change.date !== undefined) {
      expect(change.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(change.date <= today(), `date ${change.date}`).toBe(true);
    }
    for (const text of [change.title, change.before, change.now]) expect(text.trim()).not.toBe('');
    // Links to a section of one of the site's pages.
    expect(change.more).toMatch(/^\/[a-z0-9-]*(#[a-z0-9-]+)?$/);
    expect(change.sources.length).toBeGreaterThan(0);
    for (const key of change.sources) expect(SOURCES[key].checked <= today(), key).toBe(true);
  });
});

describe('changesProblems: each broken field is named by change id and field', () => {
  it.each([
    ['a full date', '2027-01-01'],
    ['a month', '2026-12'],
    ['a year', '2027'],
  ])('reports %s in the future', (_, date) => {
    const problems = problemsAfter((data) => {
      changeOf(data, FIRST).date = date;
    });
    expect(problems).toEqual([`change "${FIRST}", field "date": ${date} is in the future (today is ${NOW})`]);
  });

  it.each(['2026-11-25', '2026-11', '2026'])('accepts %s on 2026-11-25 (not in the future)', (date) => {
    expect(
      problemsAfter((data) => {
        changeOf(data, FIRST).date = date;
      }),
    ).toEqual([]);
  });

  it('accepts a change without a date', () => {
    expect(
      problemsAfter((data) => {
        delete changeOf(data, FIRST).date;
      }),
    ).toEqual([]);
  });

  it.each(['2025-7', '07.2025', '2025-07-01T00:00', 'July 2025'])('reports a malformed date %j', (date) => {
    const problems = problemsAfter((data) => {
      changeOf(data, FIRST).date = date;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`change "${FIRST}", field "date"`);
    expect(problems[0]).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('reports a missing sources list', () => {
    const problems = problemsAfter((data) => {
      delete changeOf(data, SECOND).sources;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`change "${SECOND}", field "sources"`);
  });

  it('reports an empty sources list', () => {
    const problems = problemsAfter((data) => {
      changeOf(data, SECOND).sources = [];
    });
    expect(problems).toEqual([`change "${SECOND}", field "sources": a change needs at least one source`]);
  });

  it.each([
    ['an external URL', 'https://developers.facebook.com/docs/whatsapp'],
    ['a relative path', 'whatsapp-business-api#pricing'],
    ['a non-ASCII anchor', '/whatsapp-business-api#цены'],
    ['an empty anchor', '/whatsapp-business-api#'],
  ])('reports a bad `more` link: %s', (_, more) => {
    const problems = problemsAfter((data) => {
      changeOf(data, SECOND).more = more;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`change "${SECOND}", field "more"`);
  });

  it('reports a duplicate id', () => {
    const problems = problemsAfter((data) => {
      data.at(-1)!.id = FIRST;
    });
    expect(problems).toEqual([expect.stringContaining(`change "${FIRST}": duplicate change id`)]);
  });

  it('reports a non-ASCII id', () => {
    const problems = problemsAfter((data) => {
      changeOf(data, SECOND).id = 'цены';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('change "цены", field "id"');
  });

  it('reports an unknown source key, naming the change and the key', () => {
    const problems = problemsAfter((data) => {
      changeOf(data, SECOND).sources = ['pricingg'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`change "${SECOND}", field "sources[0]"`);
    expect(problems[0]).toContain('unknown source "pricingg"');
  });

  it('describes input that is not a list', () => {
    expect(changesProblems({}, NOW)).toEqual([expect.stringContaining('expected array')]);
  });
});

describe('assertValidChanges', () => {
  it('throws a DataValidationError naming the file and the change', () => {
    const data = changesCopy();
    changeOf(data, FIRST).date = '2099-01-01';
    expect(() => assertValidChanges(data, NOW)).toThrow(DataValidationError);
    try {
      assertValidChanges(data, NOW);
    } catch (error) {
      const {message} = error as Error;
      expect(message.startsWith(`Invalid data in ${CHANGES_FILE}:\n`)).toBe(true);
      expect(CHANGES_FILE).toBe('src/data/changes.ts');
      expect(message).toContain(`  - src/data/changes.ts: change "${FIRST}", field "date"`);
    }
  });
});
