import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

/**
 * Link-preview images: every page names one in its front matter (`image: /og/<page>.png`), the file exists in
 * static/ and is a 1200×630 PNG made from the page's current title. Regenerate with `node scripts/og-images.mjs`.
 */
const root = path.resolve(import.meta.dirname, '../..');
const docsDir = path.join(root, 'docs');
const REGENERATE = 'run `node scripts/og-images.mjs`';

/** Width and height from the IHDR chunk, and the iTXt text chunks (keyword → text). */
function readPng(file: string) {
  const png = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  const text: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keywordEnd = data.indexOf(0);
      // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      text[data.subarray(0, keywordEnd).toString('latin1')] = data.subarray(translatedEnd + 1).toString('utf8');
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length, text};
}

const docs = readdirSync(docsDir)
  .filter((file) => /\.mdx?$/.test(file))
  .sort()
  .map((file) => ({file, fm: matter(readFileSync(path.join(docsDir, file), 'utf8')).data as Record<string, string | undefined>}));

describe('link-preview images (og:image)', () => {
  it('finds the pages', () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  it.each(docs.map((doc) => [doc.file, doc] as const))('docs/%s names an existing 1200×630 PNG made from its title', (file, {fm}) => {
    const image = fm.image;
    expect(image, `docs/${file}: add \`image: /og/<page>.png\` to the front matter and ${REGENERATE}`).toMatch(/^\/og\/[\w-]+\.png$/);
    const png = path.join(root, 'static', image!);
    expect(existsSync(png), `static${image} is missing: ${REGENERATE}`).toBe(true);
    const {width, height, bytes, text} = readPng(png);
    expect({width, height}).toEqual({width: 1200, height: 630});
    expect(bytes, 'keep preview images small').toBeLessThan(200_000);
    expect(text.Title, `static${image} shows an old title: ${REGENERATE}`).toBe(fm.title || fm.sidebar_label);
  });

  it('gives every page its own image', () => {
    const images = docs.map((doc) => doc.fm.image);
    expect(new Set(images).size).toBe(images.length);
  });

  it('keeps the site-wide default image in docusaurus.config.ts', () => {
    const config = readFileSync(path.join(root, 'docusaurus.config.ts'), 'utf8');
    const image = /^\s*image:\s*'([^']+)'/m.exec(config)?.[1];
    expect(image).toBeDefined();
    expect(readPng(path.join(root, 'static', image!))).toMatchObject({width: 1200, height: 630});
  });
});
