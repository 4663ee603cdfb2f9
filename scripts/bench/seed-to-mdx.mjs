#!/usr/bin/env node
/**
 * The original GitBook page (content/original-page.txt) as one Docusaurus MDX doc for the stock-site benchmark:
 *   - `{% hint style="info|success|warning|danger" %}…{% endhint %}` → `:::note` / `:::tip` / `:::warning` / `:::danger`;
 *   - any other GitBook block tag (`{% embed %}`, `{% tabs %}`, `{% content-ref %}`…) is dropped, its inner text kept;
 *   - front matter `slug: /`, so the doc is the home page; the page's `# heading` stays its title;
 *   - braces and `<` left in the text are escaped, so MDX reads them as text.
 * Used by stock-site.mjs when it lays out the stock site; by hand: node scripts/bench/seed-to-mdx.mjs content/original-page.txt
 */
import {readFileSync} from 'node:fs';

const HINT_TO_ADMONITION = {info: 'note', success: 'tip', warning: 'warning', danger: 'danger'};

export function seedToMdx(text) {
  const out = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const hint = /^\s*\{%\s*hint\s+style="(\w+)"\s*%\}\s*$/.exec(line);
    if (hint) {
      out.push(`:::${HINT_TO_ADMONITION[hint[1]] ?? 'note'}`);
      continue;
    }
    if (/^\s*\{%\s*endhint\s*%\}\s*$/.test(line)) {
      out.push(':::');
      continue;
    }
    const rest = line.replace(/\{%[^%]*%\}/g, '').replace(/[{}]/g, (c) => `\\${c}`).replace(/<(?![a-z/!])/gi, '&lt;');
    if (rest.trim() === '' && line.trim() !== '') continue; // a line that held only GitBook tags
    out.push(rest);
  }
  const body = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return `---\nslug: /\n---\n\n${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node scripts/bench/seed-to-mdx.mjs <seed.txt>');
    process.exit(2);
  }
  process.stdout.write(seedToMdx(readFileSync(file, 'utf8')));
}
