/**
 * What only a build can prove, each in a copy of the site:
 * - a page added by the README's steps («Adding a page») is in every check, the published links grow by themselves
 *   while a removed one is caught, and the Content-Security-Policy stays byte for byte after content changes;
 * - the remark rules, the data validators and the duplicate-id check run at all (one broken rule each).
 * Every other rule is a unit test of its validator: the chooser's coverage (src/data/__tests__/chooser.test.ts), a
 * missing product value (comparison.test.ts), a source's check date (sources.test.ts), a page's last_checked
 * (last-checked.test.ts), an unknown callout type (Callout.test.tsx), links of the data that lead nowhere and short
 * links to unpublished targets (tests/unit/published-links.test.ts). Broken links and anchors between pages are
 * Docusaurus's own check, set to fail the build in docusaurus.config.ts (tests/unit/config.test.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {BuiltSite, brokenPublishedLinks, readManifest} from '../../plugins/links/resolve';
import {SiteCopy} from '../../plugins/site-copy';
import {contentSecurityPolicy, inlineCode} from '../../scripts/nginx/config';

const ROOT = path.resolve(import.meta.dirname, '../..');
const policyOf = (site: string) => contentSecurityPolicy(inlineCode(path.join(site, 'build')));

// The copies build side by side (it.concurrent): a build leaves a core idle for much of its time.
const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));
function copyOfSite(options?: {withTests?: boolean}): SiteCopy {
  const copy = new SiteCopy(ROOT, 'site-copy-', options);
  copies.push(copy);
  return copy;
}

const NEW_PAGE = `---
title: Новая страница
sidebar_label: Новая
slug: /new-page
description: 'Страница, которую тест добавляет по шагам README.'
image: /og/new-page.png
last_checked: '2026-12-03'
---

Первый абзац новой страницы.

## Первый раздел {/* #first-section */}

Текст раздела.
`;

it.concurrent('a page added by the README’s steps is in every check; new links are published, a removed one is caught; the policy stays the same', async () => {
  if (!existsSync(path.join(ROOT, 'build/index.html'))) throw new Error('no build/: run `npm run build` first (npm test does)');
  const site = copyOfSite({withTests: true});
  // «Adding a page», steps 1–3: the page, its place in the sidebar, its link-preview image.
  site.write('docs/new-page.mdx', NEW_PAGE);
  site.edit('sidebars.ts', "'glossary',", "'glossary', 'new-page',");
  const og = await site.run(process.execPath, ['scripts/og-images.mjs']);
  expect(og.code, og.output).toBe(0);
  // Content edits beside it: a sentence, a ready answer, and a published id renamed.
  site.edit('docs/whatsapp.mdx', 'Он рассчитан на **личное общение** людей.', 'Он рассчитан на **личное общение** людей, а не компаний.');
  site.edit('src/data/answers.ts', "question: 'Платное ли приложение WhatsApp Business?'", "question: 'Бесплатно ли приложение WhatsApp Business?'");
  site.edit('docs/whatsapp-business.mdx', '### Быстрые ответы {/* #quick-replies */}', '### Быстрые ответы {/* #quick-replies-renamed */}');
  // Step 4: the build.
  const build = await site.build();
  expect(build.code, build.output).toBe(0);
  expect(readFileSync(path.join(site.dir, 'build/whatsapp.html'), 'utf8')).toContain('а не компаний');
  expect(policyOf(site.dir)).toBe(policyOf(ROOT));
  expect(readFileSync(path.join(site.dir, 'build/sitemap.xml'), 'utf8')).toContain('/new-page</loc>');

  const manifest = readManifest(site.dir);
  expect(manifest).toEqual(expect.arrayContaining(['/new-page', '/new-page#first-section', '/whatsapp-business#quick-replies-renamed']));
  expect(brokenPublishedLinks(new BuiltSite(path.join(site.dir, 'build')), manifest)).toEqual([
    '/whatsapp-business#quick-replies: no element with id "quick-replies" on /whatsapp-business',
  ]);

  // The browser tests take the page from the sidebar: npm test loads it, npm run test:full runs every per-page check on it.
  const checksOf = async (env: Record<string, string>) => {
    const listed = await site.run('playwright', ['test', '--list'], {env});
    expect(listed.code, listed.output).toBe(0);
    return listed.output.split('\n').filter((line) => line.includes('/new-page'));
  };
  expect((await checksOf({})).some((line) => line.includes('pages.spec.ts')), 'npm test loads /new-page').toBe(true);
  const full = await checksOf({TEST_FULL: '1'});
  for (const check of ['accessibility.spec.ts', 'pages.spec.ts', 'no-javascript.spec.ts', 'meta.spec.ts', 'reader-keyboard.spec.ts', 'reader-print.spec.ts']) {
    expect(full.some((line) => line.includes(check)), `npm run test:full: ${check} checks /new-page`).toBe(true);
  }
  // The budgets check names the page until step 4 gives it a budget; the image and head checks pass.
  const unit = ['run', 'tests/unit/budget.test.ts', 'tests/unit/og-images.test.ts', 'tests/unit/page-meta.test.ts'];
  const withoutBudget = await site.run('vitest', unit);
  expect(withoutBudget.code).not.toBe(0);
  expect(withoutBudget.output).toContain('/new-page');
  site.edit('budgets.json', '"pages": {', '"pages": {\n    "/new-page": {"total": 180000, "js": 150000, "css": 17000, "requests": 14},');
  const withBudget = await site.run('vitest', unit);
  expect(withBudget.code, withBudget.output).toBe(0);
});

it.concurrent('a heading without an explicit id fails the build and shows the fix (the remark rules run)', async () => {
  const site = copyOfSite();
  site.edit('docs/glossary.mdx', '## API {/* #api */}', '## API');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('docs/glossary.mdx');
  expect(output).toContain('heading "API" has no explicit id');
});

it.concurrent('a table cell citing an unknown source key fails the build, naming the row, the field and the key (the data validators run)', async () => {
  const site = copyOfSite();
  site.edit('src/data/comparison.ts', "sources: ['linkedDevices'],", "sources: ['linkedDevicez'],");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid data in src/data/comparison.ts:');
  expect(output).toMatch(/src\/data\/comparison\.ts: row "[a-z-]+", field "values\.[a-z-]+\.sources\[0\]": unknown source "linkedDevicez"/);
});

it.concurrent('two elements with one id on a page fail the build, naming both', async () => {
  const site = copyOfSite();
  site.edit('docs/whatsapp.mdx', "<FeatureTable products={['whatsapp']} />", "<FeatureTable products={['whatsapp']} />\n\n<FeatureTable products={['whatsapp']} id=\"again\" />");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Duplicate ids');
  expect(output).toMatch(/\/whatsapp: id "row-purpose": <tr> «Для кого.*» and <tr> «Для кого/);
});
