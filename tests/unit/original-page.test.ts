import {readFileSync} from 'node:fs';
import path from 'node:path';
import {seedToMdx} from '../../scripts/bench/seed-to-mdx.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const original = readFileSync(path.join(ROOT, 'content/original-page.txt'), 'utf8');

describe('the original page in the repository (content/original-page.txt)', () => {
  it('is the GitBook page the site replaces, with its two hints', () => {
    expect(original.split('\n')[0]).toBe('# Отличие WhatsApp, WhatsApp Business и WhatsApp Business API');
    expect(original.match(/\{% hint style="\w+" %\}/g)).toHaveLength(2);
  });

  it('becomes the stock benchmark site’s MDX page: hints as admonitions, no GitBook tags left', () => {
    const mdx = seedToMdx(original);
    expect(mdx.startsWith('---\nslug: /\n---\n\n# Отличие WhatsApp')).toBe(true);
    expect(mdx.match(/^:::note$/gm)).toHaveLength(2);
    expect(mdx).not.toMatch(/\{%/);
  });
});
