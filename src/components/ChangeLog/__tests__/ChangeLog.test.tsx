import {renderToStaticMarkup} from 'react-dom/server';
import {changes} from '@site/src/data/view/changes';
import type {ChangeView} from '@site/src/data/schema';
import {$, $$, childElements, closest, normalizedText, parseHtml, textOf, type HtmlElement} from '@site/tests/unit/html';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import ChangeLog from '..';
import {citationText, sourcesText} from '@site/tests/unit/source-text';

function render(list?: readonly ChangeView[]): HtmlElement {
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

const sample: ChangeView = {
  id: 'undated-change',
  title: 'Изменение без даты',
  before: 'Было так.',
  now: 'Стало иначе.',
  more: '/whatsapp#intro',
  sources: [
    {title: 'Провайдер: новость', url: 'https://example.com/news', checked: '2026-03-09', firmness: 'providers', stale: true},
    {title: 'Meta: документация', url: 'https://example.com/docs', checked: '2026-11-24', firmness: 'official'},
  ],
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

    const sources = $(li, 'p.sources');
    expect($$(sources, 'a').map((a) => [a.attrs.href, a.attrs.rel, normalizedText(a)])).toEqual(change.sources.map((c) => [c.url, 'noopener', c.title]));
    expect(normalizedText(sources)).toBe(sourcesText(change.sources, change.sources.length === 1 ? 'Источник' : 'Источники'));
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

  it('lists sources as links with the check date, and marks a stale one', () => {
    const root = render([sample]);
    const sources = $(root, 'p.sources');
    expect(normalizedText(sources)).toBe(`Источники: ${citationText(sample.sources[0]!)}; ${citationText(sample.sources[1]!)}`);
    expect(normalizedText(sources)).toContain('9 марта 2026 г., требует проверки; Meta');
    expect($$(sources, 'a').map((a) => a.attrs.href)).toEqual(['https://example.com/news', 'https://example.com/docs']);
  });

  it('says «по данным провайдеров» when no source is official', () => {
    const root = render([{...sample, sources: [sample.sources[0]!]}]);
    expect(normalizedText($(root, 'p.sources'))).toBe(`Источник (по данным провайдеров): ${citationText(sample.sources[0]!)}`);
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
