/**
 * No DOM is installed for unit tests, so the few browser objects these functions touch are
 * replaced by small fakes; the browser tests cover the real thing.
 */
import {announce, copyText, LIVE_REGION_ID} from '../clipboard';

interface FakeTextarea {
  value: string;
  style: Record<string, string>;
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
  select(): void;
  remove(): void;
  selected: boolean;
  removed: boolean;
}

function fakeTextarea(): FakeTextarea {
  return {
    value: '',
    style: {},
    attributes: {},
    setAttribute(name, value) {
      this.attributes[name] = value;
    },
    select() {
      this.selected = true;
    },
    remove() {
      this.removed = true;
    },
    selected: false,
    removed: false,
  };
}

/** A document with just what the fallback uses; `execCommand` decides whether copying works. */
function fakeDocument(execCommand: () => boolean) {
  const areas: FakeTextarea[] = [];
  const appended: unknown[] = [];
  const doc = {
    createElement: vi.fn((tag: string) => {
      expect(tag).toBe('textarea');
      const area = fakeTextarea();
      areas.push(area);
      return area;
    }),
    body: {appendChild: (node: unknown) => appended.push(node)},
    execCommand: vi.fn((command: string) => {
      expect(command).toBe('copy');
      // At the moment of copying, the text is in a selected, attached textarea.
      expect(appended).toEqual(areas);
      expect(areas[0]!.selected).toBe(true);
      return execCommand();
    }),
  };
  vi.stubGlobal('document', doc);
  return {doc, areas};
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', {clipboard: {writeText}});
    const {doc} = fakeDocument(() => true);
    await expect(copyText('https://example.com/#x')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://example.com/#x');
    expect(doc.createElement).not.toHaveBeenCalled();
  });

  it.each([
    ['refuses', {clipboard: {writeText: async () => Promise.reject(new Error('NotAllowedError'))}}],
    ['is missing', {}],
  ])('falls back to a hidden textarea when the Clipboard API %s', async (_, navigatorStub) => {
    vi.stubGlobal('navigator', navigatorStub);
    const {doc, areas} = fakeDocument(() => true);
    await expect(copyText('https://example.com/#y')).resolves.toBe(true);
    expect(doc.execCommand).toHaveBeenCalledTimes(1);
    expect(areas).toHaveLength(1);
    const area = areas[0]!;
    expect(area.value).toBe('https://example.com/#y');
    expect(area.attributes.readonly).toBe('');
    expect(area.style).toEqual({position: 'fixed', opacity: '0'});
    expect(area.removed).toBe(true);
  });

  it('reports failure when the fallback cannot copy either, and still removes the textarea', async () => {
    vi.stubGlobal('navigator', {});
    const refused = fakeDocument(() => false);
    await expect(copyText('a')).resolves.toBe(false);
    expect(refused.areas[0]!.removed).toBe(true);

    const throwing = fakeDocument(() => {
      throw new Error('execCommand is gone');
    });
    await expect(copyText('b')).resolves.toBe(false);
    expect(throwing.areas[0]!.removed).toBe(true);
  });
});

describe('announce', () => {
  it('clears the live region, then speaks the message, so a repeat is read again', () => {
    vi.useFakeTimers();
    const region = {textContent: 'Ссылка скопирована'};
    const getElementById = vi.fn(() => region);
    vi.stubGlobal('document', {getElementById});
    vi.stubGlobal('window', {setTimeout: globalThis.setTimeout});
    announce('Ссылка скопирована');
    expect(getElementById).toHaveBeenCalledWith(LIVE_REGION_ID);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(region.textContent).toBe('Ссылка скопирована');
  });

  it('does nothing when the page has no live region', () => {
    vi.stubGlobal('document', {getElementById: () => null});
    expect(() => announce('x')).not.toThrow();
  });
});
