import {renderToStaticMarkup} from 'react-dom/server';
import type {ReactElement} from 'react';
import {load} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import Heading from '..';

/** The unit-test stub renders as the server does; a test can switch to the browser branch. */
const browser = vi.hoisted(() => ({on: false}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.on}));

const render = (element: ReactElement) => load(renderToStaticMarkup(element), null, false);

beforeEach(() => {
  collected.anchors.length = 0;
  browser.on = false;
});

describe('<Heading> (swizzled)', () => {
  it('renders an h2 with its id as a link target, with a copy-link to itself', () => {
    const $ = render(
      <Heading as="h2" id="pricing">
        Цены
      </Heading>,
    );
    const h2 = one($, 'h2');
    expect(h2.attr('id')).toBe('pricing');
    expect(h2.attr('data-link-target')).toBe('');
    expect(h2.attr('class')?.split(' ')).toEqual(['anchor', 'anchorTargetStickyNavbar']);
    const link = one(h2, 'a');
    expect(link.attr('href')).toBe('#pricing');
    expect(link.attr('aria-label')).toBe('Ссылка на „Цены“');
    expect(one(link, 'svg').attr('aria-hidden')).toBe('true');
    // The link adds no text: the heading reads as its own text, and the stock «#» link is gone.
    expect(normalizedText(h2)).toBe('Цены');
    expect(h2.find('.hash-link')).toHaveLength(0);
    expect(collected.anchors).toEqual(['pricing']);
  });

  it.each(['h2', 'h3', 'h4', 'h5', 'h6'] as const)('gives %s a copy-link too', (as) => {
    const $ = render(
      <Heading as={as} id={`${as}-id`}>
        Раздел
      </Heading>,
    );
    const heading = one($, as);
    expect(heading.attr('data-link-target')).toBe('');
    expect(one(heading, 'a').attr('href')).toBe(`#${as}-id`);
  });

  it('names the copy-link with the plain text of nested children', () => {
    const $ = render(
      <Heading as="h3" id="api-webhooks">
        Про <code>API</code> и <em>вебхуки</em>
      </Heading>,
    );
    const h3 = one($, 'h3');
    expect(one(h3, 'a[href="#api-webhooks"]').attr('aria-label')).toBe('Ссылка на „Про API и вебхуки“');
    // The heading's own markup is kept, before the link.
    expect(
      h3
        .children()
        .toArray()
        .map((el) => el.tagName),
    ).toEqual(['code', 'em', 'a']);
  });

  it('falls back to the id when the heading has no text', () => {
    const $ = render(
      <Heading as="h2" id="icon-only">
        <span />
      </Heading>,
    );
    expect(one($, 'a').attr('aria-label')).toBe('Ссылка на „icon-only“');
  });

  it('keeps the className and other props it is given', () => {
    const $ = render(
      <Heading as="h2" id="x" className="custom" title="Подсказка">
        Текст
      </Heading>,
    );
    const h2 = one($, 'h2');
    expect(h2.attr('class')?.split(' ')).toEqual(['anchor', 'anchorTargetStickyNavbar', 'custom']);
    expect(h2.attr('title')).toBe('Подсказка');
  });

  it('renders h1 without an id, link target or copy-link: it is the page itself', () => {
    const $ = render(
      <Heading as="h1" id="page-title" className="title">
        Заголовок страницы
      </Heading>,
    );
    const h1 = one($, 'h1');
    expect(h1.attr('id')).toBeUndefined();
    expect(h1.attr('data-link-target')).toBeUndefined();
    expect(h1.attr('class')).toBe('title');
    expect($('a')).toHaveLength(0);
    expect(normalizedText(h1)).toBe('Заголовок страницы');
    expect(collected.anchors).toEqual([]);
  });

  it('renders a heading without an id as a plain heading', () => {
    const $ = render(<Heading as="h2">Без id</Heading>);
    expect(one($, 'h2').attr()).toEqual({});
    expect($('a')).toHaveLength(0);
    expect(collected.anchors).toEqual([]);
  });

  it('in the browser, the copy-link is a button naming the section', () => {
    browser.on = true;
    const $ = render(
      <Heading as="h2" id="pricing">
        Цены
      </Heading>,
    );
    const h2 = one($, 'h2');
    expect(h2.find('a')).toHaveLength(0);
    const button = one(h2, 'button');
    expect(button.attr('type')).toBe('button');
    expect(button.attr('aria-label')).toBe('Скопировать ссылку на раздел „Цены“');
    expect(h2.attr('data-link-target')).toBe('');
  });
});
