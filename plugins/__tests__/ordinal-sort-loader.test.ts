import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('../lean-client/ordinal-sort-loader.js') as (this: {resourcePath: string}, source: string) => string;
const reactUtils = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils/reactUtils.js');
const run = (source: string) => loader.call({resourcePath: reactUtils}, source);

describe('ordinal-sort-loader (no ICU collator on page load)', () => {
  it("rewrites the installed theme-common's useShallowMemoObject sort without localeCompare", () => {
    const out = run(readFileSync(reactUtils, 'utf8'));
    expect(out).not.toContain('localeCompare');
    expect(out).toContain('deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));');
  });

  it('sorts keys into the same order as before', () => {
    const sortBody = run('deps.sort((a, b) => a[0].localeCompare(b[0]));');
    const deps = Object.entries({sidebar: 1, className: 2, ariaLabel: 3, z: 4, a: 5});
    new Function('deps', sortBody)(deps);
    expect(deps.map(([key]) => key)).toEqual(['a', 'ariaLabel', 'className', 'sidebar', 'z']);
  });

  it('fails naming the file when Docusaurus changed the code', () => {
    expect(() => run('deps.sort(compare);')).toThrow(/reactUtils\.js: expected .*ordinal-sort-loader\.js/);
  });
});
