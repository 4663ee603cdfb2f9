import {renderToStaticMarkup} from 'react-dom/server';
import type {ReactElement} from 'react';
import {$, $$, childElements, closest, normalizedText, parseHtml, textOf, type HtmlElement} from '@site/tests/unit/html';
import {collected} from '@site/tests/unit/stubs/useBrokenLinks';
import Callout from '..';
import {calloutLabel} from '../labels';
import {CALLOUT_VARIANTS, isCalloutVariant, unknownVariantMessage} from '../variants';

function render(element: ReactElement): HtmlElement {
  return parseHtml(renderToStaticMarkup(element));
}

/** The element that the aside's aria-labelledby points at. */
function labelOf(root: HtmlElement, aside: HtmlElement): HtmlElement {
  const labelId = aside.attrs['aria-labelledby'];
  expect(labelId, 'aria-labelledby').toBeTruthy();
  return $(root, `[id="${labelId}"]`);
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
      const root = render(
        <Callout type={type} title="Как выбрать">
          <p>Текст заметки</p>
        </Callout>,
      );
      const aside = $(root, 'aside');
      expect(aside.attrs.role).toBe('note');
      expect(aside.attrs.class?.split(' ')).toContain(type);
      const heading = labelOf(root, aside);
      expect(heading.tag).toBe('p');
      expect(normalizedText(heading)).toContain(label);
      expect(normalizedText(heading)).toContain('Как выбрать');
      // Label first, then the title, separated so the accessible name reads «Совет Как выбрать».
      expect(textOf(heading)).toBe(`${label} Как выбрать`);
      expect(normalizedText($(aside, 'div'))).toBe('Текст заметки');
    });

    it('has a decorative icon only', () => {
      const root = render(<Callout type={type}>x</Callout>);
      const svgs = $$(root, 'svg');
      expect(svgs).toHaveLength(1);
      expect(svgs[0]!.attrs['aria-hidden']).toBe('true');
      expect(svgs[0]!.attrs.focusable).toBe('false');
      // The icon is inside the label, but contributes no text to it.
      expect(textOf(svgs[0]!)).toBe('');
    });

    it('without a title is labelled by the variant word alone', () => {
      const root = render(<Callout type={type}>x</Callout>);
      expect(normalizedText(labelOf(root, $(root, 'aside')))).toBe(label);
    });
  });

  it('defaults to info', () => {
    const root = render(<Callout>Текст</Callout>);
    const aside = $(root, 'aside');
    expect(aside.attrs.class?.split(' ')).toContain('info');
    expect(normalizedText(labelOf(root, aside))).toBe('Примечание');
  });

  it('puts the id prop on the aside, so the callout can be linked', () => {
    const root = render(
      <Callout type="warning" id="pricing-october-2026">
        x
      </Callout>,
    );
    const aside = $(root, 'aside');
    expect(aside.attrs.id).toBe('pricing-october-2026');
    expect(aside.attrs['data-link-target']).toBe('');
  });

  it('renders no id, no link target and no copy-link when no id is given', () => {
    const aside = $(render(<Callout>x</Callout>), 'aside');
    expect(aside.attrs.id).toBeUndefined();
    expect(aside.attrs['data-link-target']).toBeUndefined();
    expect($$(aside, 'a')).toEqual([]);
  });

  it('with an id, has one copy-link to itself, named after the title, outside the label', () => {
    const root = render(
      <Callout type="tip" id="how-to-choose" title="Как выбрать">
        <p>Текст заметки</p>
      </Callout>,
    );
    const aside = $(root, 'aside');
    const links = $$(aside, 'a');
    expect(links.map((a) => a.attrs.href)).toEqual(['#how-to-choose']);
    const link = links[0]!;
    expect(link.attrs['aria-label']).toBe('Ссылка на „Как выбрать“');
    expect(normalizedText(link)).toBe('');
    expect($(link, 'svg').attrs['aria-hidden']).toBe('true');
    // The label (the callout's accessible name) and the body are unchanged by the link.
    const label = labelOf(root, aside);
    expect(closest(link, 'p')).toBeNull();
    expect(textOf(label)).toBe('Совет Как выбрать');
    expect(normalizedText($(aside, 'div'))).toBe('Текст заметки');
    // Label, then the link, then the body: the link adds no text to what is read.
    expect(aside.children.map((child) => (typeof child === 'string' ? '#text' : child.tag))).toEqual(['p', 'span', 'div']);
    expect(childElements($(aside, 'span.controls')).map((child) => child.tag)).toEqual(['a']);
    // Every icon, the link's included, is hidden.
    const svgs = $$(aside, 'svg');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svg.attrs['aria-hidden']).toBe('true');
  });

  it.each(LABELS)('type="%s" with an id and no title names the copy-link after «%s»', (type, label) => {
    const root = render(
      <Callout type={type} id={`${type}-1`}>
        x
      </Callout>,
    );
    expect($(root, `a[href="#${type}-1"]`).attrs['aria-label']).toBe(`Ссылка на „${label}“`);
  });

  it('reports its id to the broken-links checker, and nothing without one', () => {
    collected.anchors.length = 0;
    renderToStaticMarkup(<Callout>x</Callout>);
    expect(collected.anchors).toEqual([]);
    renderToStaticMarkup(<Callout id="limits-tip">x</Callout>);
    expect(collected.anchors).toEqual(['limits-tip']);
  });

  it('gives two callouts on one page different label ids', () => {
    const root = render(
      <>
        <Callout type="tip">a</Callout>
        <Callout type="danger">b</Callout>
      </>,
    );
    const asides = $$(root, 'aside');
    expect(asides).toHaveLength(2);
    const [first, second] = asides.map((aside) => aside.attrs['aria-labelledby']);
    expect(first).not.toBe(second);
    expect(normalizedText(labelOf(root, asides[0]!))).toBe('Совет');
    expect(normalizedText(labelOf(root, asides[1]!))).toBe('Осторожно');
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
