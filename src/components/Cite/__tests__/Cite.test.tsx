import {renderToStaticMarkup} from 'react-dom/server';
import {citationOf} from '@site/plugins/remark-resolve-data';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import type {Citation, Source} from '@site/src/data/schema';
import {load} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import {FIRMNESS_WORDS, longDate, sourcesText} from '@site/tests/unit/source-text';
import Cite from '..';

const AS_OF = '2026-12-03';

/** <Cite> as an MDX page renders it: the key, with the attributes plugins/remark-resolve-data.ts fills in (strings). */
const attributes = (citation: Citation) => Object.fromEntries(Object.entries(citation).map(([name, value]) => [name, String(value)]));
const cite = (key: string, asOf = AS_OF) => renderToStaticMarkup(<Cite source={key} {...attributes(citationOf(key, asOf))} />);

const keys = Object.keys(SOURCES) as SourceKey[];

describe('<Cite>', () => {
  it.each(keys)('source="%s" renders the title as a link, its firmness and the check date', (key) => {
    const source: Source = SOURCES[key];
    const $ = load(cite(key));
    const a = one($, 'a');
    expect(a.attr('href')).toBe(source.url);
    expect(a.attr('rel')).toBe('noopener');
    expect(normalizedText(a)).toBe(source.title);
    const text = normalizedText($.root());
    expect(text.endsWith(`проверено ${longDate(source.checked)}]`)).toBe(true);
    expect(text.startsWith(source.firmness === 'official' ? `[${source.title}` : `[${FIRMNESS_WORDS[source.firmness]}: `)).toBe(true);
    expect(text).toBe(`[${sourcesText([citationOf(key, AS_OF)])}]`);
  });

  it('reads as «[title, проверено D месяца YYYY г.]» for an official page', () => {
    expect(normalizedText(load(cite('throughput')).root())).toBe(`[${SOURCES.throughput.title}, проверено ${longDate(SOURCES.throughput.checked)}]`);
  });

  it('says who reports it when the page is a provider’s or the press’s', () => {
    const render = (firmness: string) =>
      normalizedText(
        load(
          renderToStaticMarkup(<Cite source="x" title="Кто-то: новость" url="https://example.com/news" checked="2026-03-09" firmness={firmness} />),
        ).root(),
      );
    expect(render('providers')).toBe('[по данным провайдеров: Кто-то: новость, проверено 9 марта 2026 г.]');
    expect(render('press')).toBe('[по сообщениям прессы: Кто-то: новость, проверено 9 марта 2026 г.]');
    expect(render('official')).toBe('[Кто-то: новость, проверено 9 марта 2026 г.]');
  });

  it('says «требует проверки» when the source was checked more than 90 days before the site’s day', () => {
    const checked = SOURCES.throughput.checked;
    expect(normalizedText(load(cite('throughput', '2027-04-01')).root())).toBe(
      `[${SOURCES.throughput.title}, проверено ${longDate(checked)}, требует проверки]`,
    );
    expect(normalizedText(load(cite('throughput', checked)).root())).not.toContain('требует проверки');
  });

  it('throws when it was not resolved at build time, naming the key and the plugin', () => {
    expect(() => renderToStaticMarkup(<Cite source="throughput" />)).toThrow(
      /<Cite source="throughput">: not resolved at build time.*remark-resolve-data/,
    );
  });

  it.each(['no-such-source', 'Throughput', 'toString', 'constructor', '__proto__'])('the resolver rejects the unknown key %j, naming it', (key) => {
    expect(() => citationOf(key, AS_OF)).toThrow(`<Cite source="${key}">: unknown source`);
  });
});
