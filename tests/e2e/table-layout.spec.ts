import {STATUS_WORDS} from '../../src/data/ids';
import {expect, test} from './site';

test.describe('comparison table layout', () => {
  test('the height reserved for the table off screen is within 3 % of its height, so nothing below it moves', async ({page}) => {
    await page.goto('/');
    const region = page.getByRole('region', {name: /Сравнение/});
    await region.scrollIntoViewIfNeeded();
    const {reserved, actual} = await region.evaluate((el) => {
      // «auto 5400px»: the estimate the browser lays out while the table is skipped (content-visibility).
      const estimate = Number.parseFloat(getComputedStyle(el).containIntrinsicBlockSize.replace('auto', ''));
      return {reserved: estimate, actual: el.getBoundingClientRect().height};
    });
    expect(reserved).toBeGreaterThan(0);
    expect(Math.abs(reserved - actual) / actual, `reserved ${reserved} px for a table of ${actual} px`).toBeLessThan(0.03);
  });

  test('on a phone the table scrolls inside its region and the first column stays put @phone', async ({page}) => {
    await page.goto('/');
    const region = page.getByRole('region', {name: /Сравнение/});
    // Below the fold the table skips layout (content-visibility) until it is near: bring it into view, and measure
    // once the browser has laid it out.
    await region.scrollIntoViewIfNeeded();
    await expect
      .poll(() => region.evaluate((el) => el.scrollWidth > el.clientWidth), {message: 'the table is wider than the phone, so the region scrolls'})
      .toBe(true);
    await expect(region).toHaveAttribute('tabindex', '0');

    const rowHeader = region.locator('tr#row-price th[scope="row"]');
    await rowHeader.scrollIntoViewIfNeeded();
    const before = await rowHeader.boundingBox();
    await region.evaluate((el) => el.scrollBy({left: 300}));
    const after = await rowHeader.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    const firstCell = region.locator('tr#row-price td').first();
    const cellBox = await firstCell.boundingBox();
    expect(cellBox!.x, 'the data cells moved under the sticky column').toBeLessThan(before!.x + before!.width);
  });

  test('the region is reachable with the keyboard and shows focus', async ({page}) => {
    await page.goto('/');
    const region = page.getByRole('region', {name: /Сравнение/});
    await region.focus();
    await expect(region).toBeFocused();
    const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('print shows the whole table, nothing cut off @desktop @full', async ({page}) => {
    await page.goto('/');
    await page.emulateMedia({media: 'print'});
    const region = page.getByRole('region', {name: /Сравнение/});
    const {overflow, scrollWidth, clientWidth} = await region.evaluate((el) => ({
      overflow: getComputedStyle(el).overflowX,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(overflow).toBe('visible');
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(page.locator('.navbar')).toBeHidden();
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('every status is written in words next to its icon', async ({page}) => {
    await page.goto('/');
    const cells = page.locator('table td');
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    const words = Object.values(STATUS_WORDS);
    const wordless = await cells.evaluateAll(
      (tds, statusWords) => tds.filter((td) => !statusWords.some((word) => (td.textContent?.trim() ?? '').startsWith(word))).length,
      words,
    );
    expect(wordless).toBe(0);
    const icons = await page.locator('table svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-hidden')));
    expect(new Set(icons)).toEqual(new Set(['true']));
  });
});
