import {copyFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {PAGES} from './site';

/**
 * A full-page screenshot of every page at 1280 px (desktop project) and 360 px (phone project), light and dark,
 * kept as test artifacts: test-results/<test>/<project>-<theme>-<page>.png (attached to the report) and a copy
 * in .tmp/reader-screens/ (both ignored by git).
 * Not compared with stored images; each run checks what a screenshot shows that a broken page would not.
 */

// Walking a long page or shooting it twice is slow on a busy machine; the default 30 s is tight.
test.describe.configure({timeout: 60_000});

/** Opens a page and waits for React to take it over (scripts start after the first paint, so after networkidle on a busy machine). */
async function open(page: Page, path: string) {
  await page.goto(path, {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

const KEEP = '.tmp/reader-screens';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): {width: number; height: number} {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

function luminance(colour: string): number {
  const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!m) throw new Error(`unparsed colour ${colour}`);
  // Transparent means the canvas shows through: white.
  if (m[4] !== undefined && Number(m[4]) === 0) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const {path} of PAGES) {
  test(`${path}: full-page screenshots, light then dark, whole width @full`, async ({page}, testInfo) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The theme follows the system setting until the reader picks one; a fresh load in each.
      await page.emulateMedia({colorScheme});
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await page.evaluate(() => document.fonts.ready);
      const state = await page.evaluate(() => ({
        brokenImages: [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src),
        fonts: document.fonts.status,
        background: getComputedStyle(document.documentElement).backgroundColor,
        bodyBackground: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('article p') ?? document.body).color,
        height: document.documentElement.scrollHeight,
      }));
      expect(state.brokenImages, 'images that did not load').toEqual([]);
      expect(state.fonts).toBe('loaded');
      const background = luminance(state.bodyBackground) !== 1 ? state.bodyBackground : state.background;
      if (colorScheme === 'dark') {
        expect(luminance(background), `dark page background (${background})`).toBeLessThan(0.05);
        expect(luminance(state.text), `light text (${state.text})`).toBeGreaterThan(0.6);
      } else {
        expect(luminance(background), `light page background (${background})`).toBeGreaterThan(0.9);
        expect(luminance(state.text), `dark text (${state.text})`).toBeLessThan(0.05);
      }

      const name = `${testInfo.project.name}-${colorScheme}-${path === '/' ? 'index' : path.slice(1)}.png`;
      const file = testInfo.outputPath(name);
      const png = await page.screenshot({path: file, fullPage: true, animations: 'disabled'});
      await testInfo.attach(name, {path: file, contentType: 'image/png'});
      // test-results/ is emptied by every Playwright run; this copy stays until the next run of this spec.
      mkdirSync(KEEP, {recursive: true});
      copyFileSync(file, join(KEEP, name));

      const scale = testInfo.project.use.deviceScaleFactor ?? 1;
      const viewport = page.viewportSize()!;
      const size = pngSize(png);
      expect(size.width, 'the full page is exactly as wide as the screen: nothing sticks out').toBe(viewport.width * scale);
      expect(size.height, 'the screenshot covers the whole page').toBeGreaterThanOrEqual(Math.max(state.height, viewport.height) * scale - scale);
      expect(png.byteLength, 'a screenshot with content in it').toBeGreaterThan(20_000);
    }
  });
}
