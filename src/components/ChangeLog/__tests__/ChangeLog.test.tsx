import {renderToStaticMarkup} from 'react-dom/server';
import {changes} from '@site/src/data/view/changes';
import type {ChangeView} from '@site/src/data/schema';
import {load} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import ChangeLog from '..';
import {citationText, sourcesText} from '@site/tests/unit/source-text';

const render = (list?: readonly ChangeView[]) => load(renderToStaticMarkup(list ? <ChangeLog changes={list} /> : <ChangeLog />), null, false);

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
  const $ = render();
  const items = one($, 'ol').children('li');

  it('renders one list item per change, in data order, linkable as #change-<id>', () => {
    expect(items.toArray().map((li) => li.attribs.id)).toEqual(changes.map((c) => `change-${c.id}`));
  });

  it.each(changes.map((c, i) => [c.id, c, i] as const))('change %s', (_, change, i) => {
    const li = items.eq(i);
    expect(li.attr('id')).toBe(`change-${change.id}`);

    const times = li.find('time');
    if (change.date) {
      expect(times).toHaveLength(1);
      expect(times.attr('datetime')).toBe(change.date);
      expect(normalizedText(times)).toBe(expectedDate(change.date));
    } else {
      expect(times).toHaveLength(0);
    }

    const strong = one(li, 'strong');
    expect(normalizedText(strong)).toBe(change.title);

    // The change is a link target, with one copy-link to itself next to the title.
    expect(li.attr('data-link-target')).toBe('');
    const selfLink = one(li, `a[href="#change-${change.id}"]`);
    expect(selfLink.attr('aria-label')).toBe(`Ссылка на „${change.title}“`);
    expect(normalizedText(selfLink)).toBe('');
    expect(one(selfLink, 'svg').attr('aria-hidden')).toBe('true');
    expect(selfLink.closest('strong').get(0)).toBe(strong.get(0));
    expect(li.find('a[href^="#"]')).toHaveLength(1);
    const dl = one(li, 'dl');
    expect(
      dl
        .find('dt')
        .toArray()
        .map((dt) => normalizedText($(dt))),
    ).toEqual(['В исходной статье', 'Сейчас']);
    // Raw text: numbers in the data keep their no-break spaces (1\u00a0000), which must reach the page.
    expect(
      dl
        .find('dd')
        .toArray()
        .map((dd) => $(dd).text()),
    ).toEqual([change.before, change.now]);

    const more = li.find('a').filter((_, a) => normalizedText($(a)) === 'Подробнее');
    expect(more.attr('href')).toBe(change.more);

    const sources = one(li, 'p.sources');
    expect(
      sources
        .find('a')
        .toArray()
        .map((a) => [a.attribs.href, a.attribs.rel, normalizedText($(a))]),
    ).toEqual(change.sources.map((c) => [c.url, 'noopener', c.title]));
    expect(normalizedText(sources)).toBe(sourcesText(change.sources, change.sources.length === 1 ? 'Источник' : 'Источники'));
  });

  it('reports every change anchor to the broken-links checker', () => {
    render();
    expect(collected.anchors).toEqual(changes.map((c) => `change-${c.id}`));
  });
});

describe('<ChangeLog changes={…}>', () => {
  it('renders an undated change without a <time>', () => {
    const li = one(render([sample]), 'li[id="change-undated-change"]');
    expect(li.find('time')).toHaveLength(0);
    expect(normalizedText(li.children('p').first())).toBe('Изменение без даты');
  });

  it.each([
    ['2025', '2025 г.'],
    ['2022-04', 'апрель 2022 г.'],
    ['2025-10-07', '7 октября 2025 г.'],
  ])('renders the date %s as «%s» with a machine-readable datetime', (date, text) => {
    const time = one(render([{...sample, date}]), 'time');
    expect(time.attr('datetime')).toBe(date);
    expect(normalizedText(time)).toBe(text);
  });

  it('lists sources as links with the check date, and marks a stale one', () => {
    const sources = one(render([sample]), 'p.sources');
    expect(normalizedText(sources)).toBe(`Источники: ${citationText(sample.sources[0]!)}; ${citationText(sample.sources[1]!)}`);
    expect(normalizedText(sources)).toContain('9 марта 2026 г., требует проверки; Meta');
    expect(
      sources
        .find('a')
        .toArray()
        .map((a) => a.attribs.href),
    ).toEqual(['https://example.com/news', 'https://example.com/docs']);
  });

  it('says «по данным провайдеров» when no source is official', () => {
    const $ = render([{...sample, sources: [sample.sources[0]!]}]);
    expect(normalizedText(one($, 'p.sources'))).toBe(`Источник (по данным провайдеров): ${citationText(sample.sources[0]!)}`);
  });

  it('puts a copy-link to the change in the title, adding no visible text', () => {
    const $ = render([sample]);
    const li = one($, 'li[id="change-undated-change"]');
    expect(li.attr('data-link-target')).toBe('');
    const strong = one(li, 'strong');
    expect(
      strong
        .children()
        .toArray()
        .map((el) => [el.tagName, el.attribs.href, el.attribs['aria-label']]),
    ).toEqual([['a', '#change-undated-change', 'Ссылка на „Изменение без даты“']]);
    expect(normalizedText(strong)).toBe('Изменение без даты');
    expect($('button')).toHaveLength(0);
  });

  it('renders an empty list for no changes', () => {
    expect(one(render([]), 'ol').children()).toHaveLength(0);
  });
});
