/**
 * Proves that the build guards bite: each test breaks one thing in a copy of the site and expects
 * `docusaurus build` to fail with a message that names the broken place. The untouched copy must build.
 * Only what a build alone can prove is here: the policy stays the same after a content edit, links and ids across
 * pages, and that the data validators and the remark rules run at all (one broken rule each). Every other rule of the
 * data is a unit test of its validator: the chooser's coverage (src/data/__tests__/chooser.test.ts), a missing
 * product value (comparison.test.ts), a source's check date (sources.test.ts), a page's last_checked
 * (last-checked.test.ts), an unknown callout type (src/components/Callout/__tests__/Callout.test.tsx).
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

it('removing a link target page fails the build', async () => {
  site = new SiteCopy(ROOT);
  site.edit('docs/whatsapp.mdx', /\[WhatsApp Business\]\(\/whatsapp-business#integrations\)/, '[WhatsApp Business](/whatsapp-busines)');
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toMatch(/broken link/i);
  expect(output).toContain('/whatsapp-busines');
});

it('a table cell citing an unknown source key fails the build, naming the row, the field and the key', async () => {
  site = new SiteCopy(ROOT);
  site.edit('src/data/comparison.ts', "sources: ['linkedDevices'],", "sources: ['linkedDevicez'],");
  const {code, output} = await site.build();
  expect(code).not.toBe(0);
  expect(output).toContain('Invalid data in src/data/comparison.ts:');
  expect(output).toMatch(/src\/data\/comparison\.ts: row "[a-z-]+", field "values\.[a-z-]+\.sources\[0\]": unknown source "linkedDevicez"/);
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
