import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentSecurityPolicy, headersConf, inlineCode, redirects, redirectsConf, serverConf} from '../../scripts/nginx/config';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
  mkdirSync(path.join(dir, 'assets'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(path.join(dir, name), html);
  return dir;
}

describe('nginx configuration (scripts/nginx/config.ts)', () => {
  it('hashes each distinct inline script, style and style attribute once, and leaves JSON-LD and src scripts alone', () => {
    const dir = site({
      'index.html': '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style><svg style="display: none;"></svg>',
      'other.html': '<script>a()</script><script>b()</script><div style="--rows:4"></div>',
    });
    const code = inlineCode(dir);
    expect(code.pages).toBe(2);
    // printf 'a()' | openssl dgst -sha256 -binary | base64
    expect(code.scripts).toContain("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
    expect(code.scripts).toHaveLength(2);
    expect(code.styles).toHaveLength(1);
    expect(code.styleAttributes).toHaveLength(2);
  });

  it('writes a policy of the site only, hashes in place of unsafe-inline, no eval', () => {
    const csp = contentSecurityPolicy({scripts: ["'sha256-A='"], styles: ["'sha256-B='"], styleAttributes: ["'sha256-C='"], pages: 1});
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'unsafe-hashes' 'sha256-B=' 'sha256-C='; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy({scripts: [], styles: [], styleAttributes: [], pages: 1})).toContain("style-src 'self';");
    const conf = headersConf(csp);
    expect(conf).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toMatch(/# add_header Strict-Transport-Security/);
  });

  it('makes a 301 for the old page and every short link, from src/data', () => {
    const all = redirects();
    expect(all).toContainEqual({from: '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api', to: '/'});
    expect(all).toContainEqual({from: '/go/api-price', to: '/whatsapp-business-api#pricing'});
    expect(redirectsConf()).toContain('location = /go/api-price {\n    include {{generated}}/headers.conf;\n    return 301 /whatsapp-business-api#pricing;\n}');
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
