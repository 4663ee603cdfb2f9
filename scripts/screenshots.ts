/**
 * Screenshots of every page (the sidebar's, site-pages.ts) for a human look: desktop, phone, dark.
 * Usage: npx tsx scripts/screenshots.ts [baseUrl] [outDir]; PAGES=/,/choose limits the pages, FULL=1 takes whole pages.
 */
import {mkdirSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {sitePages} from '../site-pages';
import {CHROMIUM_LAUNCH} from './ensure-chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? '.tmp/screenshots';
const pages = process.env.PAGES?.split(',') ?? sitePages().map((page) => page.path);
const variants = [
  {name: 'desktop', viewport: {width: 1280, height: 900}, colorScheme: 'light' as const},
  {name: 'phone', viewport: {width: 360, height: 740}, colorScheme: 'light' as const, isMobile: true, hasTouch: true, deviceScaleFactor: 1},
  {name: 'dark', viewport: {width: 1280, height: 900}, colorScheme: 'dark' as const},
];

async function main(): Promise<void> {
  mkdirSync(out, {recursive: true});
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  for (const {name, ...options} of variants) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path, {waitUntil: 'networkidle'});
      const file = `${out}/${name}${path === '/' ? '-index' : path.replaceAll('/', '-')}.png`;
      await page.screenshot({path: file, fullPage: process.env.FULL === '1'});
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
