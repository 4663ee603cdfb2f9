import {renderToStaticMarkup} from 'react-dom/server';
import {comparison} from '@site/src/data/comparison';
import {NO_DATA_TEXT, STATUS_WORDS} from '@site/src/data/ids';
import {PRODUCTS} from '@site/src/data/products';
import {ComparisonSchema, STATUSES, type Cell, type Comparison, type ProductId, type Row, type Status} from '@site/src/data/schema';
import {comparisonView} from '@site/src/data/site-view';
import {SOURCES, citationsOf, type SourceKey} from '@site/src/data/sources';
import {siteAsOf} from '@site/site-settings';
import {load, type CheerioAPI} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import FeatureTable, {type FeatureTableProps} from '..';
import {sourcesText} from '@site/tests/unit/source-text';

/** The day the site is built as of (the unit tests' stub of the build's data uses the same). */
const AS_OF = siteAsOf();

/**
 * The injected tables below cite two pages of our own, added to a copy of the register with dates fixed here: an
 * official page and a provider's, both checked within 90 days of 2026-12-03.
 */
const TEST_SOURCES = {
  ...SOURCES,
  testSourceA: {title: 'Источник А', url: 'https://example.com/a', checked: '2026-11-05', firmness: 'official' as const},
  testSourceB: {title: 'Источник Б', url: 'https://example.com/b', checked: '2026-10-31', firmness: 'providers' as const},
};
// Keys of the test register only, so a type assertion.
const SOURCE_A = 'testSourceA' as SourceKey;
const SOURCE_B = 'testSourceB' as SourceKey;

const PRODUCT_PAGES: Record<ProductId, string> = {
  whatsapp: '/whatsapp',
  'whatsapp-business': '/whatsapp-business',
  'whatsapp-business-api': '/whatsapp-business-api',
};

const allRows: Row[] = comparison.groups.flatMap((g) => g.rows);

/** Renders the table; injected data (source keys) is first turned into what the build gives the component. */
function render({data, ...props}: Omit<FeatureTableProps, 'data'> & {data?: Comparison; asOf?: string} = {}): CheerioAPI {
  const {asOf = AS_OF, ...rest} = props;
  const view = data ? {data: comparisonView(data, asOf, TEST_SOURCES)} : {};
  return load(renderToStaticMarkup(<FeatureTable {...rest} {...view} />), null, false);
}

/** The cells of one data row, in column order. */
const cellsOf = ($: CheerioAPI, rowId: string) => one($, `tr[id="row-${rowId}"]`).children('td');

/** Every (row, product, cell) of the data, in reading order. */
function dataCells(data: Comparison = comparison, products: readonly ProductId[] = PRODUCTS.map((p) => p.id)) {
  return data.groups.flatMap((g) => g.rows.flatMap((row) => products.map((productId) => ({row, productId, cell: row.values[productId]}))));
}

/** A cell as the data model allows it: with a source (here Источник А), and also in the original article. */
function cell(status: Status, text: string, more: Partial<Cell> = {}): Cell {
  return {status, text, sources: [SOURCE_A], seed: true, ...more};
}

/** A table small enough to reason about: one group, two rows, statuses yes/no only. */
function tinyData(): Comparison {
  return {
    products: [...PRODUCTS],
    groups: [
      {
        id: 'basics',
        title: 'Основное',
        rows: [
          {
            id: 'calls',
            label: 'Звонки',
            values: {
              whatsapp: cell('yes', 'Голос и видео'),
              'whatsapp-business': cell('yes', 'Голос и видео'),
              'whatsapp-business-api': cell('no', 'Нет'),
            },
          },
          {
            id: 'stickers',
            label: 'Стикеры',
            values: {
              whatsapp: cell('yes', 'Есть'),
              'whatsapp-business': cell('no', 'Не проверяли'),
              'whatsapp-business-api': cell('no', 'Нет'),
            },
          },
        ],
      },
    ],
  };
}

beforeEach(() => {
  collected.anchors.length = 0;
  collected.links.length = 0;
});

describe('<FeatureTable> — the full table', () => {
  const $ = render();

  it('has a caption that names the scrollable region', () => {
    const caption = one($, 'caption');
    expect(caption.attr('id')).toBe('comparison-caption');
    expect(normalizedText(caption)).toContain('Сравнение WhatsApp, WhatsApp Business и WhatsApp Business API');
    const region = one($, '[role="region"]');
    expect(region.attr('tabindex')).toBe('0');
    expect(region.attr('aria-labelledby')).toBe(caption.attr('id'));
    expect(one($, 'table').parents('[role="region"]').get(0)).toBe(region.get(0));
    // The caption belongs to the table it describes.
    expect(caption.parent().is('table')).toBe(true);
  });

  it('has one column header per product plus the feature column, each product linked to its page', () => {
    const headers = one($, 'thead').find('th');
    expect(headers.toArray().map((th) => th.attribs.scope)).toEqual(['col', 'col', 'col', 'col']);
    expect($('th[scope="col"]')).toHaveLength(PRODUCTS.length + 1);
    expect(normalizedText(headers.first())).toBe('Возможность');
    const links = headers
      .slice(1)
      .toArray()
      .map((th) => one($(th), 'a'));
    expect(links.map((a) => a.attr('href'))).toEqual(['/whatsapp', '/whatsapp-business', '/whatsapp-business-api']);
    expect(links.map((a) => a.attr('href'))).toEqual(PRODUCTS.map((p) => PRODUCT_PAGES[p.id]));
    expect(links.map(normalizedText)).toEqual(PRODUCTS.map((p) => p.shortName));
  });

  it('has one row header per data row, in data order, each row linkable as #row-<id>', () => {
    expect($('th[scope="row"]')).toHaveLength(allRows.length);
    expect(
      $('tr[id^="row-"]')
        .toArray()
        .map((tr) => tr.attribs.id),
    ).toEqual(allRows.map((r) => `row-${r.id}`));
    for (const row of allRows) {
      const tr = one($, `tr[id="row-${row.id}"]`);
      const th = tr.children('th');
      expect(th).toHaveLength(1);
      expect(th.attr('scope')).toBe('row');
      expect(normalizedText(th)).toContain(row.label);
      if (row.explanation) expect(normalizedText(th)).toContain(row.explanation);
      expect(tr.children('td')).toHaveLength(PRODUCTS.length);
    }
  });

  it('has one row-group header per group, spanning the whole table', () => {
    const groupHeaders = $('th[scope="rowgroup"]');
    expect(groupHeaders).toHaveLength(comparison.groups.length);
    expect(groupHeaders.toArray().map(normalizedText)).toEqual(comparison.groups.map((g) => g.title));
    for (const th of groupHeaders) expect(th.attribs.colspan).toBe(String(PRODUCTS.length + 1));
    expect(
      $('tr[id^="group-"]')
        .toArray()
        .map((tr) => tr.attribs.id),
    ).toEqual(comparison.groups.map((g) => `group-${g.id}`));
    // Each group is its own tbody, with its rows inside it.
    const bodies = $('tbody');
    expect(bodies).toHaveLength(comparison.groups.length);
    comparison.groups.forEach((group, i) => {
      expect(
        bodies
          .eq(i)
          .find('tr[id^="row-"]')
          .toArray()
          .map((tr) => tr.attribs.id),
      ).toEqual(group.rows.map((r) => `row-${r.id}`));
    });
  });

  it.each(allRows.map((row) => [row.id, row] as const))('row %s: every cell shows its status as a word, with a hidden icon', (rowId, row) => {
    const tds = cellsOf($, rowId);
    PRODUCTS.forEach((product, i) => {
      const data = row.values[product.id];
      const td = tds.eq(i);
      const where = `${rowId}/${product.id}`;
      const icons = td.find('svg');
      expect(icons.length, where).toBeGreaterThan(0);
      for (const svg of icons) expect(svg.attribs['aria-hidden'], where).toBe('true');
      // An unchecked cell says «Нет проверенных данных» in the status's place (tested on its own below).
      const word = data.text === NO_DATA_TEXT ? NO_DATA_TEXT : STATUS_WORDS[data.status];
      expect(normalizedText(one(td, 'strong')), where).toBe(word);
      const text = normalizedText(td);
      expect(text.startsWith(word), where).toBe(true);
      if (data.text.toLowerCase() !== STATUS_WORDS[data.status].toLowerCase()) {
        // Raw text: numbers in the data keep their no-break spaces (1\u00a0000), which must reach the page.
        expect(td.text(), where).toContain(data.text);
      }
    });
  });

  it('lists sources as links with the day they were checked, saying «по данным провайдеров» where no source is official', () => {
    let checkedLinks = 0;
    for (const {row, productId, cell: data} of dataCells()) {
      const td = cellsOf($, row.id).eq(PRODUCTS.findIndex((p) => p.id === productId));
      const text = normalizedText(td);
      const where = `${row.id}/${productId}`;
      const citations = citationsOf(data.sources, AS_OF);
      const links = td.find('a[href^="https://"]');
      expect(
        links.toArray().map((a) => a.attribs.href),
        where,
      ).toEqual(citations.map((c) => c.url));
      citations.forEach((citation, i) => {
        expect(normalizedText(links.eq(i)), where).toBe(citation.title);
        expect(links.eq(i).attr('rel'), where).toBe('noopener');
        checkedLinks += 1;
      });
      const count = citations.length + (data.seed ? 1 : 0);
      if (count > 0)
        expect(text, where).toContain(sourcesText(citations, count === 1 ? 'Источник' : 'Источники', data.seed ? 'исходная статья' : undefined));
      expect(text.includes('исходная статья'), where).toBe(data.seed === true);
    }
    expect(checkedLinks).toBeGreaterThan(0);
  });

  it('shows a seed cell’s own source links and, after them, «исходная статья»', () => {
    const seeds = dataCells().filter(({cell: c}) => c.seed);
    expect(seeds.length).toBeGreaterThan(0);
    for (const {row, productId, cell: data} of seeds) {
      const where = `${row.id}/${productId}`;
      const td = cellsOf($, row.id).eq(PRODUCTS.findIndex((p) => p.id === productId));
      const links = td.find('a[href^="https://"]');
      expect(links.length, where).toBeGreaterThan(0);
      expect(
        links.toArray().map((a) => a.attribs.href),
        where,
      ).toEqual(data.sources.map((key) => SOURCES[key].url));
      // Real sources first, the article last: «Источники[ (по данным …)]: …, проверено D месяца YYYY г.; исходная статья».
      expect(normalizedText(td), where).toMatch(
        /Источники(?: \(по (?:данным провайдеров|сообщениям прессы)\))?: .+, проверено \d{1,2} \p{L}+ \d{4} г\.; исходная статья$/u,
      );
    }
  });

  it('shows a cell nobody has checked as «Нет проверенных данных», once, with no sources label, links or article mark', () => {
    const unchecked = dataCells().filter(({cell: c}) => c.sources.length === 0);
    expect(unchecked.length).toBeGreaterThan(0);
    for (const {row, productId, cell: data} of unchecked) {
      const where = `${row.id}/${productId}`;
      expect([data.status, data.text], where).toEqual(['unknown', NO_DATA_TEXT]);
      const td = cellsOf($, row.id).eq(PRODUCTS.findIndex((p) => p.id === productId));
      expect(td.find('a[href^="https://"]'), where).toHaveLength(0);
      expect(normalizedText(one(td, 'strong')), where).toBe('Нет проверенных данных');
      expect(td.find('.text'), where).toHaveLength(0);
      expect(normalizedText(td), where).not.toContain('исходная статья');
    }
  });

  it('prints no «Источник:»/«Источники:» label in a cell with no sources', () => {
    for (const {row, productId} of dataCells().filter(({cell: c}) => c.sources.length === 0 && !c.seed)) {
      const td = cellsOf($, row.id).eq(PRODUCTS.findIndex((p) => p.id === productId));
      expect(normalizedText(td), `${row.id}/${productId}`).not.toMatch(/Источник/);
    }
  });

  it('has a legend listing exactly the statuses used, in the fixed order', () => {
    const used = new Set(dataCells().map(({cell: c}) => c.status));
    const legend = one($, 'dl');
    const terms = legend.find('dt');
    expect(terms.toArray().map(normalizedText)).toEqual(STATUSES.filter((s) => used.has(s)).map((s) => STATUS_WORDS[s]));
    for (const dt of terms) expect(one($(dt), 'svg').attr('aria-hidden')).toBe('true');
    const descriptions = legend.find('dd');
    expect(descriptions).toHaveLength(terms.length);
    for (const dd of descriptions) expect(normalizedText(dd)).not.toBe('');
  });

  it('numbers the notes in reading order, each with a stable id, linked to its cell and back', () => {
    const withNotes = dataCells().filter(({cell: c}) => c.note);
    expect(withNotes.length).toBeGreaterThan(0);
    const items = $('li[id^="comparison-note-"]');
    expect(items).toHaveLength(withNotes.length);
    withNotes.forEach(({row, productId, cell: data}, i) => {
      const n = i + 1;
      const li = items.eq(i);
      // The id names the cell (row and product), not the number, so it survives renumbering.
      const noteId = `comparison-note-${row.id}-${productId}`;
      expect(li.attr('id')).toBe(noteId);
      expect(li.attr('value')).toBe(String(n));
      const product = PRODUCTS.find((p) => p.id === productId)!;
      expect(normalizedText(li)).toContain(`${product.shortName} — ${row.label}.`);
      expect(li.text()).toContain(data.note);
      // Back-link from the note to its cell…
      expect(li.find(`a[href="#${noteId}-ref"]`)).toHaveLength(1);
      // …and the reference in that cell, pointing at the note.
      const ref = one($, `[id="${noteId}-ref"]`);
      expect(ref.is('a')).toBe(true);
      expect(ref.attr('href')).toBe(`#${noteId}`);
      expect(normalizedText(ref)).toBe(`[${n}]`);
      const td = ref.closest('td');
      expect(td).toHaveLength(1);
      expect(ref.closest('tr').attr('id')).toBe(`row-${row.id}`);
      expect(cellsOf($, row.id).index(td)).toBe(PRODUCTS.indexOf(product));
    });
    // Cells without a note have no reference.
    expect($('sup')).toHaveLength(withNotes.length);
    expect(normalizedText(one($, '[id="comparison-notes-title"]'))).toBe('Примечания к таблице');
  });

  it('marks every row as a link target, with one copy-link to itself in its row header', () => {
    for (const row of allRows) {
      const tr = one($, `tr[id="row-${row.id}"]`);
      expect(tr.attr('data-link-target'), row.id).toBe('');
      const th = one(tr, 'th[scope="row"]');
      // Exactly one link in the row header, and it points at this very row.
      const link = one(th, 'a');
      expect(link.attr('href'), row.id).toBe(`#row-${row.id}`);
      // Without JavaScript it is a plain link, named after the row, with only a hidden icon inside.
      expect(link.attr('aria-label'), row.id).toBe(`Ссылка на „${row.label}“`);
      expect(normalizedText(link), row.id).toBe('');
      const svg = one(link, 'svg');
      expect(svg.attr('aria-hidden')).toBe('true');
      expect(svg.attr('focusable')).toBe('false');
      // The link sits with the label, so the header still reads as the label first.
      expect(link.parents('.rowLabel')).not.toHaveLength(0);
      expect(normalizedText(one(th, '.rowLabel')), row.id).toBe(row.label);
      expect(normalizedText(th).startsWith(row.label), row.id).toBe(true);
      if (row.explanation) expect(normalizedText(one(th, '.explanation')), row.id).toBe(row.explanation);
      else expect(normalizedText(th), row.id).toBe(row.label);
    }
    expect($('a[href^="#row-"]')).toHaveLength(allRows.length);
  });

  it('marks every group row as a link target, with one copy-link to itself', () => {
    for (const group of comparison.groups) {
      const tr = one($, `tr[id="group-${group.id}"]`);
      expect(tr.attr('data-link-target'), group.id).toBe('');
      const th = one(tr, 'th[scope="rowgroup"]');
      const link = one(th, 'a');
      expect(link.attr('href'), group.id).toBe(`#group-${group.id}`);
      expect(link.attr('aria-label')).toBe(`Ссылка на „${group.title}“`);
      expect(one(link, 'svg').attr('aria-hidden')).toBe('true');
      expect(normalizedText(th)).toBe(group.title);
    }
    expect($('a[href^="#group-"]')).toHaveLength(comparison.groups.length);
  });

  it('marks only rows and group rows as link targets, and renders no buttons on the server', () => {
    const targets = $('[data-link-target]').toArray();
    expect(targets.every((el) => el.tagName === 'tr')).toBe(true);
    expect(targets.map((tr) => tr.attribs.id)).toEqual(comparison.groups.flatMap((g) => [`group-${g.id}`, ...g.rows.map((r) => `row-${r.id}`)]));
    // The column header row is not a target.
    expect(one($, 'thead').children('[data-link-target]')).toHaveLength(0);
    expect($('button')).toHaveLength(0);
  });

  it('uses every id only once', () => {
    const ids = $('[id]')
      .toArray()
      .map((el) => el.attribs.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('reports its row and group anchors to the broken-links checker', () => {
    render();
    const expected = comparison.groups.flatMap((g) => [`group-${g.id}`, ...g.rows.map((r) => `row-${r.id}`)]);
    expect(collected.anchors).toEqual(expected);
  });
});

describe('<FeatureTable> — parts of the table', () => {
  it('products={["whatsapp"]} renders one product column', () => {
    const $ = render({products: ['whatsapp']});
    const headers = $('th[scope="col"]');
    expect(headers).toHaveLength(2);
    expect(one(headers.eq(1), 'a').attr('href')).toBe('/whatsapp');
    for (const tr of $('tr[id^="row-"]')) expect($(tr).children('td')).toHaveLength(1);
    for (const th of $('th[scope="rowgroup"]')) expect(th.attribs.colspan).toBe('2');
    // The caption names the product; notes come from that column only.
    expect(normalizedText(one($, 'caption'))).toContain('WhatsApp: коротко');
    const notes = dataCells(comparison, ['whatsapp']).filter(({cell: c}) => c.note);
    expect($('li[id^="comparison-note-"]')).toHaveLength(notes.length);
    expect(one($, 'table').attr('class')).toContain('singleTable');
  });

  it('keeps product columns in data order, whatever order the page asks for', () => {
    const $ = render({products: ['whatsapp-business-api', 'whatsapp']});
    expect(
      $('th[scope="col"] a')
        .toArray()
        .map((a) => a.attribs.href),
    ).toEqual(['/whatsapp', '/whatsapp-business-api']);
    expect(normalizedText(one($, 'caption'))).toContain('Сравнение WhatsApp');
  });

  it('groups={["integrations"]} renders only that group', () => {
    const integrations = comparison.groups.find((g) => g.id === 'integrations');
    expect(integrations).toBeDefined();
    const $ = render({groups: ['integrations']});
    expect($('th[scope="rowgroup"]').toArray().map(normalizedText)).toEqual([integrations!.title]);
    expect(
      $('tr[id^="row-"]')
        .toArray()
        .map((tr) => tr.attribs.id),
    ).toEqual(integrations!.rows.map((r) => `row-${r.id}`));
    expect(collected.anchors).toEqual(['group-integrations', ...integrations!.rows.map((r) => `row-${r.id}`)]);
  });

  it('rows={…} renders only those rows, under their own groups', () => {
    const [first, last] = [allRows[0]!, allRows.at(-1)!];
    const $ = render({rows: [last.id, first.id]});
    expect(
      $('tr[id^="row-"]')
        .toArray()
        .map((tr) => tr.attribs.id),
    ).toEqual([`row-${first.id}`, `row-${last.id}`]);
    expect(
      $('tr[id^="group-"]')
        .toArray()
        .map((tr) => tr.attribs.id),
    ).toEqual([`group-${comparison.groups[0]!.id}`, `group-${comparison.groups.at(-1)!.id}`]);
  });

  it.each<[string, Omit<FeatureTableProps, 'data'>, string]>([
    ['groups', {groups: ['no-such-group']}, 'no-such-group'],
    ['rows', {rows: ['no-such-row']}, 'no-such-row'],
    ['products', {products: ['telegram' as ProductId]}, 'telegram'],
  ])('throws naming an unknown %s id', (kind, props, id) => {
    expect(() => render(props)).toThrow(Error);
    expect(() => render(props)).toThrow(`"${id}"`);
    expect(() => render(props)).toThrow(`<FeatureTable ${kind}=`);
  });

  it('uses the caption and id props, so two tables on one page do not collide', () => {
    const markup = renderToStaticMarkup(
      <>
        <FeatureTable id="first" caption="Первая" products={['whatsapp']} />
        <FeatureTable id="second" caption="Вторая" products={['whatsapp-business']} />
      </>,
    );
    const $ = load(markup, null, false);
    const captions = $('caption');
    expect(captions.toArray().map((c) => c.attribs.id)).toEqual(['first-caption', 'second-caption']);
    expect(normalizedText(captions.eq(0))).toContain('Первая');
    expect(normalizedText(captions.eq(1))).toContain('Вторая');
    expect(
      $('[role="region"]')
        .toArray()
        .map((r) => r.attribs['aria-labelledby']),
    ).toEqual(['first-caption', 'second-caption']);
    const noteIds = $('li[id]')
      .toArray()
      .map((li) => li.attribs.id!);
    expect(noteIds.length).toBeGreaterThan(0);
    for (const id of noteIds) expect(id).toMatch(/^(first|second)-note-[a-z0-9-]+-whatsapp(-business)?$/);
    // Each table's notes name that table's own product column.
    for (const id of noteIds.filter((i) => i.startsWith('first-'))) expect(id).toMatch(/-whatsapp$/);
    for (const id of noteIds.filter((i) => i.startsWith('second-'))) expect(id).toMatch(/-whatsapp-business$/);
    // Footnote ids are unique across both tables (row anchors repeat by design: they name the fact).
    const footnoteIds = $('[id]')
      .toArray()
      .map((el) => el.attribs.id!)
      .filter((id) => !id.startsWith('row-') && !id.startsWith('group-'));
    expect(footnoteIds.filter((id, i) => footnoteIds.indexOf(id) !== i)).toEqual([]);
  });
});

describe('<FeatureTable data={…}>', () => {
  it('injects a table the data model allows (every cell has a source)', () => {
    const data = tinyData();
    // The schema knows the real register only: cite a real page in place of the test ones.
    for (const row of data.groups[0]!.rows) for (const value of Object.values(row.values)) value.sources = value.sources.map(() => 'throughput');
    expect(ComparisonSchema.safeParse(data).error).toBeUndefined();
  });

  it('has a legend with only the statuses used (Да and Нет)', () => {
    const $ = render({data: tinyData()});
    expect(one($, 'dl').find('dt').toArray().map(normalizedText)).toEqual(['Да', 'Нет']);
  });

  it('omits the notes block when no cell has a note', () => {
    const $ = render({data: tinyData()});
    expect($('ol')).toHaveLength(0);
    expect($('sup')).toHaveLength(0);
    expect(normalizedText($.root())).not.toContain('Примечания к таблице');
  });

  it('does not repeat a status word as the cell text («Нет — Нет»)', () => {
    const $ = render({data: tinyData()});
    const api = cellsOf($, 'calls').eq(2);
    expect(normalizedText(api)).toBe('Нет Источники: Источник А, проверено 5 ноября 2026 г.; исходная статья');
    // Text that differs from the status word is kept.
    const business = cellsOf($, 'stickers').eq(1);
    expect(normalizedText(business)).toContain('Не проверяли');
  });

  it('renders an official source, a provider’s and the seed mark together, as firm as the official one', () => {
    const data = tinyData();
    data.groups[0]!.rows[0]!.values.whatsapp = cell('partial', 'Только в приложении', {
      note: 'Короткое примечание.',
      sources: [SOURCE_A, SOURCE_B],
    });
    const $ = render({data});
    const td = cellsOf($, 'calls').first();
    const text = normalizedText(td);
    expect(text.startsWith('Частично Только в приложении')).toBe(true);
    expect(
      td
        .find('a[href^="https://"]')
        .toArray()
        .map((a) => [a.attribs.href, normalizedText(a)]),
    ).toEqual([
      ['https://example.com/a', 'Источник А'],
      ['https://example.com/b', 'Источник Б'],
    ]);
    expect(text).toContain('Источники: Источник А, проверено 5 ноября 2026 г.; Источник Б, проверено 31 октября 2026 г.; исходная статья');
    expect(text).not.toContain('по данным');
    expect($('dt').toArray().map(normalizedText)).toEqual(['Да', 'Нет', 'Частично']);
    expect($('li[id^="comparison-note-"]').toArray().map(normalizedText)).toEqual([
      expect.stringContaining('WhatsApp — Звонки. Короткое примечание.'),
    ]);
  });

  it('says «по данным провайдеров» when a cell rests on a provider only', () => {
    const data = tinyData();
    data.groups[0]!.rows[0]!.values.whatsapp = cell('yes', 'Есть', {sources: [SOURCE_B], seed: undefined});
    const td = cellsOf(render({data}), 'calls').first();
    expect(normalizedText(one(td, '.sources'))).toBe('Источник (по данным провайдеров): Источник Б, проверено 31 октября 2026 г.');
  });

  it('says «требует проверки» beside a source checked more than 90 days before the site’s day, and only then', () => {
    const fresh = cellsOf(render({data: tinyData(), asOf: '2027-02-03'}), 'calls').first();
    expect(normalizedText(fresh)).not.toContain('требует проверки');
    const stale = cellsOf(render({data: tinyData(), asOf: '2027-02-04'}), 'calls').first();
    expect(normalizedText(stale)).toContain('Источник А, проверено 5 ноября 2026 г., требует проверки; исходная статья');
    expect(stale.find('[data-stale]').toArray().map(normalizedText)).toEqual(['требует проверки']);
  });

  it('keeps a note’s id when another note before it shifts its number', () => {
    const data = tinyData();
    data.groups[0]!.rows[1]!.values['whatsapp-business'] = cell('no', 'Не проверяли', {note: 'Второе примечание.'});
    const before = one(render({data}), 'li[id^="comparison-note-"]');
    expect(before.attr('id')).toBe('comparison-note-stickers-whatsapp-business');
    expect(before.attr('value')).toBe('1');

    data.groups[0]!.rows[0]!.values.whatsapp = cell('yes', 'Голос и видео', {note: 'Первое примечание.'});
    const $ = render({data});
    const items = $('li[id^="comparison-note-"]');
    expect(items.toArray().map((li) => [li.attribs.id, li.attribs.value])).toEqual([
      ['comparison-note-calls-whatsapp', '1'],
      ['comparison-note-stickers-whatsapp-business', '2'],
    ]);
    // The visible number follows the order; the link target does not move.
    const ref = one($, 'a[id="comparison-note-stickers-whatsapp-business-ref"]');
    expect(normalizedText(ref)).toBe('[2]');
    expect(ref.attr('href')).toBe('#comparison-note-stickers-whatsapp-business');
    expect(
      items
        .eq(1)
        .find('a')
        .toArray()
        .map((a) => a.attribs.href),
    ).toEqual(['#comparison-note-stickers-whatsapp-business-ref']);
  });

  it('puts copy-links in the injected rows and group', () => {
    const $ = render({data: tinyData()});
    expect(
      $('[data-link-target]')
        .toArray()
        .map((el) => el.attribs.id),
    ).toEqual(['group-basics', 'row-calls', 'row-stickers']);
    // The row's only in-page link is its copy-link (the others are its cells' sources).
    expect(
      $('tr[id="row-calls"] a[href^="#"]')
        .toArray()
        .map((a) => [a.attribs.href, a.attribs['aria-label']]),
    ).toEqual([['#row-calls', 'Ссылка на „Звонки“']]);
    expect(
      $('tr[id="group-basics"] a')
        .toArray()
        .map((a) => [a.attribs.href, a.attribs['aria-label']]),
    ).toEqual([['#group-basics', 'Ссылка на „Основное“']]);
  });

  it('reports the anchors of the injected data', () => {
    render({data: tinyData()});
    expect(collected.anchors).toEqual(['group-basics', 'row-calls', 'row-stickers']);
  });
});
