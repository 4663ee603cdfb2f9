import {renderToStaticMarkup} from 'react-dom/server';
import {SOURCES} from '@site/src/data/sources';
import type {Source} from '@site/src/data/schema';
import {$, normalizedText, parseHtml} from '@site/tests/unit/html';
import Cite, {type SourceKey} from '..';
import {longDate, REPORTER_WORDS, sourceText} from '@site/tests/unit/source-text';

/**
 * No page in src/data/sources.ts is a provider report today, but <Cite> still marks one. The components look
 * sources up by key in SOURCES, so the mark is tested through one extra entry added to the real module.
 */
const extra = vi.hoisted(() => ({
  testProviderReport: {
    title: 'Провайдер: новость',
    url: 'https://example.com/news',
    checked: '2026-03-09',
    facts: ['F-api-3'],
    reported: 'providers',
  },
}));
vi.mock('@site/src/data/sources', async (importOriginal) => {
  const real = await importOriginal<typeof import('@site/src/data/sources')>();
  const SOURCES = {...real.SOURCES, ...extra};
  return {...real, SOURCES, isSourceKey: (key: string) => Object.hasOwn(SOURCES, key)};
});

const keys = Object.keys(SOURCES) as SourceKey[];


describe('<Cite>', () => {
  it.each(keys)('source="%s" renders the title as a link, the URL and the check date', (key) => {
    const source: Source = SOURCES[key];
    const root = parseHtml(renderToStaticMarkup(<Cite source={key} />));
    const a = $(root, 'a');
    expect(a.attrs.href).toBe(source.url);
    expect(a.attrs.rel).toBe('noopener');
    expect(normalizedText(a)).toBe(source.title);
    const text = normalizedText(root);
    expect(text.startsWith(`[${source.title}`)).toBe(true);
    expect(text.endsWith(`проверено ${longDate(source.checked)}]`)).toBe(true);
    for (const [reporter, word] of Object.entries(REPORTER_WORDS)) expect(text.split(word).length - 1).toBe(source.reported === reporter ? 1 : 0);
    expect(text).toBe(`[${sourceText(source)}]`);
  });

  it('reads as «[title, проверено D месяца YYYY г.]»', () => {
    const root = parseHtml(renderToStaticMarkup(<Cite source="throughput" />));
    expect(normalizedText(root)).toBe(`[${SOURCES.throughput.title}, проверено ${longDate(SOURCES.throughput.checked)}]`);
  });

  it('marks a provider report', () => {
    expect(keys).toContain('testProviderReport');
    const root = parseHtml(renderToStaticMarkup(<Cite source="testProviderReport" />));
    expect(normalizedText(root)).toBe('[Провайдер: новость, данные провайдера, проверено 9 марта 2026 г.]');
    expect($(root, 'a').attrs.href).toBe('https://example.com/news');
  });

  it.each(['no-such-source', 'Throughput', 'toString', 'constructor', '__proto__'])(
    'throws for the unknown key %j, naming it and listing the known keys',
    (key) => {
      let message = '';
      try {
        renderToStaticMarkup(<Cite source={key} />);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(`<Cite source="${key}">: unknown source`);
      expect(message).toContain('src/data/sources.ts');
      for (const known of keys) expect(message).toContain(known);
      expect(message).toContain(keys.join(', '));
    },
  );
});
