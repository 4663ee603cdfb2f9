import {renderToStaticMarkup} from 'react-dom/server';
import type {ReactElement} from 'react';
import {load, type Cheerio, type CheerioAPI, type Element} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import Callout from '..';
import {calloutLabel} from '../labels';
import {CALLOUT_VARIANTS, isCalloutVariant, unknownVariantMessage} from '../variants';

const render = (element: ReactElement) => load(renderToStaticMarkup(element), null, false);

/** The element that the aside's aria-labelledby points at. */
function labelOf($: CheerioAPI, aside: Cheerio<Element>): Cheerio<Element> {
  const labelId = aside.attr('aria-labelledby');
  expect(labelId, 'aria-labelledby').toBeTruthy();
  return one($, `[id="${labelId}"]`);
}

const LABELS = [
  ['info', 'Примечание'],
  ['tip', 'Совет'],
  ['warning', 'Внимание'],
  ['danger', 'Осторожно'],
] as const;

describe('<Callout>', () => {
  it('covers every variant in this test', () => {
    expect(LABELS.map(([type]) => type)).toEqual([...CALLOUT_VARIANTS]);
  });

  describe.each(LABELS)('type="%s"', (type, label) => {
    it(`is an aside with role="note", labelled by «${label}» and the title`, () => {
      const $ = render(
        <Callout type={type} title="Как выбрать">
          <p>Текст заметки</p>
        </Callout>,
      );
      const aside = one($, 'aside');
      expect(aside.attr('role')).toBe('note');
      expect(aside.attr('class')?.split(' ')).toContain(type);
      const heading = labelOf($, aside);
      expect(heading.is('p')).toBe(true);
      expect(normalizedText(heading)).toContain(label);
      expect(normalizedText(heading)).toContain('Как выбрать');
      // Label first, then the title, separated so the accessible name reads «Совет Как выбрать».
      expect(heading.text()).toBe(`${label} Как выбрать`);
      expect(normalizedText(one(aside, 'div'))).toBe('Текст заметки');
    });

    it('has a decorative icon only', () => {
      const svg = one(render(<Callout type={type}>x</Callout>), 'svg');
      expect(svg.attr('aria-hidden')).toBe('true');
      expect(svg.attr('focusable')).toBe('false');
      // The icon is inside the label, but contributes no text to it.
      expect(svg.text()).toBe('');
    });

    it('without a title is labelled by the variant word alone', () => {
      const $ = render(<Callout type={type}>x</Callout>);
      expect(normalizedText(labelOf($, one($, 'aside')))).toBe(label);
    });
  });

  it('defaults to info', () => {
    const $ = render(<Callout>Текст</Callout>);
    const aside = one($, 'aside');
    expect(aside.attr('class')?.split(' ')).toContain('info');
    expect(normalizedText(labelOf($, aside))).toBe('Примечание');
  });

  it('puts the id prop on the aside, so the callout can be linked', () => {
    const aside = one(
      render(
        <Callout type="warning" id="pricing-october-2026">
          x
        </Callout>,
      ),
      'aside',
    );
    expect(aside.attr('id')).toBe('pricing-october-2026');
    expect(aside.attr('data-link-target')).toBe('');
  });

  it('renders no id, no link target and no copy-link when no id is given', () => {
    const aside = one(render(<Callout>x</Callout>), 'aside');
    expect(aside.attr('id')).toBeUndefined();
    expect(aside.attr('data-link-target')).toBeUndefined();
    expect(aside.find('a')).toHaveLength(0);
  });

  it('with an id, has one copy-link to itself, named after the title, outside the label', () => {
    const $ = render(
      <Callout type="tip" id="how-to-choose" title="Как выбрать">
        <p>Текст заметки</p>
      </Callout>,
    );
    const aside = one($, 'aside');
    const link = one(aside, 'a');
    expect(link.attr('href')).toBe('#how-to-choose');
    expect(link.attr('aria-label')).toBe('Ссылка на „Как выбрать“');
    expect(normalizedText(link)).toBe('');
    expect(one(link, 'svg').attr('aria-hidden')).toBe('true');
    // The label (the callout's accessible name) and the body are unchanged by the link.
    const label = labelOf($, aside);
    expect(link.closest('p')).toHaveLength(0);
    expect(label.text()).toBe('Совет Как выбрать');
    expect(normalizedText(one(aside, 'div'))).toBe('Текст заметки');
    // Label, then the link, then the body: the link adds no text to what is read.
    expect(
      aside
        .contents()
        .toArray()
        .map((node) => ('tagName' in node ? node.tagName : '#text')),
    ).toEqual(['p', 'span', 'div']);
    expect(
      one(aside, 'span.controls')
        .children()
        .toArray()
        .map((child) => child.tagName),
    ).toEqual(['a']);
    // Every icon, the link's included, is hidden.
    const svgs = aside.find('svg');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svg.attribs['aria-hidden']).toBe('true');
  });

  it.each(LABELS)('type="%s" with an id and no title names the copy-link after «%s»', (type, label) => {
    const $ = render(
      <Callout type={type} id={`${type}-1`}>
        x
      </Callout>,
    );
    expect(one($, `a[href="#${type}-1"]`).attr('aria-label')).toBe(`Ссылка на „${label}“`);
  });

  it('reports its id to the broken-links checker, and nothing without one', () => {
    collected.anchors.length = 0;
    renderToStaticMarkup(<Callout>x</Callout>);
    expect(collected.anchors).toEqual([]);
    renderToStaticMarkup(<Callout id="limits-tip">x</Callout>);
    expect(collected.anchors).toEqual(['limits-tip']);
  });

  it('gives two callouts on one page different label ids', () => {
    const $ = render(
      <>
        <Callout type="tip">a</Callout>
        <Callout type="danger">b</Callout>
      </>,
    );
    const asides = $('aside');
    expect(asides).toHaveLength(2);
    expect(asides.eq(0).attr('aria-labelledby')).not.toBe(asides.eq(1).attr('aria-labelledby'));
    expect(normalizedText(labelOf($, asides.eq(0)))).toBe('Совет');
    expect(normalizedText(labelOf($, asides.eq(1)))).toBe('Осторожно');
  });

  it.each(['note', 'Info', 'error', ''])('throws for the unknown type %j, listing the allowed types', (type) => {
    expect(() => renderToStaticMarkup(<Callout type={type}>x</Callout>)).toThrow(Error);
    try {
      renderToStaticMarkup(<Callout type={type}>x</Callout>);
    } catch (error) {
      const {message} = error as Error;
      expect(message).toContain(`<Callout type=${JSON.stringify(type)}>`);
      for (const allowed of ['info', 'tip', 'warning', 'danger']) expect(message).toContain(allowed);
      expect(message).toContain('Allowed types: info, tip, warning, danger.');
    }
  });
});

describe('callout variants', () => {
  it('recognises exactly the four variants', () => {
    expect(CALLOUT_VARIANTS).toEqual(['info', 'tip', 'warning', 'danger']);
    for (const v of CALLOUT_VARIANTS) expect(isCalloutVariant(v)).toBe(true);
    for (const v of ['note', 'INFO', '', undefined, null, 1, {}]) expect(isCalloutVariant(v)).toBe(false);
  });

  it('names the place in the message when one is given', () => {
    expect(unknownVariantMessage('note', 'docs/a.mdx:3')).toBe(
      'docs/a.mdx:3: <Callout type="note"> is not a known callout type. Allowed types: info, tip, warning, danger.',
    );
    expect(unknownVariantMessage(42)).toBe('<Callout type=42> is not a known callout type. Allowed types: info, tip, warning, danger.');
  });

  it('has a distinct Russian label for each variant', () => {
    const labels = CALLOUT_VARIANTS.map(calloutLabel);
    expect(labels).toEqual(['Примечание', 'Совет', 'Внимание', 'Осторожно']);
  });
});
