import {comparison} from '../comparison';
import {PRODUCTS} from '../products';
import {ID_PATTERN, NO_DATA_TEXT, PRODUCT_IDS, STATUSES, type Row} from '../schema';
import {SOURCES, isSourceKey} from '../sources';
import {COMPARISON_FILE, DataValidationError, assertValidComparison, comparisonProblems, today} from '../validate';
import {cellOf, comparisonCopy, rowOf, type LooseComparison} from './helpers';

const rows: Row[] = comparison.groups.flatMap((g) => g.rows);

/** First row whose WhatsApp cell cites at least one source (the source tests break that source). */
const SOURCED_ROW = (() => {
  const row = rows.find((r) => r.values.whatsapp.sources.length > 0);
  if (!row) throw new Error('test setup: no row with a sourced WhatsApp cell');
  return row.id;
})();
const FIRST_ROW = rows[0]!.id;
const SECOND_ROW = rows[1]!.id;

function problemsAfter(mutate: (data: LooseComparison) => void): string[] {
  const data = comparisonCopy();
  mutate(data);
  return comparisonProblems(data);
}

describe('comparison data (src/data/comparison.ts)', () => {
  it('has no problems', () => {
    expect(comparisonProblems(comparison)).toEqual([]);
    expect(() => assertValidComparison(comparison)).not.toThrow();
  });

  it('has the three products in reading order, each with its page', () => {
    expect(comparison.products.map((p) => p.id)).toEqual([...PRODUCT_IDS]);
    expect(comparison.products.map((p) => p.href)).toEqual(['/whatsapp', '/whatsapp-business', '/whatsapp-business-api']);
    expect(comparison.products).toEqual([...PRODUCTS]);
  });

  it('has unique, ASCII group and row ids', () => {
    const groupIds = comparison.groups.map((g) => g.id);
    const rowIds = rows.map((r) => r.id);
    expect(new Set(groupIds).size).toBe(groupIds.length);
    expect(new Set(rowIds).size).toBe(rowIds.length);
    for (const id of [...groupIds, ...rowIds]) expect(id).toMatch(ID_PATTERN);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows)('row $id', (row) => {
    // ASCII only: published anchors `#row-<id>` must survive copy-paste into tickets.
    expect(row.id).toMatch(/^[a-z0-9-]+$/);
    expect(row.id).toMatch(ID_PATTERN);
    expect(row.label.trim()).not.toBe('');
    expect(Object.keys(row.values).sort()).toEqual([...PRODUCT_IDS].sort());
    for (const productId of PRODUCT_IDS) {
      const cell = row.values[productId];
      expect(cell, `${row.id}/${productId}`).toBeDefined();
      expect(STATUSES).toContain(cell.status);
      expect(cell.text.trim(), `${row.id}/${productId} text`).not.toBe('');
      // A public source with its own checked date, or an honest «Нет проверенных данных».
      const honestGap = cell.status === 'unknown' && cell.text === NO_DATA_TEXT;
      expect(cell.sources.length > 0 || honestGap, `${row.id}/${productId} needs a source`).toBe(true);
      for (const key of cell.sources) {
        expect(isSourceKey(key), `${row.id}/${productId} cites unknown "${key}"`).toBe(true);
        expect(SOURCES[key].checked <= today(), `${row.id}/${productId} ${key} checked ${SOURCES[key].checked}`).toBe(true);
      }
    }
  });
});

describe('comparisonProblems: each broken field is named by row id and field', () => {
  it('reports a missing product value', () => {
    const problems = problemsAfter((data) => {
      delete rowOf(data, FIRST_ROW).values['whatsapp'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('values.whatsapp');
    expect(problems[0]).toContain('missing');
  });

  it('reports an unknown status and lists the allowed ones', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, FIRST_ROW, 'whatsapp-business').status = 'maybe';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('values.whatsapp-business.status');
    expect(problems[0]).toContain(STATUSES.join(', '));
  });

  it('reports a duplicate row id, also across groups', () => {
    const problems = problemsAfter((data) => {
      const lastGroup = data.groups.at(-1)!;
      lastGroup.rows.at(-1)!.id = FIRST_ROW;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('duplicate');
  });

  it('reports a duplicate group id', () => {
    const problems = problemsAfter((data) => {
      data.groups[1]!.id = data.groups[0]!.id;
    });
    expect(problems).toEqual([expect.stringContaining(`group "${comparison.groups[0]!.id}": duplicate group id`)]);
  });

  it.each([
    ['a Cyrillic id', 'ярлыки'],
    ['an uppercase id', 'Labels'],
    ['an id with a space', 'chat labels'],
    ['an id with an underscore', 'chat_labels'],
    ['an id with a double hyphen', 'chat--labels'],
    ['an empty id', ''],
  ])('reports %s', (_, badId) => {
    const problems = problemsAfter((data) => {
      rowOf(data, SECOND_ROW).id = badId;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${badId}"`);
    expect(problems[0]).toContain('field "id"');
    expect(problems[0]).toContain('lowercase ASCII id');
  });

  it('names a row without an id by its position in the group', () => {
    const problems = problemsAfter((data) => {
      delete (rowOf(data, SECOND_ROW) as {id?: string}).id;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "#1 in group "${comparison.groups[0]!.id}""`);
    expect(problems[0]).toContain('field "id"');
  });

  it('reports an unknown source key, naming the row, the field and the key', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, SOURCED_ROW, 'whatsapp').sources = ['linkedDevicez'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${SOURCED_ROW}", field "values.whatsapp.sources[0]"`);
    expect(problems[0]).toContain('unknown source "linkedDevicez"');
    expect(problems[0]).toContain('src/data/sources.ts');
  });

  it('reports a source written as an object instead of a key', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, SOURCED_ROW, 'whatsapp').sources = [{title: 'x', url: 'https://example.org', checked: '2026-11-24'}];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('values.whatsapp.sources[0]');
    expect(problems[0]).toContain('unknown source');
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '   '],
  ])('reports %s text', (_, text) => {
    const problems = problemsAfter((data) => {
      cellOf(data, SECOND_ROW, 'whatsapp-business-api').text = text;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${SECOND_ROW}"`);
    expect(problems[0]).toContain('values.whatsapp-business-api.text');
    expect(problems[0]).toContain('must not be empty');
  });

  it.each([
    ['without the seed flag', false],
    ['even with the seed flag (the original page had no links)', true],
  ])('reports a cell with no sources %s', (_, seed) => {
    const problems = problemsAfter((data) => {
      const cell = cellOf(data, FIRST_ROW, 'whatsapp');
      cell.sources = [];
      if (seed) cell.seed = true;
      else delete cell.seed;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('values.whatsapp.sources');
    expect(problems[0]).toContain('needs at least one source');
    expect(problems[0]).toContain(NO_DATA_TEXT);
  });

  it('accepts a cell without sources only when it says honestly that nobody checked it', () => {
    const withText = (status: string, text: string) =>
      problemsAfter((data) => {
        const cell = cellOf(data, FIRST_ROW, 'whatsapp');
        Object.assign(cell, {status, text, sources: []});
      });
    expect(withText('unknown', NO_DATA_TEXT)).toEqual([]);
    expect(withText('unknown', 'Зависит от CRM')).toHaveLength(1);
    expect(withText('no', NO_DATA_TEXT)).toHaveLength(1);
  });

  it('rejects `seed: false` (only `seed: true` is meaningful)', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, FIRST_ROW, 'whatsapp').seed = false;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('values.whatsapp.seed');
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, FIRST_ROW, 'whatsapp')['sorces'] = [];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('"sorces"');
  });

  it('reports an unknown product column', () => {
    const problems = problemsAfter((data) => {
      const row = rowOf(data, FIRST_ROW);
      row.values['telegram'] = row.values['whatsapp'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`row "${FIRST_ROW}"`);
    expect(problems[0]).toContain('"telegram"');
  });

  it('reports a group without rows, naming the group', () => {
    const problems = problemsAfter((data) => {
      data.groups[0]!.rows = [];
    });
    expect(problems).toEqual([`group "${comparison.groups[0]!.id}", field "rows": a group needs at least one row`]);
  });

  it('reports every problem at once', () => {
    const problems = problemsAfter((data) => {
      cellOf(data, FIRST_ROW, 'whatsapp').status = 'maybe';
      cellOf(data, SECOND_ROW, 'whatsapp').text = '';
    });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain(`row "${FIRST_ROW}"`);
    expect(problems.join('\n')).toContain(`row "${SECOND_ROW}"`);
  });

  it('describes input that is not a comparison at all', () => {
    expect(comparisonProblems(null)).toHaveLength(1);
    expect(comparisonProblems({})).toEqual([expect.stringContaining('field "products"'), expect.stringContaining('field "groups"')]);
  });
});

describe('assertValidComparison', () => {
  it('throws a DataValidationError naming the file and the row', () => {
    const data = comparisonCopy();
    delete rowOf(data, FIRST_ROW).values['whatsapp'];
    let error: unknown;
    try {
      assertValidComparison(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    expect(error).toBeInstanceOf(Error);
    const {message, name} = error as DataValidationError;
    expect(name).toBe('DataValidationError');
    expect(message.startsWith(`Invalid data in ${COMPARISON_FILE}`)).toBe(true);
    expect(COMPARISON_FILE).toBe('src/data/comparison.ts');
    expect(message).toContain(`row "${FIRST_ROW}"`);
    // Each problem is on its own line, prefixed with the file, so editors can jump to it.
    expect(message.split('\n').slice(1)).toEqual([expect.stringMatching(/^ {2}- src\/data\/comparison\.ts: row "/)]);
  });
});
