import {renderToStaticMarkup} from 'react-dom/server';
import {$, $$, childElements, normalizedText, parseHtml, type HtmlElement} from '@site/tests/unit/html';
import CopyLink, {type CopyLinkProps} from '..';
import {copyLinkName, copyLinkStrings, plainLinkName, type LinkTargetKind} from '../strings';

/** The unit-test stub renders as the server does; a test can switch to the browser branch. */
const browser = vi.hoisted(() => ({on: false}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.on}));

afterEach(() => {
  browser.on = false;
});

function render(props: CopyLinkProps): HtmlElement {
  return parseHtml(renderToStaticMarkup(<CopyLink {...props} />));
}

/** Written out here (not imported from strings.ts), so a changed wording fails the test. */
const KINDS: readonly (readonly [LinkTargetKind, string])[] = [
  ['section', 'Скопировать ссылку на раздел „Цены“'],
  ['row', 'Скопировать ссылку на строку „Цены“'],
  ['callout', 'Скопировать ссылку на заметку „Цены“'],
  ['change', 'Скопировать ссылку на изменение „Цены“'],
];

function expectHiddenIcon(control: HtmlElement): void {
  const svgs = $$(control, 'svg');
  expect(svgs).toHaveLength(1);
  expect(svgs[0]!.attrs['aria-hidden']).toBe('true');
  expect(svgs[0]!.attrs.focusable).toBe('false');
}

describe('<CopyLink> on the server (and without JavaScript)', () => {
  it.each(KINDS.map(([kind]) => kind))('kind="%s" is a plain link to #id, named after the label', (kind) => {
    const root = render({id: 'pricing', kind, label: 'Цены'});
    const [a, ...rest] = childElements(root);
    expect(rest).toEqual([]);
    expect(a!.tag).toBe('a');
    expect(a!.attrs.href).toBe('#pricing');
    expect(a!.attrs['aria-label']).toBe('Ссылка на „Цены“');
    expect(a!.attrs.class?.split(' ')).toContain('copyLink');
    // No visible text and nothing that only works with JavaScript.
    expect(normalizedText(a!)).toBe('');
    expect(a!.attrs.type).toBeUndefined();
    expect(a!.attrs.title).toBeUndefined();
    expectHiddenIcon(a!);
    expect($$(root, 'button')).toEqual([]);
  });

  it('adds the className prop to its own class', () => {
    const a = $(render({id: 'x', kind: 'callout', label: 'Совет', className: 'extra'}), 'a');
    expect(a.attrs.class?.split(' ')).toEqual(['copyLink', 'extra']);
  });

  it('keeps quotes and ampersands in the label intact', () => {
    const a = $(render({id: 'q', kind: 'row', label: 'API & "вебхуки"'}), 'a');
    expect(a.attrs['aria-label']).toBe('Ссылка на „API & "вебхуки"“');
  });
});

describe('<CopyLink> in the browser', () => {
  it.each(KINDS)('kind="%s" is a button named «%s»', (kind, name) => {
    browser.on = true;
    const root = render({id: 'pricing', kind, label: 'Цены'});
    const [button, ...rest] = childElements(root);
    expect(rest).toEqual([]);
    expect(button!.tag).toBe('button');
    expect(button!.attrs.type).toBe('button');
    expect(button!.attrs['aria-label']).toBe(name);
    expect(button!.attrs.title).toBe(name);
    expect(button!.attrs.href).toBeUndefined();
    expect(button!.attrs['data-copied']).toBeUndefined();
    expect(button!.attrs.class?.split(' ')).toContain('copyLink');
    // «Ссылка скопирована» appears only after a click.
    expect(normalizedText(button!)).toBe('');
    expectHiddenIcon(button!);
    expect($$(root, 'a')).toEqual([]);
  });

  it('adds the className prop to its own class', () => {
    browser.on = true;
    const button = $(render({id: 'x', kind: 'callout', label: 'Совет', className: 'extra'}), 'button');
    expect(button.attrs.class?.split(' ')).toEqual(['copyLink', 'extra']);
  });
});

describe('copy-link strings', () => {
  it.each(KINDS)('copyLinkName("%s", …) is «%s»', (kind, name) => {
    expect(copyLinkName(kind, 'Цены')).toBe(name);
  });

  it('gives each kind its own words', () => {
    const names = KINDS.map(([kind]) => copyLinkName(kind, 'x'));
    expect(new Set(names).size).toBe(KINDS.length);
  });

  it('names the plain link the same for every kind', () => {
    expect(plainLinkName('Стоимость')).toBe('Ссылка на „Стоимость“');
  });

  it('announces success and, on failure, gives the link to copy by hand', () => {
    expect(copyLinkStrings.copied()).toBe('Ссылка скопирована');
    expect(copyLinkStrings.failed('https://example.com/a#b')).toBe('Не удалось скопировать. Ссылка: https://example.com/a#b');
  });
});
