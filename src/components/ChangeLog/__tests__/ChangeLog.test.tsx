import {renderToStaticMarkup} from 'react-dom/server';
import {changes} from '@site/src/data/changes';
import type {Change, Source} from '@site/src/data/schema';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import {$, $$, childElements, closest, normalizedText, parseHtml, textOf, type HtmlElement} from '@site/tests/unit/html';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import ChangeLog from '..';
import {sourceText} from '@site/tests/unit/source-text';

/**
 * Changes cite sources by key, looked up in SOURCES. No real page is a provider report today, so two pages of
 * our own are added to the real module: a provider report and an ordinary page, with dates fixed here.
 */
const extra = vi.hoisted(() => ({
  testProviderNews: {
    title: 'Провайдер: новость',
    url: 'https://example.com/news',
    checked: '2026-03-09',
    facts: ['F-api-3'],
    reported: 'providers',
  },
  testMetaDocs: {title: 'Meta: документация', url: 'https://example.com/docs', checked: '2026-11-24', facts: ['F-api-3']},
}));
vi.mock('@site/src/data/sources', async (importOriginal) => {
  const real = await importOriginal<typeof import('@site/src/data/sources')>();
  const SOURCES = {...real.SOURCES, ...extra};
  return {...real, SOURCES, isSourceKey: (key: string) => Object.hasOwn(SOURCES, key)};
});

function render(list?: readonly Change[]): HtmlElement {
  return parseHtml(renderToStaticMarkup(list ? <ChangeLog changes={list} /> : <ChangeLog />));
}


const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** How a partial date should read, written out independently of Intl. */
function expectedDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return `${y} г.`;
  if (!d) return `${MONTHS[Number(m) - 1]} ${y} г.`;
  return `${Number(d)} ${MONTHS_GENITIVE[Number(m) - 1]} ${y} г.`;
}

const sample: Change = {
  id: 'undated-change',
  title: 'Изменение без даты',
  before: 'Было так.',
  now: 'Стало иначе.',
  more: '/whatsapp#intro',
  // Keys added by the mock above, so type assertions: they are not in the real SOURCES.
  sources: ['testProviderNews' as SourceKey, 'testMetaDocs' as SourceKey],
};

beforeEach(() => {
  collected.anchors.length = 0;
});

describe('<ChangeLog> with the site data', () => {
  const root = render();
  const list = $(root, 'ol');
  const items = childElements(list, 'li');

  it('renders one list item per change, in data order, linkable as #change-<id>', () => {
    expect(items.map((li) => li.attrs.id)).toEqual(changes.map((c) => `change-${c.id}`));
  });

  it.each(changes.map((c, i) => [c.id, c, i] as const))('change %s', (_, change, i) => {
    const li = items[i]!;
    expect(li.attrs.id).toBe(`change-${change.id}`);

    const times = $$(li, 'time');
    if (change.date) {
      expect(times).toHaveLength(1);
      expect(times[0]!.attrs.datetime).toBe(change.date);
      expect(normalizedText(times[0]!)).toBe(expectedDate(change.date));
    } else {
      expect(times).toEqual([]);
    }

    expect(normalizedText($(li, 'strong'))).toBe(change.title);

    // The change is a link target, with one copy-link to itself next to the title.
    expect(li.attrs['data-link-target']).toBe('');
    const selfLinks = $$(li, `a[href="#change-${change.id}"]`);
    expect(selfLinks).toHaveLength(1);
    expect(selfLinks[0]!.attrs['aria-label']).toBe(`Ссылка на „${change.title}“`);
    expect(normalizedText(selfLinks[0]!)).toBe('');
    expect($(selfLinks[0]!, 'svg').attrs['aria-hidden']).toBe('true');
    expect(closest(selfLinks[0]!, 'strong')).toBe($(li, 'strong'));
    expect($$(li, 'a[href^="#"]')).toHaveLength(1);
    const dl = $(li, 'dl');
    expect($$(dl, 'dt').map(normalizedText)).toEqual(['В исходной статье', 'Сейчас']);
    // Raw text: numbers in the data keep their no-break spaces (1\u00a0000), which must reach the page.
    expect($$(dl, 'dd').map(textOf)).toEqual([change.before, change.now]);

    const more = $$(li, 'a').find((a) => normalizedText(a) === 'Подробнее');
    expect(more?.attrs.href).toBe(change.more);

    const sourceItems = $$($(li, 'ul'), 'li');
    expect(sourceItems).toHaveLength(change.sources.length);
    change.sources.forEach((key, j) => {
      const source: Source = SOURCES[key];
      const a = $(sourceItems[j]!, 'a');
      expect(a.attrs.href).toBe(source.url);
      expect(a.attrs.rel).toBe('noopener');
      expect(normalizedText(a)).toBe(source.title);
      expect(normalizedText(sourceItems[j]!)).toBe(
        sourceText(source),
      );
    });
  });

  it('reports every change anchor to the broken-links checker', () => {
    render();
    expect(collected.anchors).toEqual(changes.map((c) => `change-${c.id}`));
  });
});

describe('<ChangeLog changes={…}>', () => {
  it('renders an undated change without a <time>', () => {
    const root = render([sample]);
    const li = $(root, 'li[id="change-undated-change"]');
    expect($$(li, 'time')).toEqual([]);
    expect(normalizedText(childElements(li, 'p')[0]!)).toBe('Изменение без даты');
  });

  it.each([
    ['2025', '2025 г.'],
    ['2022-04', 'апрель 2022 г.'],
    ['2025-10-07', '7 октября 2025 г.'],
  ])('renders the date %s as «%s» with a machine-readable datetime', (date, text) => {
    const root = render([{...sample, date}]);
    const time = $(root, 'time');
    expect(time.attrs.datetime).toBe(date);
    expect(normalizedText(time)).toBe(text);
  });

  it('lists sources as links, marking provider reports and the check date', () => {
    const root = render([sample]);
    const [reported, official] = $$($(root, 'ul'), 'li');
    expect(normalizedText(reported!)).toBe('Провайдер: новость, данные провайдера, проверено 9 марта 2026 г.');
    expect(normalizedText(official!)).toBe('Meta: документация, проверено 24 ноября 2026 г.');
    expect($(reported!, 'a').attrs.href).toBe('https://example.com/news');
  });

  it('puts a copy-link to the change in the title, adding no visible text', () => {
    const root = render([sample]);
    const li = $(root, 'li[id="change-undated-change"]');
    expect(li.attrs['data-link-target']).toBe('');
    const strong = $(li, 'strong');
    expect(childElements(strong).map((el) => [el.tag, el.attrs.href, el.attrs['aria-label']])).toEqual([
      ['a', '#change-undated-change', 'Ссылка на „Изменение без даты“'],
    ]);
    expect(normalizedText(strong)).toBe('Изменение без даты');
    expect($$(root, 'button')).toEqual([]);
  });

  it('renders an empty list for no changes', () => {
    const root = render([]);
    expect(childElements($(root, 'ol'))).toEqual([]);
  });
});
