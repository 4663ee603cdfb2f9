import {describe, expect, it} from 'vitest';
import {LOADER, SCRIPT_LIST_ID, moveScriptsAfterPaint, scriptList} from '../scripts-after-paint';

const PAGE =
  '<!doctype html><html><head><script src=/assets/js/runtime~main.1a.js defer></script>' +
  '<script src=/assets/js/main.2b.js defer></script></head><body><div id=__docusaurus><p>Текст</p></div></body></html>';

describe('scripts after the first paint', () => {
  it('replaces the entry scripts with one loader at the end of the body, keeping their order', () => {
    const html = moveScriptsAfterPaint(PAGE, 'index.html');
    expect(html).not.toMatch(/<script src=/);
    expect(html).toContain(`${scriptList(['/assets/js/runtime~main.1a.js', '/assets/js/main.2b.js'])}${LOADER}</body>`);
    expect(html).toContain(
      `<script type="application/json" id="${SCRIPT_LIST_ID}">["/assets/js/runtime~main.1a.js","/assets/js/main.2b.js"]</script>`,
    );
    expect(html.indexOf('<p>Текст</p>')).toBeLessThan(html.indexOf('PerformanceObserver'));
  });

  it('loads in order (async=false) once, after the first contentful paint, or at once in a background tab', () => {
    const loader = LOADER;
    expect(loader).toContain(`JSON.parse(document.getElementById("${SCRIPT_LIST_ID}").textContent).forEach`);
    expect(loader).toContain('s.async=false');
    expect(loader).toContain('if(started)return;started=true;');
    expect(loader).toContain('getEntriesByName("first-contentful-paint")');
    expect(loader).toContain('if(document.visibilityState!=="visible"||!window.PerformanceObserver)return load();');
    expect(loader).toContain('setTimeout(load,3000)');
  });

  it('runs: starts the scripts once, after the paint entry, in a minimal DOM stand-in', () => {
    const appended: string[] = [];
    let observer: ((list: {getEntriesByName(name: string): unknown[]}) => void) | undefined;
    const timers: (() => void)[] = [];
    const code = LOADER.replace(/^<script>|<\/script>$/g, '');
    const run = new Function('document', 'window', 'PerformanceObserver', 'setTimeout', code);
    class FakeObserver {
      constructor(callback: typeof observer) {
        observer = callback;
      }
      observe() {}
    }
    const list = {textContent: '["/a.js","/b.js"]'};
    const document = {
      visibilityState: 'visible',
      getElementById: (id: string) => (id === SCRIPT_LIST_ID ? list : null),
      createElement: () => ({}),
      head: {appendChild: (s: {src: string}) => appended.push(s.src)},
    };
    run(document, {PerformanceObserver: FakeObserver}, FakeObserver, (fn: () => void) => timers.push(fn));
    expect(appended).toEqual([]);
    observer!({getEntriesByName: () => []});
    expect(appended).toEqual([]);
    observer!({getEntriesByName: () => [{}]});
    expect(appended).toEqual(['/a.js', '/b.js']);
    timers.forEach((fn) => fn());
    expect(appended).toEqual(['/a.js', '/b.js']);
  });

  it('accepts quoted attributes too', () => {
    const html = moveScriptsAfterPaint(
      '<head><script src="/assets/js/main.2b.js" defer></script></head><body><div id=__docusaurus></div></body>',
      'x.html',
    );
    expect(html).toContain('["/assets/js/main.2b.js"]');
  });

  it('leaves a redirect page, which has no app, as it is', () => {
    const redirect = '<html><head><meta http-equiv="refresh" content="0; url=/whatsapp"></head><body></body></html>';
    expect(moveScriptsAfterPaint(redirect, 'go/x/index.html')).toBe(redirect);
  });

  it('fails naming the file when an app page has no entry script it recognises', () => {
    expect(() => moveScriptsAfterPaint('<body><div id=__docusaurus></div><script type=module src=/m.js></script></body>', 'whatsapp.html')).toThrow(
      /^whatsapp\.html: no entry <script src=… defer> found; .* UPGRADING\.md «Scripts start after the first paint»$/,
    );
  });
});
