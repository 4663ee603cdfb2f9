import {renderToStaticMarkup} from 'react-dom/server';
import type {ReactElement} from 'react';
import {$, $$, childElements, normalizedText, parseHtml, type HtmlElement} from '@site/tests/unit/html';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import Heading from '..';

/** The unit-test stub renders as the server does; a test can switch to the browser branch. */
const browser = vi.hoisted(() => ({on: false}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.on}));

function render(element: ReactElement): HtmlElement {
  return parseHtml(renderToStaticMarkup(element));
}

beforeEach(() => {
  collected.anchors.length = 0;
  browser.on = false;
});

describe('<Heading> (swizzled)', () => {
  it('renders an h2 with its id as a link target, with a copy-link to itself', () => {
    const root = render(
      <Heading as="h2" id="pricing">
        Цены
      </Heading>,
    );
    const h2 = $(root, 'h2');
    expect(h2.attrs.id).toBe('pricing');
    expect(h2.attrs['data-link-target']).toBe('');
    expect(h2.attrs.class?.split(' ')).toEqual(['anchor', 'anchorTargetStickyNavbar']);
    const links = $$(h2, 'a');
    expect(links.map((a) => a.attrs.href)).toEqual(['#pricing']);
    expect(links[0]!.attrs['aria-label']).toBe('Ссылка на „Цены“');
    expect($(links[0]!, 'svg').attrs['aria-hidden']).toBe('true');
    // The link adds no text: the heading reads as its own text, and the stock «#» link is gone.
    expect(normalizedText(h2)).toBe('Цены');
    expect($$(h2, '.hash-link')).toEqual([]);
    expect(collected.anchors).toEqual(['pricing']);
  });

  it.each(['h2', 'h3', 'h4', 'h5', 'h6'] as const)('gives %s a copy-link too', (as) => {
    const root = render(
      <Heading as={as} id={`${as}-id`}>
        Раздел
      </Heading>,
    );
    const heading = $(root, as);
    expect(heading.attrs['data-link-target']).toBe('');
    expect($(heading, 'a').attrs.href).toBe(`#${as}-id`);
  });

  it('names the copy-link with the plain text of nested children', () => {
    const root = render(
      <Heading as="h3" id="api-webhooks">
        Про <code>API</code> и <em>вебхуки</em>
      </Heading>,
    );
    const h3 = $(root, 'h3');
    expect($(h3, 'a[href="#api-webhooks"]').attrs['aria-label']).toBe('Ссылка на „Про API и вебхуки“');
    // The heading's own markup is kept, before the link.
    expect(childElements(h3).map((el) => el.tag)).toEqual(['code', 'em', 'a']);
  });

  it('falls back to the id when the heading has no text', () => {
    const root = render(
      <Heading as="h2" id="icon-only">
        <span />
      </Heading>,
    );
    expect($(root, 'a').attrs['aria-label']).toBe('Ссылка на „icon-only“');
  });

  it('keeps the className and other props it is given', () => {
    const root = render(
      <Heading as="h2" id="x" className="custom" title="Подсказка">
        Текст
      </Heading>,
    );
    const h2 = $(root, 'h2');
    expect(h2.attrs.class?.split(' ')).toEqual(['anchor', 'anchorTargetStickyNavbar', 'custom']);
    expect(h2.attrs.title).toBe('Подсказка');
  });

  it('renders h1 without an id, link target or copy-link: it is the page itself', () => {
    const root = render(
      <Heading as="h1" id="page-title" className="title">
        Заголовок страницы
      </Heading>,
    );
    const h1 = $(root, 'h1');
    expect(h1.attrs.id).toBeUndefined();
    expect(h1.attrs['data-link-target']).toBeUndefined();
    expect(h1.attrs.class).toBe('title');
    expect($$(root, 'a')).toEqual([]);
    expect(normalizedText(h1)).toBe('Заголовок страницы');
    expect(collected.anchors).toEqual([]);
  });

  it('renders a heading without an id as a plain heading', () => {
    const root = render(<Heading as="h2">Без id</Heading>);
    const h2 = $(root, 'h2');
    expect(h2.attrs).toEqual({});
    expect($$(root, 'a')).toEqual([]);
    expect(collected.anchors).toEqual([]);
  });

  it('in the browser, the copy-link is a button naming the section', () => {
    browser.on = true;
    const root = render(
      <Heading as="h2" id="pricing">
        Цены
      </Heading>,
    );
    const h2 = $(root, 'h2');
    expect($$(h2, 'a')).toEqual([]);
    const button = $(h2, 'button');
    expect(button.attrs.type).toBe('button');
    expect(button.attrs['aria-label']).toBe('Скопировать ссылку на раздел „Цены“');
    expect(h2.attrs['data-link-target']).toBe('');
  });
});
