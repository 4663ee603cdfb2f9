/**
 * The nginx configuration, rendered from deploy/nginx/*.template and the built site:
 *  - headers.conf: Content-Security-Policy and the other security headers. Every inline <script> and <style> in
 *    the pages nginx serves is allowed by its SHA-256 hash, computed here from the build, so the policy needs
 *    neither 'unsafe-inline' nor 'unsafe-eval'. The site writes no inline code that depends on content (the
 *    theme's colour-mode script and the constant script loader), so a content edit leaves the policy the same;
 *    style="" attributes are refused (they would need 'unsafe-hashes'), and `checkSiteConfig` says when a served
 *    policy no longer matches the build.
 *  - redirects.conf: 301s for the old page's address (src/data/redirects.ts) and the /go/ short links
 *    (src/data/short-links.ts): the same data the site's redirect pages come from.
 *  - server.conf: the server block, with the root, the listen address and Brotli on or off.
 * `npm run nginx:config -- --root /srv/guide/build --listen 80 --out /etc/nginx/guide` writes the three files
 * (scripts/nginx/config-cli.ts).
 */
import {createHash} from 'node:crypto';
import {MEDIA_TYPES} from '../serve/media-types.mjs';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {builtHtmlFiles, builtPageFile} from '../../plugins/links/built-file';
import {REDIRECTS} from '../../src/data/redirects';
import {SHORT_LINKS} from '../../src/data/short-links';

// No import.meta here: the tests import this module too. Run from the repository root (npm scripts do).
const TEMPLATES = () => path.resolve('deploy/nginx');

/** Debian's packaged Brotli module (libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface InlineCode {
  /** SHA-256 of each distinct inline script, as CSP writes it: 'sha256-…'. */
  scripts: string[];
  /** Of each distinct <style> element. */
  styles: string[];
  /** Pages read. */
  pages: number;
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (a JSON-LD block is data and needs no hash). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The built files of the addresses nginx answers with a 301 (redirects.conf): it never serves them. */
function redirectedFiles(buildDir: string): Set<string> {
  return new Set(redirects().flatMap(({from}) => builtPageFile(buildDir, from) ?? []));
}

/**
 * Every inline script and style element of the pages nginx serves, hashed. A style="" attribute fails, naming the
 * file: it would need 'unsafe-hashes'; give the element a class instead.
 */
export function inlineCode(buildDir: string): InlineCode {
  if (!existsSync(path.join(buildDir, 'index.html'))) throw new Error(`No built site in ${buildDir}: run \`npm run build\` first.`);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes: string[] = [];
  const skipped = redirectedFiles(buildDir);
  const files = builtHtmlFiles(buildDir).filter((file) => !skipped.has(file));
  for (const file of files) {
    const $ = load(readFileSync(file, 'utf8'));
    $('script:not([src])').each((_, el) => {
      if (EXECUTABLE.test($(el).attr('type') ?? '')) scripts.add(cspHash($(el).text()));
    });
    $('style').each((_, el) => void styles.add(cspHash($(el).text())));
    $('[style]').each(
      (_, el) => void attributes.push(`${path.relative(buildDir, file)}: <${el.type === 'tag' ? el.tagName : '?'} style="${$(el).attr('style')}">`),
    );
  }
  if (attributes.length) {
    throw new Error(
      `style="" attributes would need 'unsafe-hashes' in the Content-Security-Policy; use a class:\n${[...new Set(attributes)].map((a) => `  - ${a}`).join('\n')}`,
    );
  }
  return {scripts: [...scripts].sort(), styles: [...styles].sort(), pages: files.length};
}

/**
 * The policy: this site only; inline code by hash; never eval, plugins, framing or a foreign <base>. With
 * `reportUri`, browsers also send what the policy blocked to that address (report-uri; set it in production to
 * hear about a mismatch before readers do).
 */
export function contentSecurityPolicy(code: InlineCode, {reportUri}: {reportUri?: string} = {}): string {
  if (reportUri !== undefined && !/^(https:\/\/|\/)[^\s;,"']+$/.test(reportUri)) {
    throw new Error(`--report-uri "${reportUri}": give an https:// address or a site path, without spaces, ; , or quotes`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${code.scripts.join(' ')}`.trim(),
    `style-src 'self' ${code.styles.join(' ')}`.trim(),
    // Infima draws a few icons as data: SVG in CSS.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(reportUri ? [`report-uri ${reportUri}`] : []),
  ].join('; ');
}

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Nothing here is meant to be embedded by other sites (no-cors loads of images, scripts and styles).
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

export const HSTS = 'max-age=63072000; includeSubDomains';

/** headers.conf. `hsts`: only where every subdomain is served over HTTPS (browsers remember it for two years). */
export function headersConf(csp: string, {hsts = false}: {hsts?: boolean} = {}): string {
  const lines = [
    '# Generated by scripts/nginx/config.ts from the build: do not edit. Included in the server block and in every',
    '# location, because a location with its own add_header drops the ones of the server block.',
    `add_header Content-Security-Policy "${csp}" always;`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
    hsts
      ? `add_header Strict-Transport-Security "${HSTS}" always;`
      : `# Behind TLS only, render with --hsts for: add_header Strict-Transport-Security "${HSTS}" always;`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The Content-Security-Policy a rendered headers.conf serves, or undefined. */
export function servedPolicy(headersConfText: string): string | undefined {
  return /^add_header Content-Security-Policy "([^"]*)" always;$/m.exec(headersConfText)?.[1];
}

/**
 * Compares a rendered headers.conf with the one this build renders (with the report-uri and HSTS it was rendered
 * with): a policy that does not match blocks the pages' scripts (no search, no chooser, no copy buttons); a second
 * policy line blocks more, and a deleted header is a header missing from every answer. Returns what is wrong and what
 * to do, or undefined when the file is exactly what this build renders.
 */
export function checkSiteConfig({buildDir, generated}: {buildDir: string; generated: string}): string | undefined {
  const file = path.join(generated, 'headers.conf');
  if (!existsSync(file)) return `${file} is missing: render the configuration with npm run nginx:config`;
  const text = readFileSync(file, 'utf8');
  const served = servedPolicy(text);
  const reportUri = / report-uri ([^;"]+)$/.exec(served ?? '')?.[1];
  const hsts = /^add_header Strict-Transport-Security /m.test(text);
  const again = 'Render the configuration again from this build (npm run nginx:config) and reload nginx.';
  let needed: string;
  try {
    needed = contentSecurityPolicy(inlineCode(buildDir), {reportUri});
  } catch (error) {
    return `${file}: ${(error as Error).message}. ${again}`;
  }
  if (served !== needed) {
    return (
      `the Content-Security-Policy in ${file} does not match the build in ${buildDir}: its pages would load with their ` +
      `scripts blocked. ${again}\n  served: ${served ?? '(none)'}\n  needed: ${needed}`
    );
  }
  const expected = headersConf(needed, {hsts});
  if (text === expected) return undefined;
  const lines = (of: string) => of.split('\n').filter(Boolean);
  const missing = lines(expected).filter((line) => !lines(text).includes(line));
  const unexpected = lines(text).filter((line) => !lines(expected).includes(line));
  return (
    `${file} is not the file this build renders (a second policy blocks what the first allows; a missing header is ` +
    `missing from every answer). ${again}` +
    missing.map((line) => `\n  missing: ${line}`).join('') +
    unexpected.map((line) => `\n  not rendered by this build: ${line}`).join('')
  );
}

/** A site path nginx can take as written: latin letters, digits, - _ . / and an optional #id. */
const SAFE_PATH = /^\/[a-z0-9\-_./]*(#[a-z0-9-]+)?$/;

/** The 301s, each written once in src/data; fails naming an entry nginx could not take safely. */
export function redirects(): {from: string; to: string}[] {
  const all = [...REDIRECTS.map(({from, to}) => ({from, to})), ...SHORT_LINKS.map((link) => ({from: `/go/${link.alias}`, to: link.to}))];
  for (const {from, to} of all) {
    if (!SAFE_PATH.test(from) || from.includes('#')) throw new Error(`redirect from "${from}": not a plain site path`);
    if (!SAFE_PATH.test(to)) throw new Error(`redirect "${from}" → "${to}": the target is not a plain site path with an optional #id`);
  }
  return all;
}

export function redirectsConf(): string {
  const blocks = redirects().map(({from, to}) => `location = ${from} {\n    include {{generated}}/headers.conf;\n    return 301 ${to};\n}`);
  return `# Generated by scripts/nginx/config.ts from src/data/redirects.ts and src/data/short-links.ts: do not edit.\n${blocks.join('\n')}\n`;
}

/** One location per entry of MEDIA_TYPES (a file, or `*.ext` as a regex location): its own type and charset, revalidated like every file without a hash. */
export function mediaTypesConf(): string {
  const blocks = Object.entries(MEDIA_TYPES).map(
    ([file, type]) =>
      `location ${file.startsWith('*.') ? `~ \\${file.slice(1)}$` : `= ${file}`} {\n    include {{generated}}/headers.conf;\n    add_header Cache-Control "no-cache" always;\n    types { }\n    default_type "${type}";\n    try_files $uri =404;\n}`,
  );
  return `# Generated by scripts/nginx/config.ts from scripts/serve/media-types.mjs: do not edit.\n${blocks.join('\n')}\n`;
}

function fill(template: string, values: Record<string, string>): string {
  const text = template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => {
    if (!(key in values)) throw new Error(`deploy/nginx template: no value for ${match}`);
    return values[key]!;
  });
  return text;
}

export interface ServerOptions {
  root: string;
  listen: string;
  /** Folder holding headers.conf and redirects.conf. */
  generated: string;
  serverName?: string;
  brotli: boolean;
}

export function serverConf(options: ServerOptions): string {
  return fill(readFileSync(path.join(TEMPLATES(), 'server.conf.template'), 'utf8'), {
    listen: options.listen,
    server_name: options.serverName ?? '_',
    root: options.root,
    generated: options.generated,
    brotli: options.brotli ? '    brotli_static on;' : '    # brotli_static on;  (the Brotli module is not installed: gzip only)',
  });
}

export interface MainOptions {
  runtime: string;
  brotliModule?: string;
  /** nginx started as root runs its workers as root too, so they can read a build under /root or /work. */
  asRoot: boolean;
  mimeTypes?: string;
}

export function mainConf(options: MainOptions): string {
  return fill(readFileSync(path.join(TEMPLATES(), 'nginx.conf.template'), 'utf8'), {
    load_modules: options.brotliModule ? `load_module ${options.brotliModule};` : '# no Brotli module: gzip only',
    user: options.asRoot ? 'user root;' : '',
    runtime: options.runtime,
    mime_types: options.mimeTypes ?? '/etc/nginx/mime.types',
  });
}

/** Writes server.conf, headers.conf and redirects.conf for a built site into `out`; returns the policy. */
export function writeSiteConfig({
  buildDir,
  out,
  listen,
  serverName,
  brotli,
  hsts,
  reportUri,
}: {
  buildDir: string;
  out: string;
  listen: string;
  serverName?: string;
  brotli: boolean;
  hsts?: boolean;
  reportUri?: string;
}): {csp: string; code: InlineCode} {
  const code = inlineCode(buildDir);
  const csp = contentSecurityPolicy(code, {reportUri});
  mkdirSync(out, {recursive: true});
  writeFileSync(path.join(out, 'headers.conf'), headersConf(csp, {hsts}));
  writeFileSync(path.join(out, 'redirects.conf'), redirectsConf().replaceAll('{{generated}}', out));
  writeFileSync(path.join(out, 'media-types.conf'), mediaTypesConf().replaceAll('{{generated}}', out));
  writeFileSync(path.join(out, 'server.conf'), serverConf({root: path.resolve(buildDir), listen, generated: out, serverName, brotli}));
  return {csp, code};
}
