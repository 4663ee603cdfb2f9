import {renderToStaticMarkup} from 'react-dom/server';
import {citationOf} from '@site/plugins/remark-resolve-data';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import type {Source} from '@site/src/data/schema';
import {$, normalizedText, parseHtml} from '@site/tests/unit/html';
import {longDate, REPORTER_WORDS, sourceText} from '@site/tests/unit/source-text';
import Cite from '..';

/** <Cite> as an MDX page renders it: the key, with what plugins/remark-resolve-data.ts fills in at build time. */
const cite = (key: string) => renderToStaticMarkup(<Cite source={key} {...citationOf(key)} />);

const keys = Object.keys(SOURCES) as SourceKey[];

describe('<Cite>', () => {
  it.each(keys)('source="%s" renders the title as a link, the URL and the check date', (key) => {
    const source: Source = SOURCES[key];
    const root = parseHtml(cite(key));
    const a = $(root, 'a');
    expect(a.attrs.href).toBe(source.url);
    expect(a.attrs.rel).toBe('noopener');
    expect(normalizedText(a)).toBe(source.title);
    const text = normalizedText(root);
    expect(text.endsWith(`проверено ${longDate(source.checked)}]`)).toBe(true);
    for (const [reporter, word] of Object.entries(REPORTER_WORDS)) expect(text.split(word).length - 1).toBe(source.reported === reporter ? 1 : 0);
    expect(text).toBe(`[${sourceText(source)}]`);
  });

  it('reads as «[title, проверено D месяца YYYY г.]»', () => {
    expect(normalizedText(parseHtml(cite('throughput')))).toBe(`[${SOURCES.throughput.title}, проверено ${longDate(SOURCES.throughput.checked)}]`);
  });

  it('marks a provider report and a press report', () => {
    const root = parseHtml(renderToStaticMarkup(<Cite source="x" title="Провайдер: новость" url="https://example.com/news" checked="2026-03-09" reported="providers" />));
    expect(normalizedText(root)).toBe('[Провайдер: новость, данные провайдера, проверено 9 марта 2026 г.]');
    expect($(root, 'a').attrs.href).toBe('https://example.com/news');
    expect(normalizedText(parseHtml(renderToStaticMarkup(<Cite source="x" title="СМИ" url="https://example.com/" checked="2026-03-09" reported="press" />)))).toBe(
      '[СМИ, сообщение СМИ, проверено 9 марта 2026 г.]',
    );
  });

  it('throws when it was not resolved at build time, naming the key and the plugin', () => {
    expect(() => renderToStaticMarkup(<Cite source="throughput" />)).toThrow(/<Cite source="throughput">: not resolved at build time.*remark-resolve-data/);
  });

  it.each(['no-such-source', 'Throughput', 'toString', 'constructor', '__proto__'])('the resolver rejects the unknown key %j, naming it', (key) => {
    expect(() => citationOf(key)).toThrow(`<Cite source="${key}">: unknown source`);
  });
});
