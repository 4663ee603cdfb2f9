import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {compile, createProcessor} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {selectTable, type Selection} from '../../src/components/FeatureTable/select';
import {changes} from '../../src/data/changes';
import {comparison} from '../../src/data/comparison';
import remarkSiteRules, {checkTree} from '../remark-site-rules';

type Tree = Parameters<typeof checkTree>[0];

/** A file in a fake site root, so messages show a stable relative path. */
const SITE = path.join(path.sep, 'site');
const FILE = {path: path.join(SITE, 'docs', 'example.mdx'), cwd: SITE};
const AT = 'docs/example.mdx';

/**
 * The syntax Docusaurus parses docs with: MDX plus the syntax extensions its mdx-loader always
 * adds (front matter, directives, GFM). Syntax extensions apply at parse time, whatever their
 * position in the plugin list, so front matter never turns into a setext heading.
 */
function parser() {
  return createProcessor({remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm]});
}

function parse(mdx: string): Tree {
  return parser().parse(mdx) as Tree;
}

function problems(mdx: string, file: {path?: string; cwd?: string} = FILE): string[] {
  return checkTree(parse(mdx), file);
}

/** Runs the plugin's transformer on the parsed file, as unified does, and returns the error message, or null. */
function runPlugin(mdx: string): string | null {
  const file = {...FILE, value: mdx};
  try {
    remarkSiteRules()(parse(mdx), file);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('remark-site-rules: heading ids', () => {
  it('accepts a heading with an explicit ASCII id', () => {
    expect(problems('# Заголовок страницы\n\n## Цены {/* #ok-id */}\n\nТекст.\n')).toEqual([]);
    expect(runPlugin('## Цены {/* #ok-id */}\n')).toBeNull();
  });

  it('accepts ids at every depth from ## to ######, and tolerant comment spacing', () => {
    const mdx = [
      '## Два {/* #two */}',
      '### Три {/*#three*/}',
      '#### Четыре {/*   #four   */}',
      '##### Пять {/* #five-5 */}',
      '###### Шесть {/* #six */}',
      'Setext {/* #setext */}\n---',
    ].join('\n\n');
    expect(problems(mdx)).toEqual([]);
  });

  it('does not require an id on the page title (#)', () => {
    expect(problems('# Заголовок без id\n')).toEqual([]);
  });

  it('rejects a heading without an explicit id, naming file and line and showing the fix', () => {
    const result = problems('# Страница\n\nТекст.\n\n## Цены и лимиты\n');
    expect(result).toEqual([`${AT}:5: heading "Цены и лимиты" has no explicit id. Write it as: ## Цены и лимиты {/* #some-ascii-id */}`]);
  });

  it('shows the fix with the heading’s own depth and plain text', () => {
    const [message] = problems('### Про **API** и `webhooks`\n');
    expect(message).toContain(`${AT}:1:`);
    expect(message).toContain('Write it as: ### Про API и webhooks {/* #some-ascii-id */}');
  });

  it('rejects a setext heading without an id', () => {
    expect(problems('Текст\n\nЦены\n----\n')).toEqual([expect.stringContaining(`${AT}:3: heading "Цены" has no explicit id`)]);
  });

  it('rejects an id that is not at the end of the heading', () => {
    expect(problems('## {/* #prices */} Цены\n')).toEqual([expect.stringContaining('has no explicit id')]);
  });

  it('rejects a comment that is not an id', () => {
    expect(problems('## Цены {/* TODO */}\n')).toEqual([expect.stringContaining('has no explicit id')]);
  });

  it.each([
    ['Cyrillic', 'цены'],
    ['uppercase', 'Pricing'],
    ['underscore', 'price_list'],
    ['trailing hyphen', 'price-'],
  ])('rejects a %s id', (_, id) => {
    expect(problems(`Текст.\n\n## Цены {/* #${id} */}\n`)).toEqual([
      `${AT}:3: heading id "${id}" must be lowercase ASCII: latin letters, digits and hyphens.`,
    ]);
  });

  it('rejects a duplicate id in one file, naming both lines', () => {
    const mdx = '## Цены {/* #pricing */}\n\nТекст.\n\n### Ещё цены {/* #pricing */}\n';
    expect(problems(mdx)).toEqual([`${AT}:5: heading id "pricing" is already used at ${AT}:1; ids must be unique on a page.`]);
  });

  it('allows the same id in two different files', () => {
    const mdx = '## Цены {/* #pricing */}\n';
    expect(problems(mdx, {path: path.join(SITE, 'docs', 'a.mdx'), cwd: SITE})).toEqual([]);
    expect(problems(mdx, {path: path.join(SITE, 'docs', 'b.mdx'), cwd: SITE})).toEqual([]);
  });

  it('checks headings nested in JSX and directives too', () => {
    const mdx = '<details>\n\n## Внутри\n\n</details>\n\n:::details\n\n## В совете\n\n:::\n';
    expect(problems(mdx)).toEqual([expect.stringContaining(`${AT}:3: heading "Внутри"`), expect.stringContaining(`${AT}:9: heading "В совете"`)]);
  });

  it('counts lines from the top of the file, front matter included', () => {
    const mdx = '---\ntitle: Цены\nslug: /prices\n---\n\n## Без id\n';
    expect(problems(mdx)).toEqual([expect.stringContaining(`${AT}:6: heading "Без id"`)]);
  });

  it('writes <mdx> when the file has no path', () => {
    expect(problems('## Без id\n', {})).toEqual([expect.stringMatching(/^<mdx>:1: /)]);
  });
});

describe('remark-site-rules: names of sources, figures and dates', () => {
  it('accepts known names', () => {
    expect(
      problems('# T\n\nДо <Num name="throughputMax" />, с <Day name="aiAssistantBan" />, <Since name="bsuidSent" /> <Cite source="throughput" />\n'),
    ).toEqual([]);
    expect(problems('# T\n\nНа <CheckedOn source="ruDomainsKommersant" />\n')).toEqual([]);
  });

  it.each([
    ['<Cite source="throughputt" />', 'Cite source="throughputt"', 'src/data/sources.ts'],
    ['<CheckedOn source="nope" />', 'CheckedOn source="nope"', 'src/data/sources.ts'],
    ['<Num name="speed" />', 'Num name="speed"', 'src/data/figures.ts (FIGURES)'],
    ['<Day name="someday" />', 'Day name="someday"', 'src/data/figures.ts (MILESTONES)'],
    ['<Since name="someday" />', 'Since name="someday"', 'src/data/figures.ts (MILESTONES)'],
  ])('rejects %s, naming file:line and where names live', (jsx, named, file) => {
    const found = problems(`# T\n\nТекст ${jsx}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${AT}:3: <${named.replace(/[()]/g, '\\$&')}>: unknown key; add it to ${file.replace(/[()]/g, '\\$&')}`));
  });

  it('rejects a name given as an expression or missing', () => {
    expect(problems('# T\n\nТекст <Cite source={key} />\n')).toEqual([
      `${AT}:3: <Cite> needs source="…" as a plain string: a key of src/data/sources.ts.`,
    ]);
    expect(problems('# T\n\nДо <Num />\n')).toEqual([`${AT}:3: <Num> needs name="…" as a plain string: a key of src/data/figures.ts (FIGURES).`]);
  });

  it('rejects a source or a date alone on its line (a block cut off from its sentence), naming file:line', () => {
    expect(problems('# T\n\nСрок истёк\n<Day name="onPremisesSunset" /> <Cite source="onPremSunset" />\n')).toEqual([
      `${AT}:4: <Day> stands alone on its line, so it renders as a block apart from its sentence. Put it on the line of the text it belongs to.`,
      `${AT}:4: <Cite> stands alone on its line, so it renders as a block apart from its sentence. Put it on the line of the text it belongs to.`,
    ]);
    expect(problems('# T\n\nСрок истёк <Day name="onPremisesSunset" />\n<Cite source="onPremSunset" /> и ещё текст.\n')).toEqual([]);
  });
});

describe('remark-site-rules: <Callout type>', () => {
  it.each(['info', 'tip', 'warning', 'danger'])('accepts type="%s"', (type) => {
    expect(problems(`<Callout type="${type}" id="${type}-note" title="Заголовок">\n  Текст.\n</Callout>\n`)).toEqual([]);
  });

  it('accepts a Callout without a type (it defaults to info)', () => {
    expect(problems('<Callout id="plain">\n  Текст.\n</Callout>\n')).toEqual([]);
  });

  it('rejects an unknown type, listing the allowed ones and the file:line', () => {
    const result = problems('## Раздел {/* #section */}\n\n<Callout type="note" id="note-1">\n  Текст.\n</Callout>\n');
    expect(result).toEqual([`${AT}:3: <Callout type="note"> is not a known callout type. Allowed types: info, tip, warning, danger.`]);
  });

  it('rejects a type given as an expression', () => {
    for (const value of ['{x}', "{'tip'}"]) {
      expect(problems(`\n<Callout type=${value} id="expr">Текст</Callout>\n`)).toEqual([
        `${AT}:2: <Callout type> must be a plain string, one of: info, tip, warning, danger.`,
      ]);
    }
  });

  it('rejects a bare `type` attribute', () => {
    expect(problems('<Callout type id="bare">Текст</Callout>\n')).toEqual([expect.stringContaining('<Callout type> must be a plain string')]);
  });

  it('checks a Callout inside a paragraph (text element) as well', () => {
    expect(problems('Текст <Callout type="error" id="inline">внутри</Callout> абзаца.\n')).toEqual([
      expect.stringContaining(`${AT}:1: <Callout type="error"> is not a known callout type`),
    ]);
  });

  it('leaves other components alone', () => {
    expect(problems('<Tabs type="note">x</Tabs>\n\n<callout type="note">x</callout>\n')).toEqual([]);
  });
});

describe('remark-site-rules: <Callout id>', () => {
  it('accepts a Callout with an ASCII id', () => {
    expect(problems('<Callout type="tip" id="pricing-2026">\n  Текст.\n</Callout>\n')).toEqual([]);
    expect(runPlugin('<Callout type="tip" id="pricing-2026">x</Callout>\n')).toBeNull();
  });

  it('rejects a Callout without an id, naming file and line and showing the fix', () => {
    expect(problems('# Страница\n\n<Callout type="tip">\n  Текст.\n</Callout>\n')).toEqual([
      `${AT}:3: <Callout> needs an explicit id so support can link to it, e.g. <Callout type="tip" id="some-ascii-id">.`,
    ]);
  });

  it('rejects a missing id in a Callout inside a paragraph and inside other JSX', () => {
    expect(problems('Текст <Callout>внутри</Callout> абзаца.\n\n<details>\n\n<Callout>x</Callout>\n\n</details>\n')).toEqual([
      expect.stringContaining(`${AT}:1: <Callout> needs an explicit id`),
      expect.stringContaining(`${AT}:5: <Callout> needs an explicit id`),
    ]);
  });

  it.each([
    ['an expression', `id={'tip-1'}`],
    ['a bare attribute', 'id'],
  ])('rejects an id given as %s: it must be a plain string', (_, attribute) => {
    expect(problems(`<Callout type="tip" ${attribute}>x</Callout>\n`)).toEqual([
      expect.stringContaining(`${AT}:1: <Callout id> must be a plain string such as id="some-ascii-id"`),
    ]);
  });

  it('reports a missing id and an unknown type of the same Callout separately', () => {
    expect(problems('<Callout type="note">x</Callout>\n')).toEqual([
      expect.stringContaining(`${AT}:1: <Callout> needs an explicit id`),
      expect.stringContaining(`${AT}:1: <Callout type="note"> is not a known callout type`),
    ]);
  });

  it.each([
    ['Cyrillic', 'совет'],
    ['uppercase', 'Tip'],
    ['underscore', 'price_tip'],
    ['space', 'price tip'],
    ['empty', ''],
  ])('rejects a %s id', (_, id) => {
    expect(problems(`Текст.\n\n<Callout type="tip" id="${id}">x</Callout>\n`)).toEqual([
      `${AT}:3: callout id "${id}" must be lowercase ASCII: latin letters, digits and hyphens.`,
    ]);
  });

  it('rejects a callout id already used by a heading, naming both places', () => {
    const mdx = '## Цены {/* #pricing */}\n\nТекст.\n\n<Callout type="tip" id="pricing">x</Callout>\n';
    expect(problems(mdx)).toEqual([`${AT}:5: callout id "pricing" is already used at ${AT}:1; ids must be unique on a page.`]);
  });

  it('rejects a heading id already used by an earlier callout, naming both places', () => {
    const mdx = '<Callout type="tip" id="pricing">x</Callout>\n\n## Цены {/* #pricing */}\n';
    expect(problems(mdx)).toEqual([`${AT}:3: heading id "pricing" is already used at ${AT}:1; ids must be unique on a page.`]);
  });

  it('rejects two callouts with the same id, naming both lines', () => {
    const mdx = '---\ntitle: x\n---\n\n<Callout type="tip" id="same">a</Callout>\n\n<Callout type="danger" id="same">b</Callout>\n';
    expect(problems(mdx)).toEqual([`${AT}:7: callout id "same" is already used at ${AT}:5; ids must be unique on a page.`]);
  });

  it('allows the same callout id in two different files', () => {
    const mdx = '<Callout type="tip" id="tip-1">x</Callout>\n';
    expect(problems(mdx, {path: path.join(SITE, 'docs', 'a.mdx'), cwd: SITE})).toEqual([]);
    expect(problems(mdx, {path: path.join(SITE, 'docs', 'b.mdx'), cwd: SITE})).toEqual([]);
  });

  it('stops the plugin when a callout has no id', () => {
    expect(runPlugin('<Callout type="tip">x</Callout>\n')).toBe(
      `Content rules broken:\n  - ${AT}:1: <Callout> needs an explicit id so support can link to it, e.g. <Callout type="tip" id="some-ascii-id">.`,
    );
  });
});

describe('remark-site-rules as a plugin', () => {
  it('throws one error listing every problem, one per line', () => {
    const message = runPlugin(
      '## Первый\n\n## Второй {/* #Второй */}\n\n<Callout type="note" id="note">x</Callout>\n\n<Callout type="tip">y</Callout>\n',
    );
    expect(message).not.toBeNull();
    const lines = message!.split('\n');
    expect(lines[0]).toBe('Content rules broken:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^ {2}- ${AT}:1: heading "Первый" has no explicit id`)),
      expect.stringMatching(new RegExp(`^ {2}- ${AT}:3: heading id "Второй" must be lowercase ASCII`)),
      expect.stringMatching(new RegExp(`^ {2}- ${AT}:5: <Callout type="note">`)),
      expect.stringMatching(new RegExp(`^ {2}- ${AT}:7: <Callout> needs an explicit id`)),
    ]);
  });

  it('stops an MDX compile the way Docusaurus runs it (before its default plugins)', async () => {
    const file = {...FILE, value: '## Цены\n'};
    await expect(compile(file, {remarkPlugins: [remarkSiteRules, remarkFrontmatter, remarkDirective, remarkGfm]})).rejects.toThrow(
      `${AT}:1: heading "Цены" has no explicit id`,
    );
    const ok = {...FILE, value: '---\ntitle: x\n---\n\n## Цены {/* #pricing */}\n\n<Callout type="tip" id="pricing-tip">x</Callout>\n'};
    await expect(compile(ok, {remarkPlugins: [remarkSiteRules, remarkFrontmatter, remarkDirective, remarkGfm]})).resolves.toBeDefined();
  });
});

/* ---------- The site's own pages ---------- */

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  children?: Node[];
  attributes?: {type: string; name?: string; value?: unknown}[];
}

const DOCS_DIR = path.join(process.cwd(), 'docs');
const docFiles = readdirSync(DOCS_DIR).filter((f) => /\.mdx?$/.test(f));

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

interface Page {
  file: string;
  slug: string;
  tree: Node;
  /** Heading ids and `id` attributes of JSX elements: what a `#fragment` can point at. */
  anchors: Set<string>;
}

const pages: Page[] = docFiles.map((file) => {
  const tree = parse(readFileSync(path.join(DOCS_DIR, file), 'utf8')) as Node;
  let slug = `/${file.replace(/\.mdx?$/, '')}`;
  const anchors = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'yaml') slug = /^slug:\s*(\S+)\s*$/m.exec(String(node.value))?.[1] ?? slug;
    if (node.type === 'heading') {
      const last = node.children?.at(-1);
      const id = last?.type === 'mdxTextExpression' ? /#(\S+?)\s*\*\//.exec(String(last.value))?.[1] : undefined;
      if (id) anchors.add(id);
    }
    const idAttr = node.attributes?.find((a) => a.name === 'id');
    if (typeof idAttr?.value === 'string') anchors.add(idAttr.value);
  });
  return {file, slug, tree, anchors};
});

function jsxElements(tree: Node, name: string): Node[] {
  const found: Node[] = [];
  walk(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) found.push(node);
  });
  return found;
}

/** Reads a literal JSX attribute: "x" or {['a', 'b']}. */
function attributeValue(node: Node, name: string): unknown {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr === undefined) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const expression = (attr.value as {value?: string} | null)?.value ?? '';
  return JSON.parse(expression.replace(/'/g, '"'));
}

describe('the site’s docs', () => {
  it('are found', () => {
    expect(docFiles.length).toBeGreaterThan(0);
  });

  it.each(docFiles)('docs/%s follows the content rules', (file) => {
    const source = readFileSync(path.join(DOCS_DIR, file), 'utf8');
    expect(checkTree(parse(source), {path: path.join(DOCS_DIR, file), cwd: process.cwd()})).toEqual([]);
  });

  it('every change’s «Подробнее» link points at an existing page and anchor', () => {
    for (const change of changes) {
      const [pagePath, fragment] = change.more.split('#');
      const page = pages.find((p) => p.slug === pagePath);
      expect(page, `${change.id}: no page with slug ${pagePath}`).toBeDefined();
      if (fragment) expect([...page!.anchors], `${change.id}: no #${fragment} on ${page!.file}`).toContain(fragment);
    }
  });

  it('every internal link points at an existing page and anchor', () => {
    /** Anchors the page's components add: table rows and groups, change-log items. */
    const componentAnchors = (page: Page): string[] => [
      ...jsxElements(page.tree, 'FeatureTable').flatMap((node) => {
        const {groups} = selectTable(comparison, {
          groups: attributeValue(node, 'groups'),
          rows: attributeValue(node, 'rows'),
          products: attributeValue(node, 'products'),
        } as Selection);
        return groups.flatMap((g) => [`group-${g.id}`, ...g.rows.map((r) => `row-${r.id}`)]);
      }),
      ...(jsxElements(page.tree, 'ChangeLog').length ? changes.map((c) => `change-${c.id}`) : []),
    ];
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      walk(page.tree, (node) => {
        const url = node.type === 'link' ? String(node.url) : undefined;
        if (!url?.startsWith('/') && !url?.startsWith('#')) return;
        checked += 1;
        const [pagePath, fragment] = url.split('#');
        const target = pagePath ? pages.find((p) => p.slug === pagePath.replace(/\/$/, '') || p.slug === pagePath) : page;
        if (!target) return void broken.push(`${page.file}: ${url} (no such page)`);
        if (fragment && !target.anchors.has(fragment) && !componentAnchors(target).includes(fragment)) {
          broken.push(`${page.file}: ${url} (no #${fragment} on ${target.file})`);
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it('every <FeatureTable> asks for ids that exist', () => {
    for (const page of pages) {
      for (const node of jsxElements(page.tree, 'FeatureTable')) {
        const selection = {
          groups: attributeValue(node, 'groups'),
          rows: attributeValue(node, 'rows'),
          products: attributeValue(node, 'products'),
        } as Selection;
        expect(() => selectTable(comparison, selection), page.file).not.toThrow();
      }
    }
  });
});

describe('admonitions', () => {
  it('rejects a :::note admonition, naming file:line and the Callout to write instead', () => {
    const found = problems('# T\n\ntext\n\n:::warning\n\nОсторожно\n\n:::\n');
    expect(found).toEqual([
      `${AT}:5: ":::warning" admonitions are not used on this site. Write <Callout type="warning" id="some-ascii-id">…</Callout> instead.`,
    ]);
  });

  it('maps every admonition keyword to an existing Callout type', () => {
    for (const keyword of ['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']) {
      const [message] = problems(`:::${keyword}\n\nx\n\n:::\n`);
      expect(message, keyword).toMatch(/Write <Callout type="(info|tip|warning|danger)"/);
    }
  });

  it('leaves other container directives alone', () => {
    expect(problems(':::details\n\nx\n\n:::\n')).toEqual([]);
  });
});

describe('dates after a preposition', () => {
  it('rejects «С <Day>» of a month-only date, showing what it would read and what to write', () => {
    expect(problems('С <Day name="bsuidSent" /> приходит BSUID.\n')).toEqual([
      `${AT}:1: «С <Day name="bsuidSent" />» reads «С апрель 2026 г.»: the date is known only to the month, and <Day> writes it in the nominative. Write <Since name="bsuidSent" /> for «с …», or rephrase.`,
    ]);
    expect(problems('Звонки ограничены в <Day name="ruCallsRestricted" />.\n')).toHaveLength(1);
  });

  it('accepts a full day or a year after a preposition, a month-only date that leads, and <Since>', () => {
    expect(problems('С <Day name="aiAssistantBan" /> действует запрет.\n')).toEqual([]);
    expect(problems('С <Day name="coexistenceLaunch" /> есть сосуществование.\n')).toEqual([]);
    expect(problems('- **<Day name="ruCallsRestricted" />** — ограничены звонки.\n')).toEqual([]);
    expect(problems('Cloud API работает <Since name="cloudApiLaunch" />.\n')).toEqual([]);
  });
});

describe('reported facts and claims about what a page does not say', () => {
  // A source the register marks as reported by providers, and one stated by an official page.
  const REPORTED = 'serviceAllowanceMake';
  const OFFICIAL = 'serviceWindow';

  it('accepts a paragraph that cites a reported source and says it is reported', () => {
    expect(problems(`По данным провайдеров, первые ответы бесплатны. <Cite source="${REPORTED}" />\n`)).toEqual([]);
    expect(problems(`- по сообщениям СМИ, так и есть; <Cite source="ruRegistrationCodes" />\n`)).toEqual([]);
  });

  it('rejects a paragraph that states a reported fact as firm, naming the file, line and source', () => {
    expect(problems(`Текст.\n\nПервые ответы бесплатны. <Cite source="${REPORTED}" />\n`)).toEqual([
      expect.stringMatching(new RegExp(`^${AT}:3: the paragraph cites a reported source .*«по данным провайдеров …».*<Cite source="${REPORTED}">`)),
    ]);
  });

  it('checks each list item and each paragraph of a callout on its own', () => {
    const mdx = [
      '- По данным провайдеров, так. <Cite source="serviceAllowanceMake" />',
      '- А это нет. <Cite source="serviceAllowanceWaply" />',
      '',
      '<Callout type="info" id="note" title="Заметка">',
      '  По данным провайдеров, так. <Cite source="serviceAllowanceMake" />',
      '',
      '  Так. <Cite source="serviceAllowanceMake" />',
      '</Callout>',
      '',
    ].join('\n');
    expect(problems(mdx).map((p) => p.split(': ')[0])).toEqual([`${AT}:2`, `${AT}:7`]);
  });

  it('rejects a claim that a page does not mention something unless the paragraph cites a page', () => {
    expect(problems('На страницах Meta это не упоминается.\n')).toEqual([
      expect.stringMatching(new RegExp(`^${AT}:1: the paragraph says a page «не упоминается» something without citing that page`)),
    ]);
    expect(problems('Справка этого не говорит.\n')).toHaveLength(1);
    expect(problems(`Справка этого не говорит. <Cite source="${OFFICIAL}" />\n`)).toEqual([]);
    expect(problems('Мы не нашли такой страницы.\n')).toEqual([]);
  });
});

describe('callout titles', () => {
  it('rejects a colon in a title, since the label before it ends with one', () => {
    expect(problems('<Callout type="warning" id="x" title="Клиенты в России: только VPN">\n  Текст.\n</Callout>\n')).toEqual([
      expect.stringContaining(`${AT}:1: callout title «Клиенты в России: только VPN» has a colon`),
    ]);
    expect(problems('<Callout type="warning" id="x" title="WhatsApp в России — только через VPN">\n  Текст.\n</Callout>\n')).toEqual([]);
  });
});
