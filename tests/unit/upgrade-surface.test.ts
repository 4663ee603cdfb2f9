import {describe, expect, it} from 'vitest';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {PATCHED_FILES, upgradeProblems} from '../../plugins/upgrade-surface';

const ROOT = path.resolve(import.meta.dirname, '../..');
const UPGRADING = readFileSync(path.join(ROOT, 'UPGRADING.md'), 'utf8');

/** The rows of UPGRADING.md's table: what, why, what it saves, guarded by. */
const rows = UPGRADING.split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('|---'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '').trim()));

/** Packages the site imports that Docusaurus's MDX loader also uses: they must be its very copies. */
const MDX_PACKAGES = ['@mdx-js/mdx', 'remark-directive', 'remark-frontmatter', 'remark-gfm'];

describe('the upgrade surface (UPGRADING.md)', () => {
  it("«MDX packages at Docusaurus's versions»: no second copy beside @docusaurus/mdx-loader's", () => {
    const loader = path.join(ROOT, 'node_modules/@docusaurus/mdx-loader');
    expect(existsSync(loader)).toBe(true);
    for (const name of MDX_PACKAGES) {
      expect(existsSync(path.join(ROOT, 'node_modules', name)), name).toBe(true);
      // npm nests a package under its dependant only when the dependant needs another version than the site's.
      expect(
        existsSync(path.join(loader, 'node_modules', name)),
        `UPGRADING.md «MDX packages at Docusaurus's versions»: ${name} has a second copy`,
      ).toBe(false);
    }
  });

  it('every file this site patches is as it was patched', () => {
    expect(upgradeProblems()).toEqual([]);
  });

  it('a patched file that is gone fails, naming the entry', () => {
    expect(upgradeProblems(PATCHED_FILES.slice(0, 1), () => undefined)).toEqual([
      `UPGRADING.md «Prism languages»: ${PATCHED_FILES[0]!.module} is gone, so the patch no longer applies; re-check the entry.`,
    ]);
  });

  it('a patched file that changed fails, naming the entry and both hashes', () => {
    const heading = PATCHED_FILES.find((file) => file.entry === 'Heading')!;
    const [problem] = upgradeProblems([heading], () => 'export default function Heading() {}');
    expect(problem).toMatch(
      new RegExp(
        `^UPGRADING\\.md «Heading»: .* changed \\(sha256 [0-9a-f]{16}, patched against ${heading.sha256} of Docusaurus ${heading.docusaurus}\\)`,
      ),
    );
  });

  it('lists every patched file as an entry, and every entry names a guarding test that exists', () => {
    const entries = rows.map((cells) => cells[0]!.replace(/\*\*/g, ''));
    for (const {entry} of PATCHED_FILES) expect(entries, entry).toContain(entry);
    for (const cells of rows) {
      const guards = [...(cells.at(-1) ?? '').matchAll(/`([^`]+\.(?:tsx?|mjs))`/g)].map((m) => m[1]!);
      expect(guards.length, `«${cells[0]}» names a guarding test`).toBeGreaterThan(0);
      for (const guard of guards) expect(existsSync(path.join(ROOT, guard)), `«${cells[0]}»: ${guard}`).toBe(true);
    }
  });
});
