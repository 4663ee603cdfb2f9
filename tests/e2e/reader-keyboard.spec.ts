import {type Page} from '@playwright/test';
import {expect, test, PAGES, fullUnless, openApp} from './site';

/**
 * Keyboard only: the skip link, then a walk through every page with Tab that checks each stop —
 * named, visibly focused, not hidden under the sticky navbar or the sticky table column, in reading order.
 */

// Walking a long page or shooting it twice is slow on a busy machine; the default 30 s is tight.
test.describe.configure({timeout: 60_000});

const SKIP_LABEL = 'Перейти к содержимому';
const THEME_TOGGLE = /^Переключение между темным и светлым режимом/;
const COPY_LINK = /^Скопировать ссылку на (раздел|строку|заметку|изменение|исправление) „.+“$/;
const PLAIN_COPY_LINK = /^Ссылка на „.+“$/;
const CYRILLIC = /[а-яё]/i;

type Area = 'skip' | 'navbar' | 'sidebar' | 'main' | 'footer' | 'floating' | 'other';

interface Stop {
  index: number;
  what: string;
  name: string;
  tag: string;
  area: Area;
  inArticle: boolean;
  /** Document y of the element, or of its table row: the reading-order key. */
  readingY: number;
  ring: string;
  shadow: string;
  shown: boolean;
  /** Some visible part of it is on screen and not covered by another element. */
  uncovered: string | null;
  /** Contrast of the outline colour against the background behind it. */
  ringContrast: number | null;
}

/** Runs in the page: what the focused element is and how it looks. Marks it with data-reader-stop. */
function describeFocused(index: number): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement || el.hasAttribute('data-reader-stop')) return null;
  el.setAttribute('data-reader-stop', String(index));

  const parse = (colour: string): [number, number, number, number] | null => {
    const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  const name = (() => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length)
      return [...labels]
        .map((l) => l.textContent ?? '')
        .join(' ')
        .trim();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text || (el.getAttribute('title') ?? '').trim();
  })();

  const area: Area = el.closest('a[href="#__docusaurus_skipToContent_fallback"]')
    ? 'skip'
    : el.closest('.navbar')
      ? 'navbar'
      : el.closest('.theme-doc-sidebar-container')
        ? 'sidebar'
        : el.closest('.theme-back-to-top-button')
          ? 'floating'
          : el.closest('main')
            ? 'main'
            : el.closest('footer')
              ? 'footer'
              : 'other';

  const style = getComputedStyle(el);
  const outlineColour = parse(style.outlineColor);
  const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && (outlineColour?.[3] ?? 0) > 0;

  // The background the ring is drawn on: the nearest ancestor that paints one, else the page.
  let ringContrast: number | null = null;
  if (hasOutline && outlineColour) {
    let behind: number[] | null = null;
    for (let node = el.parentElement; node && !behind; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] > 0.5) behind = bg;
    }
    ringContrast = contrast(outlineColour, behind ?? [255, 255, 255]);
  }

  let uncovered: string | null = 'off screen';
  for (const rect of el.getClientRects()) {
    const left = Math.max(rect.left, 0);
    const top = Math.max(rect.top, 0);
    const right = Math.min(rect.right, window.innerWidth);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    if (right - left < 1 || bottom - top < 1) continue;
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (hit && (el.contains(hit) || hit.contains(el))) {
      uncovered = null;
      break;
    }
    uncovered = hit ? `covered by <${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">` : 'covered';
  }

  const row = el.closest('tr');
  return {
    index,
    what: `${el.tagName.toLowerCase()} «${name.slice(0, 60)}»`,
    name,
    tag: el.tagName.toLowerCase(),
    area,
    inArticle: !!el.closest('article'),
    readingY: (row ?? el).getBoundingClientRect().top + window.scrollY,
    ring: hasOutline ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : '',
    shadow: style.boxShadow,
    shown: el.checkVisibility({opacityProperty: true, visibilityProperty: true}),
    uncovered,
    ringContrast,
  };
}

/** Presses Tab until focus leaves the page or comes back round; returns every stop. */
async function walk(page: Page, limit = 400): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    let stop = await page.evaluate(describeFocused, i);
    if (!stop) {
      // The comparison table swaps in its interactive version when focus first reaches it and puts focus
      // back on the same control (TableIsland, aria-busy meanwhile): wait for any swap to finish before
      // deciding focus has left the page.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      stop = await page.evaluate(describeFocused, i);
    }
    if (!stop) break;
    stops.push(stop);
  }
  expect(stops.length, `Tab walk stopped at the limit of ${limit} stops`).toBeLessThan(limit);
  return stops;
}

/** The same elements' rings with nothing focused, keyed by stop index. */
async function unfocusedRings(page: Page): Promise<Record<number, {ring: string; shadow: string}>> {
  return page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const result: Record<number, {ring: string; shadow: string}> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-reader-stop]')) {
      const style = getComputedStyle(el);
      const ring =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : '';
      result[Number(el.dataset.readerStop)] = {ring, shadow: style.boxShadow};
    }
    return result;
  });
}

/** Checks shared by every walk; soft, so one run reports every kind of problem. */
async function checkWalk(page: Page, stops: Stop[], {isMobile}: {isMobile: boolean}) {
  const unfocused = await unfocusedRings(page);

  const noIndicator = stops
    .filter((s) => {
      const before = unfocused[s.index];
      const ringShows = s.ring !== '' && s.ring !== before?.ring;
      const shadowShows = s.shadow !== 'none' && s.shadow !== before?.shadow;
      return !(ringShows || shadowShows);
    })
    .map((s) => `${s.index}: ${s.what} (outline «${s.ring || 'none'}», shadow «${s.shadow}»)`);
  expect.soft(noIndicator, 'stops whose focused style does not differ from the unfocused one').toEqual([]);

  const weakRing = stops
    .filter((s) => s.ringContrast !== null && s.ringContrast < 3)
    .map((s) => `${s.index}: ${s.what} ${s.ringContrast!.toFixed(2)}:1`);
  expect.soft(weakRing, 'focus rings below 3:1 against what is behind them (WCAG 1.4.11)').toEqual([]);

  const invisible = stops.filter((s) => !s.shown).map((s) => `${s.index}: ${s.what}`);
  expect.soft(invisible, 'stops that are transparent or hidden while focused').toEqual([]);

  const covered = stops.filter((s) => s.uncovered !== null).map((s) => `${s.index}: ${s.what} — ${s.uncovered}`);
  expect
    .soft(
      covered,
      'focused controls hidden under the sticky navbar or the sticky first table column, or left off screen (WCAG 2.4.11); ' +
        "the browser scrolls focus into view only as far as scroll-margin-top (navbar) and the table region's scroll-padding-left (first column) tell it",
    )
    .toEqual([]);

  const unnamed = stops.filter((s) => s.name === '').map((s) => `${s.index}: ${s.what}`);
  expect.soft(unnamed, 'stops without an accessible name').toEqual([]);
  const notRussian = stops.filter((s) => s.tag !== 'a' && s.tag !== 'div' && !CYRILLIC.test(s.name)).map((s) => `${s.index}: ${s.what}`);
  expect.soft(notRussian, 'controls whose name is not in Russian').toEqual([]);

  // Reading order inside the article: each stop starts no higher than the one before (table cells by row).
  const article = stops.filter((s) => s.inArticle);
  const backwards: string[] = [];
  for (const [i, s] of article.entries()) {
    const before = article[i - 1];
    if (before && s.readingY < before.readingY - 4)
      backwards.push(`${s.what} at y=${Math.round(s.readingY)} after ${before.what} at y=${Math.round(before.readingY)}`);
  }
  // (A jump back to the table region after its first links means the table's interactive version put focus back
  // where it was when it started loading instead of where it is now.)
  expect.soft(backwards, 'Tab stops in the article that jump back up the page').toEqual([]);

  // Areas in order: skip link, navbar, sidebar (wide screens), main, footer — each once.
  const areas = stops.map((s) => s.area).filter((a) => a !== 'floating');
  expect
    .soft(
      areas.filter((a, i) => a !== areas[i - 1]),
      'Tab order by page area',
    )
    .toEqual(isMobile ? ['skip', 'navbar', 'main', 'footer'] : ['skip', 'navbar', 'sidebar', 'main', 'footer']);

  const positive = await page
    .locator('[tabindex]')
    .evaluateAll((els) => els.filter((el) => Number(el.getAttribute('tabindex')) > 0).map((el) => el.outerHTML.slice(0, 80)));
  expect.soft(positive, 'elements with a positive tabindex').toEqual([]);
}

test.describe('skip link', () => {
  test('is the first Tab stop, reads «Перейти к содержимому», shows when focused and moves focus to the main content', async ({page}) => {
    await openApp(page, '/whatsapp');
    const skip = page.getByRole('link', {name: SKIP_LABEL, exact: true});
    await expect(skip).toBeAttached();
    const box = await skip.boundingBox();
    expect(!box || box.x + box.width <= 0 || box.x >= page.viewportSize()!.width, 'off screen until focused').toBe(true);

    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ratio: 1});
    await expect(skip).toBeVisible();
    const {color, background} = await skip.evaluate((el) => ({color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor}));
    expect(color, 'text and background differ').not.toBe(background);

    // The theme focuses <main> and drops its temporary tabindex at once, so Chrome hands focus back to <body>
    // but keeps <main> as the point where Tab continues: the next stop is the first control of the content.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement;
      const candidates = document.querySelector('main')?.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]') ?? [];
      const first = [...candidates].find((c) => c.checkVisibility());
      return {inMain: !!el?.closest('main'), first: el === first, scrolledTo: (el?.getBoundingClientRect().top ?? -1) >= 0};
    });
    expect(next, 'the next Tab stop after the skip link is the first control of the main content').toEqual({
      inMain: true,
      first: true,
      scrolledTo: true,
    });
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('is still the first stop and jumps past the navbar', async ({page, isMobile}) => {
      await page.goto('/whatsapp');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', {name: SKIP_LABEL, exact: true});
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport({ratio: 1});
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#__docusaurus_skipToContent_fallback$/);
      await page.keyboard.press('Tab');
      // Without JavaScript the link can only point at the theme's wrapper, which also holds the sidebar on wide screens.
      const next = await page.evaluate(() => {
        const el = document.activeElement;
        return {inWrapper: !!el?.closest('#__docusaurus_skipToContent_fallback'), inMain: !!el?.closest('main'), inNavbar: !!el?.closest('.navbar')};
      });
      expect(next).toEqual({inWrapper: true, inMain: isMobile, inNavbar: false});
    });
  });
});

/** Buttons of the page's own tools: copying a ready answer (/answers), the chooser's form (/choose), copying any page as Markdown. */
const PAGE_CONTROL = /^(Скопировать ответ на вопрос „.+“|Показать рекомендацию|Начать заново|Скопировать как Markdown)$/;

for (const {path, hasTable} of PAGES) {
  test(`${path}: every Tab stop is named, shows focus, stays uncovered, follows reading order${fullUnless(path, ['/'])}`, async ({
    page,
    isMobile,
  }) => {
    await openApp(page, path);
    // The table's rows get their copy buttons when the table is first reached (FeatureTable/TableIsland.tsx);
    // a pointer passing over it does that here, so the walk meets the interactive table everywhere.
    if (hasTable) {
      await page.locator('table').first().dispatchEvent('pointerover');
      await page.locator('table button').first().waitFor({state: 'attached'});
    }
    const stops = await walk(page);
    await checkWalk(page, stops, {isMobile});

    // The controls the brief names: the search box, the theme toggle (wide screens: in the navbar), every copy-link button.
    await expect(page.locator('.navbar').getByRole('combobox', {name: 'Поиск по справочнику', exact: true})).toHaveAttribute(
      'data-reader-stop',
      /\d+/,
    );
    if (!isMobile) await expect(page.getByRole('button', {name: THEME_TOGGLE})).toHaveAttribute('data-reader-stop', /\d+/);
    // Every usable button of the content (not disabled, not in a hidden chooser result) is reached.
    const copyButtons = await page
      .locator('article button:not(.theme-doc-toc-mobile button):not([disabled])')
      .evaluateAll((buttons) =>
        buttons
          .filter((b) => b.checkVisibility({visibilityProperty: true}))
          .map((b) => ({name: b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '', reached: b.hasAttribute('data-reader-stop')})),
      );
    expect(copyButtons.length, 'every page has copy-link buttons').toBeGreaterThan(0);
    expect(copyButtons.filter((b) => !b.reached || !(COPY_LINK.test(b.name) || PAGE_CONTROL.test(b.name)))).toEqual([]);
  });
}

test.describe('dark theme', () => {
  test.use({colorScheme: 'dark'});

  test('/ : focus rings show and contrast in the dark theme too @desktop @full', async ({page, isMobile}) => {
    await openApp(page, '/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await checkWalk(page, await walk(page), {isMobile});
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('/ : the plain copy links and the table region are reachable and show focus @desktop @full', async ({page, isMobile}) => {
    await page.goto('/');
    const stops = await walk(page);
    await checkWalk(page, stops, {isMobile});
    const plain = await page
      .locator('article a[href^="#"][aria-label]')
      .evaluateAll((links) => links.map((a) => ({name: a.getAttribute('aria-label') ?? '', reached: a.hasAttribute('data-reader-stop')})));
    expect(plain.length).toBeGreaterThan(0);
    const FOOTNOTE = /^(примечание \d+|Вернуться к ячейке с примечанием \d+)$/;
    expect(plain.filter((a) => !a.reached || !(PLAIN_COPY_LINK.test(a.name) || FOOTNOTE.test(a.name)))).toEqual([]);
    expect(plain.filter((a) => PLAIN_COPY_LINK.test(a.name)).length, 'plain copy links for headings, rows and notes').toBeGreaterThan(10);
  });
});

test('the theme toggle is reached with Tab, named in Russian and switches the theme with Enter', async ({page, isMobile}) => {
  await openApp(page, '/whatsapp');
  if (isMobile) {
    // On a phone the toggle lives in the navigation panel behind the menu button.
    const menu = page.getByRole('button', {name: 'Переключить навигационную панель'});
    for (let i = 0; i < 5 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
  }
  const toggle = page.getByRole('button', {name: THEME_TOGGLE}).filter({visible: true});
  for (let i = 0; i < 30 && !(await toggle.evaluate((el) => el === document.activeElement).catch(() => false)); i++) await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  const before = await page.locator('html').getAttribute('data-theme');
  const nameBefore = await toggle.getAttribute('aria-label');
  await page.keyboard.press('Enter');
  await expect(toggle).not.toHaveAttribute('aria-label', nameBefore!);
  await expect(toggle).toHaveAttribute('aria-label', THEME_TOGGLE);
  if ((await page.locator('html').getAttribute('data-theme')) === before) {
    // From «как в системе» the first press picks the theme already shown; the second switches it.
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before!);
});
