import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUR_CSS = ['src/css/custom.css', 'src/css/print.css'];
/** Where Docusaurus's class names live: the theme's components, theme-common's ThemeClassNames, and Infima. */
const THEME = ['node_modules/@docusaurus/theme-classic/lib', 'node_modules/@docusaurus/theme-common/lib', 'node_modules/infima/dist/css/default'];

/** The class names a stylesheet's selectors use (comments and declarations left out). */
function selectorClasses(css: string): string[] {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, '{}');
  return [...new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!))].sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(js|css)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('UPGRADING.md «Theme class names in our CSS»', () => {
  const theme = THEME.flatMap((dir) => filesUnder(path.join(ROOT, dir)).map((file) => readFileSync(file, 'utf8'))).join('\n');

  it('reads the class names of a selector, not of a comment or a value', () => {
    expect(selectorClasses('/* see print.css */ .navbar .a-b, .x:hover > .y { background: url(a.png); }')).toEqual(['a-b', 'navbar', 'x', 'y']);
  });

  it.each(OUR_CSS)('every theme class name %s styles is still one the theme writes', (file) => {
    const classes = selectorClasses(readFileSync(path.join(ROOT, file), 'utf8')).filter((name) => !name.startsWith('site-'));
    expect(classes.length, `${file} styles theme classes`).toBeGreaterThan(0);
    // A whole class name, not a part of another word («row» in «arrow»).
    const gone = classes.filter((name) => !new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(theme));
    expect(gone, `UPGRADING.md «Theme class names in our CSS»: ${file} styles class names Docusaurus no longer writes`).toEqual([]);
  });
});
