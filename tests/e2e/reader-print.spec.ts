import {type Page} from '@playwright/test';
import {expect, test, PAGES, openApp, fullUnless} from './site';

/**
 * Print and PDF (src/css/print.css): only the article, the comparison table whole at paper width,
 * sources with their address, dark ink on white paper in either theme. Chromium prints only in
 * desktop mode, so these run in the desktop project.
 */

/** Characters of article text an A4 sheet holds at the least, tables and callouts included (about 2,500 in running text). */
const PRINTED_CHARS_PER_PAGE = 1000;

/** A4 minus the @page margins of print.css (12 mm left and right), in CSS pixels: 186 mm × 96 / 25.4. */
const PAPER_CONTENT_WIDTH = 703;

/** Screen-only parts of the page, each of which must exist on screen and vanish in print. */
const SCREEN_ONLY = {
  navbar: '.navbar',
  sidebar: '.theme-doc-sidebar-container',
  footer: '.footer',
  search: 'form[role="search"]',
  'theme toggle': 'button[aria-label^="Переключение между темным и светлым режимом"]',
  'skip link': 'a[href="#__docusaurus_skipToContent_fallback"]',
  'copy-link buttons': 'article button[aria-label^="Скопировать ссылку"]',
  'previous/next links': '.pagination-nav',
} as const;

/** Also hidden in print, but present only on some pages or at some widths. */
const ALSO_HIDDEN = ['.theme-doc-toc-desktop', '.theme-doc-toc-mobile', '.theme-back-to-top-button', '.navbar-sidebar'];

async function shown(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) => els.map((el) => el.checkVisibility({opacityProperty: false, visibilityProperty: true})));
}

/** Pages in the PDF, from the page tree's /Count. */
function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  return Math.max(0, ...counts);
}

/**
 * Print is one stylesheet for every page: `npm test` prints the overview (the full table, callouts); `npm run test:full`
 * prints every page.
 */
const tier = (path: string) => fullUnless(path, ['/']);

for (const {path, hasTable} of PAGES) {
  test(`${path}: print shows the article alone, the table whole, sources with their address, and makes a PDF @desktop${tier(path)}`, async ({
    page,
  }, testInfo) => {
    await openApp(page, path);

    // Wide screen: the sidebar and the rest are there on screen, gone in print.
    for (const [what, selector] of Object.entries(SCREEN_ONLY)) {
      expect((await shown(page, selector)).length, `${what} exists on screen (${selector})`).toBeGreaterThan(0);
    }
    await page.emulateMedia({media: 'print'});
    for (const [what, selector] of [...Object.entries(SCREEN_ONLY), ...ALSO_HIDDEN.map((s) => [s, s])]) {
      expect(await shown(page, selector!), `${what} is hidden in print`).not.toContain(true);
    }
    await expect(page.locator('article h1')).toBeVisible();

    // Paper width: the layout the browser prints.
    await page.setViewportSize({width: PAPER_CONTENT_WIDTH, height: 1000});
    for (const selector of [...Object.values(SCREEN_ONLY), ...ALSO_HIDDEN]) {
      expect(await shown(page, selector), `${selector} is hidden in print at paper width`).not.toContain(true);
    }
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, 'nothing sticks out sideways at paper width').toBeLessThanOrEqual(0);
    const article = await page.locator('article').boundingBox();
    expect(article!.width, 'the article takes the width of the sheet').toBeGreaterThan(PAPER_CONTENT_WIDTH * 0.9);

    if (hasTable) {
      const table = await page
        .locator('article table')
        .first()
        .evaluate((el) => {
          const box = el.getBoundingClientRect();
          const clippers: string[] = [];
          for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (
              (style.overflowX !== 'visible' || style.overflowY !== 'visible') &&
              (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
            ) {
              clippers.push(`${node.tagName.toLowerCase()}.${node.className} (overflow ${style.overflowX}/${style.overflowY})`);
            }
          }
          const sticky = [...el.querySelectorAll('*')].filter((c) => getComputedStyle(c).position === 'sticky').length;
          const rows = [...el.querySelectorAll('tr')];
          return {
            right: box.right,
            clippers,
            sticky,
            rows: rows.length,
            hiddenRows: rows.filter((r) => !r.checkVisibility({contentVisibilityAuto: true}) || r.getBoundingClientRect().height === 0).length,
          };
        });
      expect(table.clippers, 'no ancestor clips or scrolls the table').toEqual([]);
      expect(table.right, 'the table fits the width of the sheet').toBeLessThanOrEqual(article!.x + article!.width + 1);
      expect(table.sticky, 'no sticky cells in print').toBe(0);
      expect(table.rows).toBeGreaterThan(1);
      expect(table.hiddenRows, 'every row is printed').toBe(0);
    }

    // Addresses after external links in the text, not in the table cells, never after internal links.
    const links = await page.locator('article a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: (a.textContent ?? '').trim(),
        inTable: !!a.closest('table'),
        after: getComputedStyle(a, '::after').content,
      })),
    );
    const external = links.filter((l) => /^https?:/.test(l.href));
    expect(external.length, 'every page cites sources').toBeGreaterThan(0);
    for (const link of external) {
      if (link.inTable) expect(link.after, `table source «${link.text}» prints without its address`).toMatch(/^(none|normal)$/);
      else expect(link.after, `«${link.text}» prints its address`).toBe(`" (${link.href})"`);
    }
    for (const link of links.filter((l) => !/^https?:/.test(l.href))) {
      expect(link.after, `internal link «${link.text}» prints no address`).toMatch(/^(none|normal)$/);
    }
    // print.css cannot tell when a link's text already is its address; the site's sources always have a title.
    const bare = external.filter(
      (l) => l.text.replace(/^https?:\/\//, '').replace(/\/$/, '') === l.href.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    );
    expect(
      bare.map((l) => l.href),
      'links whose text is their address would print it twice: give them a title',
    ).toEqual([]);

    const pdf = await page.pdf({format: 'A4'});
    await testInfo.attach(`print${path === '/' ? '-index' : path.replace(/\//g, '-')}.pdf`, {body: pdf, contentType: 'application/pdf'});
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.byteLength, 'a PDF with text in it').toBeGreaterThan(30_000);
    const pages = pdfPageCount(pdf);
    expect(pages, 'a sane number of A4 pages').toBeGreaterThanOrEqual(hasTable ? 2 : 1);
    // A layout fault (a table row or a callout per sheet) multiplies the sheets; more text only adds to them: at least
    // PRINTED_CHARS_PER_PAGE characters of the article per sheet, on average, plus the first and the last.
    const chars = (await page.locator('article').innerText()).length;
    testInfo.annotations.push({type: 'print', description: `${pages} sheets for ${chars} characters`});
    expect(pages, `a sane number of A4 pages for ${chars} characters of text`).toBeLessThanOrEqual(Math.ceil(chars / PRINTED_CHARS_PER_PAGE) + 2);
  });
}

/** WCAG contrast of a computed CSS colour against white paper (a translucent colour is laid over white first). */
function contrastOnWhite(colour: string): number {
  const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!m) throw new Error(`unparsed colour ${colour}`);
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  const channel = (v: string) => {
    const c = (Number(v) * alpha + 255 * (1 - alpha)) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
  return 1.05 / (lum + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`print in the ${colorScheme} theme`, () => {
    test.use({colorScheme});

    for (const {path} of PAGES) {
      test(`${path}: every piece of text is dark ink on white paper @desktop${colorScheme === 'dark' ? tier(path) : ' @full'}`, async ({page}) => {
        await openApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await page.emulateMedia({media: 'print'});
        const samples = await page.evaluate(() => {
          const out: {text: string; color: string; background: string}[] = [];
          const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
          const seen = new Set<Element>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || seen.has(el) || !node.textContent?.trim() || !el.checkVisibility({visibilityProperty: true})) continue;
            if (el.closest('.site-visually-hidden')) continue;
            seen.add(el);
            const style = getComputedStyle(el);
            out.push({text: node.textContent.trim().slice(0, 40), color: style.color, background: style.backgroundColor});
          }
          const page = [document.documentElement, document.body, document.querySelector('main')!].map((e) => getComputedStyle(e).backgroundColor);
          return {out, page};
        });
        expect(samples.out.length).toBeGreaterThan(20);
        const faint = samples.out
          .filter((s) => contrastOnWhite(s.color) < 4.5)
          .map((s) => `«${s.text}» ${s.color} ${contrastOnWhite(s.color).toFixed(2)}:1`);
        expect(faint, 'text below 4.5:1 on white paper').toEqual([]);
        // If «background graphics» is switched on, nothing dark is printed behind the text either.
        const darkBackgrounds = [...samples.page, ...samples.out.map((s) => s.background)].filter(
          (bg) => !/^rgba\(\d+, \d+, \d+, 0\)$/.test(bg) && contrastOnWhite(bg) > 1.6,
        );
        expect(darkBackgrounds, 'dark backgrounds in print').toEqual([]);
      });
    }
  });
}
