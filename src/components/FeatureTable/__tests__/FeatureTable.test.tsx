import {renderToStaticMarkup} from 'react-dom/server';
import {comparison} from '@site/src/data/comparison';
import {NO_DATA_TEXT, STATUS_WORDS} from '@site/src/data/ids';
import {PRODUCTS} from '@site/src/data/products';
import {ComparisonSchema, STATUSES, type Cell, type Comparison, type ProductId, type Row, type Status} from '@site/src/data/schema';
import {comparisonView} from '@site/src/data/site-view';
import {SOURCES, citationsOf, type SourceKey} from '@site/src/data/sources';
import {siteAsOf} from '@site/site-settings';
import {$, $$, allIds, childElements, closest, normalizedText, parseHtml, textOf, type HtmlElement} from '@site/tests/unit/html';
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
function render({data, ...props}: Omit<FeatureTableProps, 'data'> & {data?: Comparison; asOf?: string} = {}): HtmlElement {
  const {asOf = AS_OF, ...rest} = props;
  const view = data ? {data: comparisonView(data, asOf, TEST_SOURCES)} : {};
  return parseHtml(renderToStaticMarkup(<FeatureTable {...rest} {...view} />));
}


/** The cells of one data row, in column order. */
function cellsOf(root: HtmlElement, rowId: string): HtmlElement[] {
  return childElements($(root, `tr[id="row-${rowId}"]`), 'td');
}

/** Every (row, product, cell) of the data, in reading order. */
function dataCells(data: Comparison = comparison, products: readonly ProductId[] = PRODUCTS.map((p) => p.id)) {
  return data.groups.flatMap((g) =>
    g.rows.flatMap((row) => products.map((productId) => ({row, productId, cell: row.values[productId]}))),
  );
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
  const root = render();

  it('has a caption that names the scrollable region', () => {
    const caption = $(root, 'caption');
    expect(caption.attrs.id).toBe('comparison-caption');
    expect(normalizedText(caption)).toContain('Сравнение WhatsApp, WhatsApp Business и WhatsApp Business API');
    const region = $(root, '[role="region"]');
    expect(region.attrs.tabindex).toBe('0');
    expect(region.attrs['aria-labelledby']).toBe(caption.attrs.id);
    expect(closest($(root, 'table'), '[role="region"]')).toBe(region);
    // The caption belongs to the table it describes.
    expect(caption.parent?.tag).toBe('table');
  });

  it('has one column header per product plus the feature column, each product linked to its page', () => {
    const headers = $$($(root, 'thead'), 'th');
    expect(headers.map((th) => th.attrs.scope)).toEqual(['col', 'col', 'col', 'col']);
    expect($$(root, 'th[scope="col"]')).toHaveLength(PRODUCTS.length + 1);
    expect(normalizedText(headers[0]!)).toBe('Возможность');
    const links = headers.slice(1).map((th) => $(th, 'a'));
    expect(links.map((a) => a.attrs.href)).toEqual(['/whatsapp', '/whatsapp-business', '/whatsapp-business-api']);
    expect(links.map((a) => a.attrs.href)).toEqual(PRODUCTS.map((p) => PRODUCT_PAGES[p.id]));
    expect(links.map(normalizedText)).toEqual(PRODUCTS.map((p) => p.shortName));
  });

  it('has one row header per data row, in data order, each row linkable as #row-<id>', () => {
    expect($$(root, 'th[scope="row"]')).toHaveLength(allRows.length);
    expect($$(root, 'tr[id^="row-"]').map((tr) => tr.attrs.id)).toEqual(allRows.map((r) => `row-${r.id}`));
    for (const row of allRows) {
      const tr = $(root, `tr[id="row-${row.id}"]`);
      const th = childElements(tr, 'th');
      expect(th).toHaveLength(1);
      expect(th[0]!.attrs.scope).toBe('row');
      expect(normalizedText(th[0]!)).toContain(row.label);
      if (row.explanation) expect(normalizedText(th[0]!)).toContain(row.explanation);
      expect(childElements(tr, 'td')).toHaveLength(PRODUCTS.length);
    }
  });

  it('has one row-group header per group, spanning the whole table', () => {
    const groupHeaders = $$(root, 'th[scope="rowgroup"]');
    expect(groupHeaders).toHaveLength(comparison.groups.length);
    expect(groupHeaders.map(normalizedText)).toEqual(comparison.groups.map((g) => g.title));
    for (const th of groupHeaders) expect(th.attrs.colspan).toBe(String(PRODUCTS.length + 1));
    expect($$(root, 'tr[id^="group-"]').map((tr) => tr.attrs.id)).toEqual(comparison.groups.map((g) => `group-${g.id}`));
    // Each group is its own tbody, with its rows inside it.
    const bodies = $$(root, 'tbody');
    expect(bodies).toHaveLength(comparison.groups.length);
    comparison.groups.forEach((group, i) => {
      expect($$(bodies[i]!, 'tr[id^="row-"]').map((tr) => tr.attrs.id)).toEqual(group.rows.map((r) => `row-${r.id}`));
    });
  });

  it.each(allRows.map((row) => [row.id, row] as const))('row %s: every cell shows its status as a word, with a hidden icon', (rowId, row) => {
    const tds = cellsOf(root, rowId);
    PRODUCTS.forEach((product, i) => {
      const data = row.values[product.id];
      const td = tds[i]!;
      const where = `${rowId}/${product.id}`;
      const icons = $$(td, 'svg');
      expect(icons.length, where).toBeGreaterThan(0);
      for (const svg of icons) expect(svg.attrs['aria-hidden'], where).toBe('true');
      // An unchecked cell says «Нет проверенных данных» in the status's place (tested on its own below).
      const word = data.text === NO_DATA_TEXT ? NO_DATA_TEXT : STATUS_WORDS[data.status];
      expect(normalizedText($(td, 'strong')), where).toBe(word);
      const text = normalizedText(td);
      expect(text.startsWith(word), where).toBe(true);
      if (data.text.toLowerCase() !== STATUS_WORDS[data.status].toLowerCase()) {
        // Raw text: numbers in the data keep their no-break spaces (1\u00a0000), which must reach the page.
        expect(textOf(td), where).toContain(data.text);
      }
    });
  });

  it('lists sources as links with the day they were checked, saying «по данным провайдеров» where no source is official', () => {
    let checkedLinks = 0;
    for (const {row, productId, cell: data} of dataCells()) {
      const td = cellsOf(root, row.id)[PRODUCTS.findIndex((p) => p.id === productId)]!;
      const text = normalizedText(td);
      const where = `${row.id}/${productId}`;
      const citations = citationsOf(data.sources, AS_OF);
      const links = $$(td, 'a[href^="https://"]');
      expect(links.map((a) => a.attrs.href), where).toEqual(citations.map((c) => c.url));
      citations.forEach((citation, i) => {
        expect(normalizedText(links[i]!), where).toBe(citation.title);
        expect(links[i]!.attrs.rel, where).toBe('noopener');
        checkedLinks += 1;
      });
      const count = citations.length + (data.seed ? 1 : 0);
      if (count > 0) expect(text, where).toContain(sourcesText(citations, count === 1 ? 'Источник' : 'Источники', data.seed ? 'исходная статья' : undefined));
      expect(text.includes('исходная статья'), where).toBe(data.seed === true);
    }
    expect(checkedLinks).toBeGreaterThan(0);
  });

  it('shows a seed cell’s own source links and, after them, «исходная статья»', () => {
    const seeds = dataCells().filter(({cell: c}) => c.seed);
    expect(seeds.length).toBeGreaterThan(0);
    for (const {row, productId, cell: data} of seeds) {
      const where = `${row.id}/${productId}`;
      const td = cellsOf(root, row.id)[PRODUCTS.findIndex((p) => p.id === productId)]!;
      const links = $$(td, 'a[href^="https://"]');
      expect(links.length, where).toBeGreaterThan(0);
      expect(links.map((a) => a.attrs.href), where).toEqual(data.sources.map((key) => SOURCES[key].url));
      // Real sources first, the article last: «Источники[ (по данным …)]: …, проверено D месяца YYYY г.; исходная статья».
      expect(normalizedText(td), where).toMatch(/Источники(?: \(по (?:данным провайдеров|сообщениям прессы)\))?: .+, проверено \d{1,2} \p{L}+ \d{4} г\.; исходная статья$/u);
    }
  });

  it('shows a cell nobody has checked as «Нет проверенных данных», once, with no sources label, links or article mark', () => {
    const unchecked = dataCells().filter(({cell: c}) => c.sources.length === 0);
    expect(unchecked.length).toBeGreaterThan(0);
    for (const {row, productId, cell: data} of unchecked) {
      const where = `${row.id}/${productId}`;
      expect([data.status, data.text], where).toEqual(['unknown', NO_DATA_TEXT]);
      const td = cellsOf(root, row.id)[PRODUCTS.findIndex((p) => p.id === productId)]!;
      expect($$(td, 'a[href^="https://"]'), where).toEqual([]);
      expect(normalizedText($(td, 'strong')), where).toBe('Нет проверенных данных');
      expect($$(td, '.text'), where).toEqual([]);
      expect(normalizedText(td), where).not.toContain('исходная статья');
    }
  });

  it('prints no «Источник:»/«Источники:» label in a cell with no sources', () => {
    for (const {row, productId} of dataCells().filter(({cell: c}) => c.sources.length === 0 && !c.seed)) {
      const td = cellsOf(root, row.id)[PRODUCTS.findIndex((p) => p.id === productId)]!;
      expect(normalizedText(td), `${row.id}/${productId}`).not.toMatch(/Источник/);
    }
  });

  it('has a legend listing exactly the statuses used, in the fixed order', () => {
    const used = new Set(dataCells().map(({cell: c}) => c.status));
    const legend = $(root, 'dl');
    const terms = $$(legend, 'dt');
    expect(terms.map(normalizedText)).toEqual(STATUSES.filter((s) => used.has(s)).map((s) => STATUS_WORDS[s]));
    for (const dt of terms) expect($(dt, 'svg').attrs['aria-hidden']).toBe('true');
    const descriptions = $$(legend, 'dd');
    expect(descriptions).toHaveLength(terms.length);
    for (const dd of descriptions) expect(normalizedText(dd)).not.toBe('');
  });

  it('numbers the notes in reading order, each with a stable id, linked to its cell and back', () => {
    const withNotes = dataCells().filter(({cell: c}) => c.note);
    expect(withNotes.length).toBeGreaterThan(0);
    const items = $$(root, 'li[id^="comparison-note-"]');
    expect(items).toHaveLength(withNotes.length);
    withNotes.forEach(({row, productId, cell: data}, i) => {
      const n = i + 1;
      const li = items[i]!;
      // The id names the cell (row and product), not the number, so it survives renumbering.
      const noteId = `comparison-note-${row.id}-${productId}`;
      expect(li.attrs.id).toBe(noteId);
      expect(li.attrs.value).toBe(String(n));
      const product = PRODUCTS.find((p) => p.id === productId)!;
      expect(normalizedText(li)).toContain(`${product.shortName} — ${row.label}.`);
      expect(textOf(li)).toContain(data.note);
      // Back-link from the note to its cell…
      expect($$(li, `a[href="#${noteId}-ref"]`)).toHaveLength(1);
      // …and the reference in that cell, pointing at the note.
      const ref = $(root, `[id="${noteId}-ref"]`);
      expect(ref.tag).toBe('a');
      expect(ref.attrs.href).toBe(`#${noteId}`);
      expect(normalizedText(ref)).toBe(`[${n}]`);
      const td = closest(ref, 'td');
      expect(td).not.toBeNull();
      expect(closest(ref, 'tr')?.attrs.id).toBe(`row-${row.id}`);
      expect(cellsOf(root, row.id).indexOf(td!)).toBe(PRODUCTS.indexOf(product));
    });
    // Cells without a note have no reference.
    expect($$(root, 'sup')).toHaveLength(withNotes.length);
    expect(normalizedText($(root, '[id="comparison-notes-title"]'))).toBe('Примечания к таблице');
  });

  it('marks every row as a link target, with one copy-link to itself in its row header', () => {
    for (const row of allRows) {
      const tr = $(root, `tr[id="row-${row.id}"]`);
      expect(tr.attrs['data-link-target'], row.id).toBe('');
      const th = $(tr, 'th[scope="row"]');
      // Exactly one link in the row header, and it points at this very row.
      const links = $$(th, 'a');
      expect(links.map((a) => a.attrs.href), row.id).toEqual([`#row-${row.id}`]);
      const link = links[0]!;
      // Without JavaScript it is a plain link, named after the row, with only a hidden icon inside.
      expect(link.attrs['aria-label'], row.id).toBe(`Ссылка на „${row.label}“`);
      expect(normalizedText(link), row.id).toBe('');
      const svg = $(link, 'svg');
      expect(svg.attrs['aria-hidden']).toBe('true');
      expect(svg.attrs.focusable).toBe('false');
      // The link sits with the label, so the header still reads as the label first.
      expect(closest(link, '.rowLabel')).not.toBeNull();
      expect(normalizedText($(th, '.rowLabel')), row.id).toBe(row.label);
      expect(normalizedText(th).startsWith(row.label), row.id).toBe(true);
      if (row.explanation) expect(normalizedText($(th, '.explanation')), row.id).toBe(row.explanation);
      else expect(normalizedText(th), row.id).toBe(row.label);
    }
    expect($$(root, 'a[href^="#row-"]')).toHaveLength(allRows.length);
  });

  it('marks every group row as a link target, with one copy-link to itself', () => {
    for (const group of comparison.groups) {
      const tr = $(root, `tr[id="group-${group.id}"]`);
      expect(tr.attrs['data-link-target'], group.id).toBe('');
      const th = $(tr, 'th[scope="rowgroup"]');
      const links = $$(th, 'a');
      expect(links.map((a) => a.attrs.href), group.id).toEqual([`#group-${group.id}`]);
      expect(links[0]!.attrs['aria-label']).toBe(`Ссылка на „${group.title}“`);
      expect($(links[0]!, 'svg').attrs['aria-hidden']).toBe('true');
      expect(normalizedText(th)).toBe(group.title);
    }
    expect($$(root, 'a[href^="#group-"]')).toHaveLength(comparison.groups.length);
  });

  it('marks only rows and group rows as link targets, and renders no buttons on the server', () => {
    const targets = $$(root, '[data-link-target]');
    expect(targets.every((el) => el.tag === 'tr')).toBe(true);
    expect(targets.map((tr) => tr.attrs.id)).toEqual(
      comparison.groups.flatMap((g) => [`group-${g.id}`, ...g.rows.map((r) => `row-${r.id}`)]),
    );
    // The column header row is not a target.
    expect($(root, 'thead').children.some((tr) => typeof tr !== 'string' && tr.attrs['data-link-target'] !== undefined)).toBe(false);
    expect($$(root, 'button')).toEqual([]);
  });

  it('uses every id only once', () => {
    const ids = allIds(root);
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
    const root = render({products: ['whatsapp']});
    const headers = $$(root, 'th[scope="col"]');
    expect(headers).toHaveLength(2);
    expect($(headers[1]!, 'a').attrs.href).toBe('/whatsapp');
    for (const tr of $$(root, 'tr[id^="row-"]')) expect(childElements(tr, 'td')).toHaveLength(1);
    for (const th of $$(root, 'th[scope="rowgroup"]')) expect(th.attrs.colspan).toBe('2');
    // The caption names the product; notes come from that column only.
    expect(normalizedText($(root, 'caption'))).toContain('WhatsApp: коротко');
    const notes = dataCells(comparison, ['whatsapp']).filter(({cell: c}) => c.note);
    expect($$(root, 'li[id^="comparison-note-"]')).toHaveLength(notes.length);
    expect($(root, 'table').attrs.class).toContain('singleTable');
  });

  it('keeps product columns in data order, whatever order the page asks for', () => {
    const root = render({products: ['whatsapp-business-api', 'whatsapp']});
    const hrefs = $$(root, 'th[scope="col"]').flatMap((th) => $$(th, 'a').map((a) => a.attrs.href));
    expect(hrefs).toEqual(['/whatsapp', '/whatsapp-business-api']);
    expect(normalizedText($(root, 'caption'))).toContain('Сравнение WhatsApp');
  });

  it('groups={["integrations"]} renders only that group', () => {
    const integrations = comparison.groups.find((g) => g.id === 'integrations');
    expect(integrations).toBeDefined();
    const root = render({groups: ['integrations']});
    expect($$(root, 'th[scope="rowgroup"]').map(normalizedText)).toEqual([integrations!.title]);
    expect($$(root, 'tr[id^="row-"]').map((tr) => tr.attrs.id)).toEqual(integrations!.rows.map((r) => `row-${r.id}`));
    expect(collected.anchors).toEqual(['group-integrations', ...integrations!.rows.map((r) => `row-${r.id}`)]);
  });

  it('rows={…} renders only those rows, under their own groups', () => {
    const [first, last] = [allRows[0]!, allRows.at(-1)!];
    const root = render({rows: [last.id, first.id]});
    expect($$(root, 'tr[id^="row-"]').map((tr) => tr.attrs.id)).toEqual([`row-${first.id}`, `row-${last.id}`]);
    expect($$(root, 'tr[id^="group-"]').map((tr) => tr.attrs.id)).toEqual([
      `group-${comparison.groups[0]!.id}`,
      `group-${comparison.groups.at(-1)!.id}`,
    ]);
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
    const root = parseHtml(markup);
    const captions = $$(root, 'caption');
    expect(captions.map((c) => c.attrs.id)).toEqual(['first-caption', 'second-caption']);
    expect(normalizedText(captions[0]!)).toContain('Первая');
    expect(normalizedText(captions[1]!)).toContain('Вторая');
    expect($$(root, '[role="region"]').map((r) => r.attrs['aria-labelledby'])).toEqual(['first-caption', 'second-caption']);
    const noteIds = $$(root, 'li[id]').map((li) => li.attrs.id!);
    expect(noteIds.length).toBeGreaterThan(0);
    for (const id of noteIds) expect(id).toMatch(/^(first|second)-note-[a-z0-9-]+-whatsapp(-business)?$/);
    // Each table's notes name that table's own product column.
    for (const id of noteIds.filter((i) => i.startsWith('first-'))) expect(id).toMatch(/-whatsapp$/);
    for (const id of noteIds.filter((i) => i.startsWith('second-'))) expect(id).toMatch(/-whatsapp-business$/);
    // Footnote ids are unique across both tables (row anchors repeat by design: they name the fact).
    const footnoteIds = allIds(root).filter((id) => !id.startsWith('row-') && !id.startsWith('group-'));
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
    const root = render({data: tinyData()});
    expect($$($(root, 'dl'), 'dt').map(normalizedText)).toEqual(['Да', 'Нет']);
  });

  it('omits the notes block when no cell has a note', () => {
    const root = render({data: tinyData()});
    expect($$(root, 'ol')).toEqual([]);
    expect($$(root, 'sup')).toEqual([]);
    expect(normalizedText(root)).not.toContain('Примечания к таблице');
  });

  it('does not repeat a status word as the cell text («Нет — Нет»)', () => {
    const root = render({data: tinyData()});
    const [, , api] = cellsOf(root, 'calls');
    expect(normalizedText(api!)).toBe('Нет Источники: Источник А, проверено 5 ноября 2026 г.; исходная статья');
    // Text that differs from the status word is kept.
    const [, business] = cellsOf(root, 'stickers');
    expect(normalizedText(business!)).toContain('Не проверяли');
  });

  it('renders an official source, a provider’s and the seed mark together, as firm as the official one', () => {
    const data = tinyData();
    data.groups[0]!.rows[0]!.values.whatsapp = cell('partial', 'Только в приложении', {
      note: 'Короткое примечание.',
      sources: [SOURCE_A, SOURCE_B],
    });
    const root = render({data});
    const [td] = cellsOf(root, 'calls');
    const text = normalizedText(td!);
    expect(text.startsWith('Частично Только в приложении')).toBe(true);
    expect($$(td!, 'a[href^="https://"]').map((a) => [a.attrs.href, normalizedText(a)])).toEqual([
      ['https://example.com/a', 'Источник А'],
      ['https://example.com/b', 'Источник Б'],
    ]);
    expect(text).toContain('Источники: Источник А, проверено 5 ноября 2026 г.; Источник Б, проверено 31 октября 2026 г.; исходная статья');
    expect(text).not.toContain('по данным');
    expect($$(root, 'dt').map(normalizedText)).toEqual(['Да', 'Нет', 'Частично']);
    expect($$(root, 'li[id^="comparison-note-"]').map(normalizedText)).toEqual([
      expect.stringContaining('WhatsApp — Звонки. Короткое примечание.'),
    ]);
  });

  it('says «по данным провайдеров» when a cell rests on a provider only', () => {
    const data = tinyData();
    data.groups[0]!.rows[0]!.values.whatsapp = cell('yes', 'Есть', {sources: [SOURCE_B], seed: undefined});
    const [td] = cellsOf(render({data}), 'calls');
    expect(normalizedText($(td!, '.sources'))).toBe('Источник (по данным провайдеров): Источник Б, проверено 31 октября 2026 г.');
  });

  it('says «требует проверки» beside a source checked more than 90 days before the site’s day, and only then', () => {
    const [fresh] = cellsOf(render({data: tinyData(), asOf: '2027-02-03'}), 'calls');
    expect(normalizedText(fresh!)).not.toContain('требует проверки');
    const [stale] = cellsOf(render({data: tinyData(), asOf: '2027-02-04'}), 'calls');
    expect(normalizedText(stale!)).toContain('Источник А, проверено 5 ноября 2026 г., требует проверки; исходная статья');
    expect($$(stale!, '[data-stale]').map(normalizedText)).toEqual(['требует проверки']);
  });

  it('keeps a note’s id when another note before it shifts its number', () => {
    const data = tinyData();
    data.groups[0]!.rows[1]!.values['whatsapp-business'] = cell('no', 'Не проверяли', {note: 'Второе примечание.'});
    const before = $(render({data}), 'li[id^="comparison-note-"]');
    expect(before.attrs.id).toBe('comparison-note-stickers-whatsapp-business');
    expect(before.attrs.value).toBe('1');

    data.groups[0]!.rows[0]!.values.whatsapp = cell('yes', 'Голос и видео', {note: 'Первое примечание.'});
    const root = render({data});
    const items = $$(root, 'li[id^="comparison-note-"]');
    expect(items.map((li) => [li.attrs.id, li.attrs.value])).toEqual([
      ['comparison-note-calls-whatsapp', '1'],
      ['comparison-note-stickers-whatsapp-business', '2'],
    ]);
    // The visible number follows the order; the link target does not move.
    const ref = $(root, 'a[id="comparison-note-stickers-whatsapp-business-ref"]');
    expect(normalizedText(ref)).toBe('[2]');
    expect(ref.attrs.href).toBe('#comparison-note-stickers-whatsapp-business');
    expect($$(items[1]!, 'a').map((a) => a.attrs.href)).toEqual(['#comparison-note-stickers-whatsapp-business-ref']);
  });

  it('puts copy-links in the injected rows and group', () => {
    const root = render({data: tinyData()});
    expect($$(root, '[data-link-target]').map((el) => el.attrs.id)).toEqual(['group-basics', 'row-calls', 'row-stickers']);
    // The row's only in-page link is its copy-link (the others are its cells' sources).
    expect($$($(root, 'tr[id="row-calls"]'), 'a[href^="#"]').map((a) => [a.attrs.href, a.attrs['aria-label']])).toEqual([
      ['#row-calls', 'Ссылка на „Звонки“'],
    ]);
    expect($$($(root, 'tr[id="group-basics"]'), 'a').map((a) => [a.attrs.href, a.attrs['aria-label']])).toEqual([
      ['#group-basics', 'Ссылка на „Основное“'],
    ]);
  });

  it('reports the anchors of the injected data', () => {
    render({data: tinyData()});
    expect(collected.anchors).toEqual(['group-basics', 'row-calls', 'row-stickers']);
  });
});
