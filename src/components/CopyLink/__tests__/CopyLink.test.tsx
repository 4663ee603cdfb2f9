import {renderToStaticMarkup} from 'react-dom/server';
import {load, type Cheerio, type Element} from 'cheerio';
import {normalizedText, one} from '@site/tests/unit/cheerio-helpers';
import CopyLink, {type CopyLinkProps} from '..';
import {copyLinkName, copyLinkStrings, plainLinkName, type LinkTargetKind} from '../strings';

/** The unit-test stub renders as the server does; a test can switch to the browser branch. */
const browser = vi.hoisted(() => ({on: false}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.on}));

afterEach(() => {
  browser.on = false;
});

const render = (props: CopyLinkProps) => load(renderToStaticMarkup(<CopyLink {...props} />), null, false);

/** Written out here (not imported from strings.ts), so a changed wording fails the test. */
const KINDS: readonly (readonly [LinkTargetKind, string])[] = [
  ['section', 'Скопировать ссылку на раздел „Цены“'],
  ['row', 'Скопировать ссылку на строку „Цены“'],
  ['callout', 'Скопировать ссылку на заметку „Цены“'],
  ['change', 'Скопировать ссылку на изменение „Цены“'],
];

function expectHiddenIcon(control: Cheerio<Element>): void {
  const svg = one(control, 'svg');
  expect(svg.attr('aria-hidden')).toBe('true');
  expect(svg.attr('focusable')).toBe('false');
}

describe('<CopyLink> on the server (and without JavaScript)', () => {
  it.each(KINDS.map(([kind]) => kind))('kind="%s" is a plain link to #id, named after the label', (kind) => {
    const $ = render({id: 'pricing', kind, label: 'Цены'});
    const a = $.root().children();
    expect(a.toArray().map((el) => el.tagName)).toEqual(['a']);
    expect(a.attr('href')).toBe('#pricing');
    expect(a.attr('aria-label')).toBe('Ссылка на „Цены“');
    expect(a.attr('class')?.split(' ')).toContain('copyLink');
    // No visible text and nothing that only works with JavaScript.
    expect(normalizedText(a)).toBe('');
    expect(a.attr('type')).toBeUndefined();
    expect(a.attr('title')).toBeUndefined();
    expectHiddenIcon(a);
    expect($('button')).toHaveLength(0);
  });

  it('adds the className prop to its own class', () => {
    const a = one(render({id: 'x', kind: 'callout', label: 'Совет', className: 'extra'}), 'a');
    expect(a.attr('class')?.split(' ')).toEqual(['copyLink', 'extra']);
  });

  it('keeps quotes and ampersands in the label intact', () => {
    const a = one(render({id: 'q', kind: 'row', label: 'API & "вебхуки"'}), 'a');
    expect(a.attr('aria-label')).toBe('Ссылка на „API & "вебхуки"“');
  });
});

describe('<CopyLink> in the browser', () => {
  it.each(KINDS)('kind="%s" is a button named «%s»', (kind, name) => {
    browser.on = true;
    const $ = render({id: 'pricing', kind, label: 'Цены'});
    const button = $.root().children();
    expect(button.toArray().map((el) => el.tagName)).toEqual(['button']);
    expect(button.attr('type')).toBe('button');
    expect(button.attr('aria-label')).toBe(name);
    expect(button.attr('title')).toBe(name);
    expect(button.attr('href')).toBeUndefined();
    expect(button.attr('data-copied')).toBeUndefined();
    expect(button.attr('class')?.split(' ')).toContain('copyLink');
    // «Ссылка скопирована» appears only after a click.
    expect(normalizedText(button)).toBe('');
    expectHiddenIcon(button);
    expect($('a')).toHaveLength(0);
  });

  it('adds the className prop to its own class', () => {
    browser.on = true;
    const button = one(render({id: 'x', kind: 'callout', label: 'Совет', className: 'extra'}), 'button');
    expect(button.attr('class')?.split(' ')).toEqual(['copyLink', 'extra']);
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
