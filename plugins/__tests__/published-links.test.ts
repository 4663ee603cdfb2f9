import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import publishedLinksPlugin, {withNewLinks} from '../published-links';

describe('the published-links manifest grows with the build', () => {
  it('adds the built links it lacks, sorted, and never removes one', () => {
    expect(withNewLinks(['/', '/old#gone', '/whatsapp'], ['/', '/whatsapp', '/whatsapp#new', '/a'])).toEqual({
      next: ['/', '/a', '/old#gone', '/whatsapp', '/whatsapp#new'],
      added: ['/a', '/whatsapp#new'],
    });
    expect(withNewLinks(['/'], ['/']).added).toEqual([]);
  });

  it("writes the new links of a build into the site's published-links.json, keeping the old ones", async () => {
    const siteDir = mkdtempSync(path.join(tmpdir(), 'site-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'build-'));
    writeFileSync(path.join(siteDir, 'published-links.json'), `${JSON.stringify(['/', '/page#removed'])}\n`);
    writeFileSync(path.join(outDir, 'index.html'), '<html><body><h2 id="fresh" data-link-target>Новое</h2></body></html>');
    const plugin = publishedLinksPlugin({siteDir} as LoadContext);
    await plugin.postBuild!({outDir} as never);
    expect(JSON.parse(readFileSync(path.join(siteDir, 'published-links.json'), 'utf8'))).toEqual(['/', '/#fresh', '/page#removed']);
  });
});
