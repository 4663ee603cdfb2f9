#!/usr/bin/env node
/**
 * Link-preview images (Open Graph / Twitter cards): one 1200×630 PNG per page in static/og/<doc>.png.
 * Usage: node scripts/og-images.mjs
 *
 * Reads each page's `title` from the front matter of docs/*.mdx, so re-run it whenever a title changes
 * (tests/unit/og-images.test.ts fails until you do: the title is stored in the PNG's iTXt "Title" chunk).
 * Renders a self-contained HTML card (system fonts only, no network) with Debian's Chromium.
 */
import {chromium} from '@playwright/test';
import matter from 'gray-matter';
import {CHROMIUM_LAUNCH} from './ensure-chromium.mjs';
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs');
const outDir = path.join(root, 'static/og');
const WIDTH = 1200;
const HEIGHT = 630;
const SITE_NAME = 'WhatsApp для бизнеса';

/** One short line under the title. A page missing here gets its description, cut to one line. */
const SUBTITLES = {
  index: 'Сравнение трёх вариантов и что выбрать компании',
  whatsapp: 'Личный мессенджер: без API и интеграций',
  'whatsapp-business': 'Профиль компании, каталог, быстрые ответы, ярлыки',
  'whatsapp-business-api': 'Cloud API, провайдеры, шаблоны, окно 24 часа',
  integrations: 'Официальная и неофициальная интеграция с CRM',
  glossary: 'API, BSP, WABA, шаблоны, окно 24 часа и другие',
  changes: 'Cloud API, сосуществование, цены, лимиты — по датам',
  russia: 'Блокировка, закон 41-ФЗ и статус Meta — по датам',
};

function truncate(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.:;—–-]+$/, '')}…`;
}

const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The site logo with its colours swapped, so it reads on the green band. */
function invertedLogo() {
  const svg = readFileSync(path.join(root, 'static/img/logo.svg'), 'utf8')
    .replaceAll('#00704a', '@GREEN@')
    .replaceAll('#fff', '#00704a')
    .replaceAll('@GREEN@', '#fff');
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function cardHtml({title, subtitle, logo}) {
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; background: #fff; }
  body { font-family: 'DejaVu Sans', sans-serif; color: #1c1e21; display: flex; flex-direction: column; }
  .band { height: 104px; flex: none; background: #00704a; color: #fff; display: flex; align-items: center; gap: 22px; padding: 0 72px; }
  .band img { width: 56px; height: 56px; }
  .band span { font-size: 36px; font-weight: bold; letter-spacing: 0.2px; }
  main { flex: 1; display: flex; flex-direction: column; padding: 44px 72px 48px; min-height: 0; }
  .title-box { flex: 1; min-height: 0; display: flex; align-items: center; }
  h1 { font-size: 88px; line-height: 1.1; font-weight: bold; letter-spacing: -1px; overflow-wrap: break-word; hyphens: manual; }
  p { flex: none; margin-top: 28px; font-size: 36px; line-height: 1.25; color: #3b4a43; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .rule { flex: none; height: 14px; background: #00704a; }
</style></head><body>
  <div class="band"><img src="${logo}" alt=""><span>${escapeHtml(SITE_NAME)}</span></div>
  <main><div class="title-box"><h1>${escapeHtml(title)}</h1></div><p>${escapeHtml(subtitle)}</p></main>
  <div class="rule"></div>
</body></html>`;
}

// --- PNG text chunk: records the title an image was made from, so a test can spot stale images.
const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function itxtChunk(keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const typeAndData = Buffer.concat([Buffer.from('iTXt', 'latin1'), data]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return chunk;
}
/** Inserts text chunks right after IHDR (8-byte signature + 25-byte IHDR chunk). */
function withText(png, entries) {
  const ihdrEnd = 8 + 25;
  return Buffer.concat([png.subarray(0, ihdrEnd), ...entries.map(([k, v]) => itxtChunk(k, v)), png.subarray(ihdrEnd)]);
}

const docs = readdirSync(docsDir)
  .filter((file) => /\.mdx?$/.test(file))
  .sort()
  .map((file) => {
    const name = file.replace(/\.mdx?$/, '');
    const fm = matter(readFileSync(path.join(docsDir, file), 'utf8')).data;
    const title = fm.title || fm.sidebar_label;
    if (!title) throw new Error(`docs/${file}: no title or sidebar_label in front matter`);
    const subtitle = SUBTITLES[name] ?? truncate(fm.description ?? '', 52);
    return {name, title, subtitle};
  });

const started = Date.now();
mkdirSync(outDir, {recursive: true});
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const context = await browser.newContext({viewport: {width: WIDTH, height: HEIGHT}, deviceScaleFactor: 1, colorScheme: 'light'});
  await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  const logo = invertedLogo();
  for (const doc of docs) {
    await page.setContent(cardHtml({...doc, logo}), {waitUntil: 'load'});
    await page.evaluate(() => document.fonts.ready);
    // Largest title size from 88 px down to 64 px that fits the space between the band and the subtitle.
    const size = await page.evaluate(() => {
      const box = document.querySelector('.title-box');
      const h1 = document.querySelector('h1');
      for (let px = 88; px >= 64; px -= 2) {
        h1.style.fontSize = `${px}px`;
        if (h1.scrollHeight <= box.clientHeight && h1.scrollWidth <= box.clientWidth) return px;
      }
      return 0;
    });
    if (!size) throw new Error(`docs/${doc.name}: title too long for the preview image even at 64 px: «${doc.title}»`);
    const subtitleCut = await page.evaluate(() => {
      const p = document.querySelector('p');
      return p.scrollWidth > p.clientWidth;
    });
    if (subtitleCut) console.warn(`docs/${doc.name}: the subtitle is cut with «…»; shorten it in SUBTITLES: «${doc.subtitle}»`);
    const png = await page.screenshot({type: 'png', clip: {x: 0, y: 0, width: WIDTH, height: HEIGHT}, animations: 'disabled', caret: 'hide'});
    const file = path.join(outDir, `${doc.name}.png`);
    const out = withText(png, [
      ['Title', doc.title],
      ['Description', doc.subtitle],
    ]);
    writeFileSync(file, out);
    console.log(`${path.relative(root, file)}  ${out.length} bytes  title ${size}px  «${doc.title}»`);
  }
  await context.close();
} finally {
  await browser.close();
}
console.log(`${docs.length} images in ${((Date.now() - started) / 1000).toFixed(1)}s`);
