import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {builtHtmlFiles, builtPageFile} from '../../plugins/links/built-file';
import {REDIRECTS} from '../../src/data/redirects';
import {SHORT_LINKS} from '../../src/data/short-links';

/** vnu-jar's entry exports the path of the jar it ships. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const BUILD = path.resolve(import.meta.dirname, '../../build');
const PAGES = [...REDIRECTS.map((r) => r.from), ...SHORT_LINKS.map((l) => `/go/${l.alias}`)];

/** The W3C Nu HTML checker (vnu-jar, Java): its errors, one line each, or [] when the files are valid. */
function nuErrors(files: string[]): string[] {
  try {
    execFileSync('java', ['-jar', VNU_JAR, '--errors-only', ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    return [];
  } catch (error) {
    const {stderr, stdout} = error as {stderr?: string; stdout?: string};
    return `${stdout ?? ''}${stderr ?? ''}`.trim().split('\n').filter(Boolean);
  }
}

describe('redirect pages (moved pages and /go/ links, for hosts without nginx)', () => {
  it('are built, one per address', () => {
    expect(existsSync(BUILD), 'run npm run build first').toBe(true);
    expect(PAGES.filter((page) => !builtPageFile(BUILD, page))).toEqual([]);
  });
});

describe('every built page', () => {
  it('is valid HTML for the W3C Nu checker (pages, 404, /search, redirect pages)', () => {
    const files = builtHtmlFiles(BUILD);
    expect(files.length).toBeGreaterThan(PAGES.length + 10);
    expect(nuErrors(files)).toEqual([]);
  });

  it('the checker does find errors (this test can fail)', () => {
    const broken = path.join(import.meta.dirname, 'fixtures-invalid.html');
    expect(nuErrors([broken]).join('\n')).toMatch(/error/);
  });
});
