/**
 * Proves that the build guards bite: each test breaks one thing in a copy of the site and expects
 * `docusaurus build` to fail with a message that names the broken place. The untouched copy must build.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {BuiltSite, brokenPublishedLinks, readManifest} from '../../plugins/links/resolve';
import {SiteCopy} from '../../plugins/site-copy';
import {contentSecurityPolicy, inlineCode} from '../../scripts/nginx/config';

const ROOT = path.resolve(import.meta.dirname, '../..');

let site: SiteCopy | undefined;
afterEach(() => site?.remove());

it('the untouched copy builds; editing a sentence and rebuilding leaves the Content-Security-Policy byte for byte the same', async () => {
  site = new SiteCopy(ROOT);
  const {code, output} = await site.build();
  expect(output).toContain('[SUCCESS]');
  expect(code).toBe(0);
  const policy = () => contentSecurityPolicy(inlineCode(path.join(site!.dir, 'build')));
  const before = policy();
  site.edit('docs/whatsapp.mdx', 'Он рассчитан на **личное общение** людей.', 'Он рассчитан на **личное общение** людей, а не компаний.');
  site.edit('src/data/answers.ts', "question: 'Платное ли приложение WhatsApp Business?'", "question: 'Бесплатно ли приложение WhatsApp Business?'");
  const again = await site.build();
  expect(again.code).toBe(0);
  expect(readFileSync(path.join(site.dir, 'build/whatsapp.html'), 'utf8')).toContain('а не компаний');
  expect(policy()).toBe(before);
});

it('removing a heading that other pages link to fails the build and names the link', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/whatsapp-business.mdx', '## Интеграции и API {/* #integrations */}', '## Интеграции и API {/* #integrations-renamed */}');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toMatch(/broken anchors/i);
  expect(output).toContain('/whatsapp-business#integrations');
});

it('removing a section that the chooser and the ready answers point at fails the build, naming each place', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/integrations.mdx', '## Риски серой интеграции {/* #grey-risks */}', '## Риски серой интеграции {/* #risks-renamed */}');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Links in the data that lead nowhere:');
  expect(output).toContain(
    'src/data/chooser.ts: outcome "business-app", cautions[2].link: "/integrations#grey-risks" does not resolve (no element with id "grey-risks" on /integrations)',
  );
  expect(output).toContain('src/data/answers.ts: answer "grey-integration-ban", link: "/integrations#grey-risks" does not resolve');
});

it('a chooser rule removed (answers left without an outcome) fails the build, naming a combination', async () => {
  site = new SiteCopy(ROOT);
  site.edit('src/data/chooser.ts', "    {when: {...OUTSIDE_RUSSIA, integration: ['no'], team: ['one', 'few'], outreach: ['no', 'some']}, outcome: 'business-app'},\n", '');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid data in src/data/chooser.ts:');
  expect(output).toContain('answers customers=mixed, integration=no, team=one, outreach=no, phone=yes, pay=yes, number=business-app: no rule matches');
});

it('removing a link target page fails the build', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/whatsapp.mdx', /\[WhatsApp Business\]\(\/whatsapp-business#integrations\)/, '[WhatsApp Business](/whatsapp-busines)');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toMatch(/broken link/i);
  expect(output).toContain('/whatsapp-busines');
});

it('a table row with a missing product value fails the build and names the row and field', async () => {
  site = new SiteCopy(ROOT);
  site.edit(
    'src/data/comparison.ts',
    "whatsapp: {status: 'free', text: 'Бесплатно', sources: ['appsOverview'], seed: true},\n            'whatsapp-business': {\n              status: 'free',\n              text: 'Само приложение; есть платные дополнения',",
    "'whatsapp-business': {\n              status: 'free',\n              text: 'Само приложение; есть платные дополнения',",
  );
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('src/data/comparison.ts');
  expect(output).toContain('row "price"');
  expect(output).toContain('values.whatsapp');
});

it('a source checked in the future or without a checked date fails the build, naming the file and each key', async () => {
  site = new SiteCopy(ROOT);
  site.edit('src/data/sources.ts', /(throughput: \{[\s\S]*?checked: )'[\d-]+'/, "$1'2099-01-01'");
  site.edit('src/data/sources.ts', /(displayNames: \{[\s\S]*?)\n\s*checked: '[\d-]+',/, '$1');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid data in src/data/sources.ts:');
  expect(output).toMatch(/src\/data\/sources\.ts: source "throughput", field "checked": 2099-01-01 is in the future/);
  expect(output).toMatch(/src\/data\/sources\.ts: source "displayNames", field "checked": is missing/);
});

it('a table cell citing an unknown source key fails the build, naming the row, the field and the key', async () => {
  site = new SiteCopy(ROOT);
  site.edit('src/data/comparison.ts', "sources: ['linkedDevices'],", "sources: ['linkedDevicez'],");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid data in src/data/comparison.ts:');
  expect(output).toMatch(/src\/data\/comparison\.ts: row "[a-z-]+", field "values\.[a-z-]+\.sources\[0\]": unknown source "linkedDevicez"/);
});

it('a page whose last_checked is in the future fails the build, naming the file (the reader’s clock never does)', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/russia.mdx', /last_checked: '[\d-]+'/, "last_checked: '2099-01-01'");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('docs/russia.mdx: front matter "last_checked" 2099-01-01 is in the future');
});

it('an unknown callout type fails the build and names the file and the allowed types', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/integrations.mdx', '<Callout type="danger"', '<Callout type="error"');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('docs/integrations.mdx');
  expect(output).toContain('Allowed types: info, tip, warning, danger');
});

it('a heading without an explicit id fails the build and shows the fix', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/glossary.mdx', '## API {/* #api */}', '## API');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('docs/glossary.mdx');
  expect(output).toContain('heading "API" has no explicit id');
});

it('removing a published id (linked from nowhere in the site) makes the manifest check fail, naming the entry', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/whatsapp-business.mdx', '### Быстрые ответы {/* #quick-replies */}', '### Быстрые ответы {/* #quick-replies-renamed */}');
  const {code, output} = await site.build();
  expect(output).toContain('[SUCCESS]');
  expect(code, 'the site itself still builds: only the manifest notices').toBe(0);
  const broken = brokenPublishedLinks(new BuiltSite(path.join(site.dir, 'build')), readManifest(ROOT));
  expect(broken).toEqual(['/whatsapp-business#quick-replies: no element with id "quick-replies" on /whatsapp-business']);
});

it('two elements with one id on a page fail the build, naming both', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/whatsapp.mdx', "<FeatureTable products={['whatsapp']} />", "<FeatureTable products={['whatsapp']} />\n\n<FeatureTable products={['whatsapp']} id=\"again\" />");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Duplicate ids');
  expect(output).toMatch(/\/whatsapp: id "row-purpose": <tr> «Для кого.*» and <tr> «Для кого/);
});

it('a short link to an unpublished target fails the build, naming the alias', async () => {
  site = new SiteCopy(ROOT);
  site.edit('src/data/short-links.ts', "to: '/whatsapp-business-api#pricing'", "to: '/whatsapp-business-api#prices'");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('alias "api-price": target "/whatsapp-business-api#prices" is not in published-links.json');
});
