import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  checkSiteConfig,
  contentSecurityPolicy,
  headersConf,
  inlineCode,
  redirects,
  redirectsConf,
  servedPolicy,
  serverConf,
} from '../../scripts/nginx/config';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
  mkdirSync(path.join(dir, 'assets'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(path.join(dir, name), html);
  return dir;
}

describe('nginx configuration (scripts/nginx/config.ts)', () => {
  it('hashes each distinct inline script and style once, and leaves JSON data and src scripts alone', () => {
    const dir = site({
      'index.html':
        '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="application/json">[]</script><style>p{}</style>',
      'other.html': '<script>a()</script><script>b()</script>',
    });
    const code = inlineCode(dir);
    expect(code.pages).toBe(2);
    // printf 'a()' | openssl dgst -sha256 -binary | base64
    expect(code.scripts).toContain("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
    expect(code.scripts).toHaveLength(2);
    expect(code.styles).toHaveLength(1);
  });

  it('refuses style attributes (they would need unsafe-hashes), naming the file and the element', () => {
    const dir = site({'index.html': '<p>ok</p>', 'table.html': '<div style="--rows:4"></div><svg style="display: none;"></svg>'});
    expect(() => inlineCode(dir)).toThrow(
      /'unsafe-hashes'.*\n {2}- table\.html: <div style="--rows:4">\n {2}- table\.html: <svg style="display: none;">/,
    );
  });

  it('skips the pages nginx answers with a 301 (it never serves them)', () => {
    const dir = site({'index.html': '<script>a()</script>'});
    mkdirSync(path.join(dir, 'go'));
    writeFileSync(path.join(dir, 'go', 'api-price.html'), '<style>p{}</style><script>c()</script><div style="x"></div>');
    expect(inlineCode(dir)).toEqual({scripts: ["'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"], styles: [], pages: 1});
  });

  it('says when a rendered policy no longer matches the build, and what to do', () => {
    const dir = site({'index.html': '<script>a()</script>'});
    const out = mkdtempSync(path.join(tmpdir(), 'conf-'));
    expect(checkSiteConfig({buildDir: dir, generated: out})).toMatch(/headers\.conf is missing: render the configuration/);
    writeFileSync(path.join(out, 'headers.conf'), headersConf(contentSecurityPolicy(inlineCode(dir))));
    expect(checkSiteConfig({buildDir: dir, generated: out})).toBeUndefined();
    writeFileSync(path.join(out, 'headers.conf'), headersConf(contentSecurityPolicy(inlineCode(dir), {reportUri: '/csp-report'})));
    expect(checkSiteConfig({buildDir: dir, generated: out}), 'a report-uri is not a mismatch').toBeUndefined();
    writeFileSync(path.join(out, 'headers.conf'), headersConf(contentSecurityPolicy(inlineCode(dir)), {hsts: true}));
    expect(checkSiteConfig({buildDir: dir, generated: out}), 'HSTS is not a mismatch').toBeUndefined();
    writeFileSync(path.join(dir, 'index.html'), '<script>b()</script>');
    expect(checkSiteConfig({buildDir: dir, generated: out})).toMatch(/does not match the build .*scripts blocked\. Render the configuration again/s);
  });

  it('refuses any headers.conf this build would not render: a second, stale policy line, a deleted header', () => {
    const dir = site({'index.html': '<script>a()</script>'});
    const out = mkdtempSync(path.join(tmpdir(), 'conf-'));
    const rendered = headersConf(contentSecurityPolicy(inlineCode(dir)));
    const stale = `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-old='" always;`;
    writeFileSync(path.join(out, 'headers.conf'), `${rendered}${stale}\n`);
    expect(checkSiteConfig({buildDir: dir, generated: out})).toMatch(
      /is not the file this build renders.*\n {2}not rendered by this build: add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-old='"/s,
    );
    writeFileSync(path.join(out, 'headers.conf'), rendered.replace(/^add_header X-Frame-Options .*\n/m, ''));
    expect(checkSiteConfig({buildDir: dir, generated: out})).toMatch(/\n {2}missing: add_header X-Frame-Options "DENY" always;/);
  });

  it('writes a policy of the site only, hashes in place of unsafe-inline, no eval', () => {
    const csp = contentSecurityPolicy({scripts: ["'sha256-A='"], styles: ["'sha256-B='"], pages: 1});
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-B='; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy({scripts: [], styles: [], pages: 1})).toContain("style-src 'self';");
    expect(contentSecurityPolicy({scripts: [], styles: [], pages: 1}, {reportUri: 'https://example.org/csp'})).toMatch(
      /; report-uri https:\/\/example\.org\/csp$/,
    );
    expect(() => contentSecurityPolicy({scripts: [], styles: [], pages: 1}, {reportUri: 'x; script-src *'})).toThrow(/--report-uri/);
    const conf = headersConf(csp);
    expect(conf).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(servedPolicy(conf)).toBe(csp);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain('add_header Cross-Origin-Resource-Policy "same-origin" always;');
    expect(conf).toMatch(/^# Behind TLS only, render with --hsts for: add_header Strict-Transport-Security/m);
    expect(headersConf(csp, {hsts: true})).toMatch(/^add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;$/m);
  });

  it('makes a 301 for the old page and every short link, from src/data', () => {
    const all = redirects();
    expect(all).toContainEqual({from: '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api', to: '/'});
    expect(all).toContainEqual({from: '/go/api-price', to: '/whatsapp-business-api#pricing'});
    expect(redirectsConf()).toContain(
      'location = /go/api-price {\n    include {{generated}}/headers.conf;\n    return 301 /whatsapp-business-api#pricing;\n}',
    );
  });

  it('renders the server block with Brotli on or off, and fails on a placeholder it cannot fill', () => {
    const on = serverConf({root: '/srv/site', listen: '80', generated: '/etc/nginx/site', brotli: true});
    expect(on).toContain('root /srv/site;');
    expect(on).toContain('    brotli_static on;');
    expect(on).not.toMatch(/\{\{\w+\}\}/);
    const off = serverConf({root: '/srv/site', listen: '80', generated: '/etc/nginx/site', brotli: false});
    expect(off).toContain('# brotli_static on;  (the Brotli module is not installed: gzip only)');
  });
});
