/**
 * Published links never break. Runs against build/ from `npm run build` (the stage before this one in npm test).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BuiltSite, MANIFEST_FILE, brokenPublishedLinks, readManifest} from '../../plugins/links/resolve';
import {shortLinkProblems} from '../../plugins/short-links';
import {brokenDataLinks} from '../../plugins/validate-data';
import {answers} from '../../src/data/answers';
import {chooser} from '../../src/data/chooser';
import {ANCHOR_ALIASES} from '../../src/data/anchor-aliases';
import {REDIRECTS} from '../../src/data/redirects';
import {SHORT_LINKS} from '../../src/data/short-links';
import {SITE_URL} from '../../site-url';

const ROOT = path.resolve(import.meta.dirname, '../..');
const site = new BuiltSite(path.join(ROOT, 'build'));
const manifest = readManifest(ROOT);

describe(MANIFEST_FILE, () => {
  it('lists hundreds of links, sorted, without duplicates', () => {
    expect(manifest.length).toBeGreaterThan(150);
    expect(manifest).toEqual([...new Set(manifest)].sort());
  });

  it('every published link resolves to an existing page and element', () => {
    expect(brokenPublishedLinks(site, manifest)).toEqual([]);
  });

  it('every link target in the build is published (the build adds new ones: commit published-links.json)', () => {
    const published = new Set(manifest);
    expect(site.publishedLinks().filter((link) => !published.has(link))).toEqual([]);
  });

  it('covers every page, row, group, callout, glossary term and change', () => {
    for (const link of [
      '/',
      '/whatsapp-business#labels',
      '/#row-price',
      '/#group-limits',
      '/integrations#grey-integration-risk',
      '/glossary#waba',
      '/changes#change-coexistence',
    ]) {
      expect(manifest).toContain(link);
    }
  });

  it('keeps the original page and its old anchors', () => {
    for (const {from} of REDIRECTS) expect(manifest).toContain(from);
    const legacy = '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api';
    for (const id of ['whatsapp', 'whatsapp-business', 'whatsapp-business-api']) expect(manifest).toContain(`${legacy}#${id}`);
  });
});

describe('the resolver itself', () => {
  it('names a missing element and a missing page', () => {
    expect(site.problemWith('/whatsapp-business#no-such-id')).toBe('no element with id "no-such-id" on /whatsapp-business');
    expect(site.problemWith('/no-such-page')).toBe('no page at /no-such-page');
  });

  it('follows the old page redirect and its anchor aliases to the product pages', () => {
    const legacy = '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api';
    expect(site.problemWith(`${legacy}#whatsapp-business`)).toBeUndefined();
    expect(site.problemWith(`${legacy}#not-an-old-anchor`)).toBe('no element with id "not-an-old-anchor" on /');
  });
});

describe('links in the data (the build fails on one that leads nowhere: plugins/validate-data.ts)', () => {
  it('every link of the chooser and the ready answers resolves', () => {
    expect(brokenDataLinks(site)).toEqual([]);
  });

  it('a section they point at that is gone is named with each place that points at it', () => {
    const moved = <T>(data: T): T => JSON.parse(JSON.stringify(data).replaceAll('/integrations#grey-risks', '/integrations#risks-renamed')) as T;
    const problems = brokenDataLinks(site, {chooser: moved(chooser), answers: moved(answers)});
    expect(problems).toContain(
      '  - src/data/chooser.ts: outcome "business-app", cautions[2].link: "/integrations#risks-renamed" does not resolve (no element with id "risks-renamed" on /integrations)',
    );
    expect(problems.some((p) => p.startsWith('  - src/data/answers.ts: answer "grey-integration-ban", link: "/integrations#risks-renamed"'))).toBe(
      true,
    );
  });
});

describe('anchor aliases', () => {
  for (const [page, aliases] of Object.entries(ANCHOR_ALIASES)) {
    for (const [id, target] of Object.entries(aliases)) {
      it(`${page}#${id} → ${target}`, () => {
        expect(site.page(page)?.ids.has(id), 'an alias for an id that still exists would never be used').toBe(false);
        expect(site.problemWith(target)).toBeUndefined();
      });
    }
  }
});

describe('short links', () => {
  it('are all valid against the manifest', () => {
    expect(shortLinkProblems(SHORT_LINKS, manifest)).toEqual([]);
  });

  it('each /go/ page redirects to its target, and without nginx shows a visible link and names the target canonical', () => {
    for (const {alias, to} of SHORT_LINKS) {
      expect(site.page(`/go/${alias}`)?.refresh).toBe(to);
      expect(manifest).toContain(`/go/${alias}`);
    }
    const html = readFileSync(path.join(ROOT, 'build/go/api-price.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/whatsapp-business-api#pricing">`);
    expect(html).toMatch(/<a href="\/whatsapp-business-api#pricing">Открыть «Цены WhatsApp Business API»<\/a>/);
  });

  it('name the alias and the problem', () => {
    const problems = shortLinkProblems(
      [
        {alias: 'Цены', to: '/', title: 'x'},
        {alias: 'dup', to: '/', title: 'x'},
        {alias: 'dup', to: '/', title: 'x'},
        {alias: 'gone', to: '/whatsapp-business-api#prices', title: 'x'},
      ],
      manifest,
    );
    expect(problems).toEqual([
      'alias "Цены": must be lowercase ASCII (latin letters, digits, hyphens)',
      'alias "dup": defined twice',
      `alias "gone": target "/whatsapp-business-api#prices" is not in ${MANIFEST_FILE}; link to a published page or section`,
    ]);
  });
});
