/**
 * No page's JavaScript holds the sources register (src/data/sources.ts) or the figures module (src/data/figures.ts):
 * the components get their citations resolved at build time (plugins/site-data, plugins/remark-resolve-data.ts).
 * The register's fingerprint is its fact ids (every entry lists the facts it backs; a citation never does); the
 * figures module's is its figure names.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FIGURES} from '../../src/data/figures';
import {SOURCES} from '../../src/data/sources';

const ROOT = path.resolve(import.meta.dirname, '../..');
const JS = path.join(ROOT, 'build/assets/js');
const FACT_ID = /["']F-[a-z]+-\d+[a-z]?["']/;
// A name that is also a source's key («linkedDevices») may be a <Cite>'s key, which pages keep.
const FIGURE_NAMES = Object.keys(FIGURES).filter((name) => name.length > 8 && !(name in SOURCES));
const figureName = new RegExp(`\\b(?:${FIGURE_NAMES.join('|')})\\b`);

describe('the browser’s JavaScript', () => {
  it('the fingerprints do find the modules they stand for (so the checks below can fail)', () => {
    expect(readFileSync(path.join(ROOT, 'src/data/sources.ts'), 'utf8')).toMatch(FACT_ID);
    expect(readFileSync(path.join(ROOT, 'src/data/figures.ts'), 'utf8')).toMatch(figureName);
    expect(FIGURE_NAMES.length).toBeGreaterThan(10);
  });

  const chunks = readdirSync(JS).filter((file) => file.endsWith('.js'));
  it.each(chunks)('%s holds neither the sources register nor the figures module', (file) => {
    const code = readFileSync(path.join(JS, file), 'utf8');
    expect(FACT_ID.exec(code)?.[0], 'a fact id: the sources register is in the bundle').toBeUndefined();
    expect(figureName.exec(code)?.[0], 'a figure name: src/data/figures.ts is in the bundle').toBeUndefined();
  });
});
