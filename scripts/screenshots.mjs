#!/usr/bin/env node
/** Screenshots of every page for a human look: desktop, phone, dark. Usage: node scripts/screenshots.mjs [baseUrl] [outDir] */
import {chromium} from '@playwright/test';
import {CHROMIUM_LAUNCH} from './ensure-chromium.mjs';
import {mkdirSync} from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? '.tmp/screenshots';
const pages = (process.env.PAGES ?? '/,/whatsapp,/whatsapp-business,/whatsapp-business-api,/integrations,/glossary,/changes').split(',');
mkdirSync(out, {recursive: true});
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const variants = [
  {name: 'desktop', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  {name: 'phone', viewport: {width: 360, height: 740}, colorScheme: 'light', isMobile: true, hasTouch: true, deviceScaleFactor: 1},
  {name: 'dark', viewport: {width: 1280, height: 900}, colorScheme: 'dark'},
];
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
