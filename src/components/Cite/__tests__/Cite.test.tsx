import {renderToStaticMarkup} from 'react-dom/server';
import {SOURCES} from '@site/src/data/sources';
import type {Source} from '@site/src/data/schema';
import {$, normalizedText, parseHtml} from '@site/tests/unit/html';
import Cite, {type SourceKey} from '..';

const keys = Object.keys(SOURCES) as SourceKey[];

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

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
    expect(text.endsWith(`проверено ${ddmmyyyy(source.checked)}]`)).toBe(true);
    expect(text.split('сообщение провайдера').length - 1).toBe(source.reported ? 1 : 0);
    if (source.reported) expect(text).toContain(`${source.title}, сообщение провайдера, проверено`);
  });

  it('reads as «[title, проверено DD.MM.YYYY]»', () => {
    const root = parseHtml(renderToStaticMarkup(<Cite source="throughput" />));
    expect(normalizedText(root)).toBe(`[${SOURCES.throughput.title}, проверено 24.11.2026]`);
  });

  it('marks a provider report', () => {
    const key = keys.find((k) => (SOURCES[k] as Source).reported);
    expect(key).toBeDefined();
    const root = parseHtml(renderToStaticMarkup(<Cite source={key!} />));
    expect(normalizedText(root)).toBe(`[${SOURCES[key!].title}, сообщение провайдера, проверено 24.11.2026]`);
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
