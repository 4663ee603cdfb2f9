import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {comparison} from '../../../src/data/comparison';
import {KINDS, type SearchBase} from '../../../src/search/index-format';
import type {SearchDocument} from '../../../src/search/types';
import {INDEX_FILE} from '../open-index';
import {pageDocuments, rowDocuments, siteDocuments, type SitePage} from '../documents';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUILD = path.join(ROOT, 'build');

/** Shaped like a built Docusaurus doc page: heading anchors, a table, a callout and a change list. */
const HTML = `<!doctype html><html><body>
<nav><a href="/">Меню</a></nav>
<article><div class="markdown">
<header><h1>Заголовок страницы</h1></header>
<p>Вводный текст страницы.</p>
<h2 class="anchor" id="a" data-link-target="">Раздел A<a href="#a" class="copyLink" aria-label="Ссылка на „Раздел A“"><svg aria-hidden="true"><path d="M0"></path></svg></a></h2>
<p>Текст раздела A.</p>
<h3 class="anchor" id="b">Подраздел B</h3>
<p>Текст подраздела B.</p>
<aside role="note" id="c" data-link-target=""><p><svg aria-hidden="true"><path d="M0"></path></svg><span>Совет</span> <span>Заголовок совета</span></p><a href="#c" aria-label="Ссылка на совет"><svg><path d="M1"></path></svg></a><div><p>Текст совета.</p><p>Второй абзац.</p></div></aside>
<div role="region" aria-label="Таблица"><table><thead><tr><th>Колонка</th></tr></thead><tbody><tr><td>ячейка таблицы</td></tr></tbody></table></div>
<ol><li data-link-target="" id="change-x"><p><time>май 2025</time><strong>Изменение X<a href="#change-x"><svg><path d="M2"></path></svg></a></strong></p><dl><dt>Было</dt><dd>Старое правило.</dd><dt>Сейчас</dt><dd>Новое правило.</dd></dl></li></ol>
<h4 class="anchor" id="d">Глубже D</h4>
<ul><li>первый пункт</li><li>второй пункт<button type="button">Копировать</button></li></ul>
<div><form action="/choose" method="get"><fieldset><legend>Где ваши клиенты?</legend><label><input type="radio" name="q">Вариант ответа</label></fieldset></form></div>
<h2 class="anchor" id="e">Раздел E</h2>
<p>Текст раздела E.</p>
</div></article>
<footer>Подвал сайта</footer>
</body></html>`;

describe('pageDocuments', () => {
  const docs = pageDocuments(HTML, '/page', 'Страница');
  const byId = (id: string) => docs.find((d) => d.id === id);

  it('says which section a subsection or callout is in, so a result shows the page and the section', () => {
    expect(docs.map((d) => [d.id, d.section])).toEqual([
      ['/page', undefined],
      ['/page#a', undefined],
      ['/page#b', 'Раздел A'],
      ['/page#d', 'Подраздел B'],
      ['/page#e', undefined],
      ['/page#c', 'Подраздел B'],
      ['/page#change-x', undefined],
    ]);
  });

  it('makes one document per section, callout and change, with ids and urls of the form path#id', () => {
    expect(docs.map((d) => [d.id, d.kind])).toEqual([
      ['/page', 'section'],
      ['/page#a', 'section'],
      ['/page#b', 'section'],
      ['/page#d', 'section'],
      ['/page#e', 'section'],
      ['/page#c', 'callout'],
      ['/page#change-x', 'change'],
    ]);
    for (const doc of docs) {
      expect(doc.url).toBe(doc.id);
      expect(doc.page).toBe('Страница');
    }
  });

  it('keeps the intro before the first heading as the page document', () => {
    expect(byId('/page')).toMatchObject({title: 'Страница', text: 'Вводный текст страницы.'});
    expect(byId('/page')!.name).toBeUndefined();
  });

  it('gives the page name to the first heading section only', () => {
    expect(byId('/page#a')!.name).toBe('Страница');
    expect(docs.filter((d) => d.name !== undefined).map((d) => d.id)).toEqual(['/page#a']);
  });

  it('takes section titles without the anchor link', () => {
    expect(docs.filter((d) => d.kind === 'section').map((d) => d.title)).toEqual(['Страница', 'Раздел A', 'Подраздел B', 'Глубже D', 'Раздел E']);
  });

  it('adds subsection titles to the text of every enclosing section, and no further', () => {
    expect(byId('/page#a')!.text).toBe('Текст раздела A. Подраздел B Глубже D');
    expect(byId('/page#b')!.text).toBe('Текст подраздела B. Глубже D');
    expect(byId('/page#e')!.text).toBe('Текст раздела E.');
  });

  it("leaves tables, callouts, change items, buttons and forms (the chooser's questions) out of section text", () => {
    const sectionText = docs
      .filter((d) => d.kind === 'section')
      .map((d) => d.text)
      .join(' ');
    for (const excluded of [
      'ячейка',
      'Колонка',
      'совета',
      'Совет',
      'правило',
      'Изменение',
      'Копировать',
      'Меню',
      'Подвал',
      'Заголовок страницы',
      'клиенты',
      'Вариант',
    ]) {
      expect(sectionText).not.toContain(excluded);
    }
  });

  it('keeps the words of adjacent blocks apart', () => {
    expect(byId('/page#d')!.text).toBe('первый пункт второй пункт');
  });

  it('indexes the callout by its id, with its heading as title and its body as text', () => {
    expect(byId('/page#c')).toEqual({
      id: '/page#c',
      url: '/page#c',
      kind: 'callout',
      page: 'Страница',
      section: 'Подраздел B',
      title: 'Совет Заголовок совета',
      text: 'Текст совета. Второй абзац.',
    });
  });

  it('indexes the change by its id, with its strong title and its before/after list', () => {
    expect(byId('/page#change-x')).toEqual({
      id: '/page#change-x',
      url: '/page#change-x',
      kind: 'change',
      page: 'Страница',
      title: 'Изменение X',
      text: 'Было Старое правило. Сейчас Новое правило.',
    });
  });

  it('fails, naming the UPGRADING.md entry and the page, when the theme writes no `article .markdown`', () => {
    expect(() => pageDocuments('<main><div class="markdown"><h2 id="a">A</h2></div></main>', '/page', 'Страница')).toThrow(
      /UPGRADING\.md «Search documents from the theme's markup»: \/page has no `article \.markdown`/,
    );
  });

  it('has no page document when there is no intro, and nothing outside the article', () => {
    const bare = pageDocuments(
      '<main><p>вне статьи</p></main><article><div class="markdown"><h2 id="only">Единственный</h2><p>Текст.</p></div></article>',
      '/bare',
      'Голая',
    );
    expect(bare).toEqual([
      {id: '/bare#only', url: '/bare#only', kind: 'section', page: 'Голая', name: 'Голая', title: 'Единственный', text: 'Текст.'},
    ]);
  });

  it('skips headings without an id', () => {
    const docs2 = pageDocuments('<article><div class="markdown"><p>Вступление.</p><h2>Без id</h2><p>Ещё.</p></div></article>', '/x', 'X');
    expect(docs2.map((d) => d.id)).toEqual(['/x']);
    expect(docs2[0]!.text).toBe('Вступление. Без id Ещё.');
  });
});

describe('rowDocuments', () => {
  const rows = rowDocuments('Обзор');
  const all = comparison.groups.flatMap((group) => group.rows.map((row) => ({group, row})));

  it('has one document per row of the comparison table, at /#row-<id>', () => {
    expect(rows).toHaveLength(all.length);
    expect(rows.map((d) => d.id)).toEqual(all.map(({row}) => `/#row-${row.id}`));
    expect(new Set(rows.map((d) => d.id)).size).toBe(rows.length);
    for (const doc of rows) {
      expect(doc.url).toBe(doc.id);
      expect(doc.kind).toBe('row');
      expect(doc.page).toBe('Обзор');
    }
  });

  it('indexes the row label, explanation, group and every product cell', () => {
    for (const [i, {group, row}] of all.entries()) {
      const doc = rows[i]!;
      expect(doc.title).toBe(row.label);
      expect(doc.text).toContain(group.title);
      if (row.explanation) expect(doc.text).toContain(row.explanation);
      for (const product of comparison.products) {
        const cell = row.values[product.id];
        expect(doc.text).toContain(`${product.shortName}: ${cell.text}.`);
        if (cell.note) expect(doc.text).toContain(cell.note);
      }
    }
  });
});

/** The site's pages as the plugin sees them: slug and sidebar label from each doc's front matter. */
function sitePages(): SitePage[] {
  return readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => readFileSync(path.join(ROOT, 'docs', file), 'utf8'))
    .map((source) => /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '')
    .filter((front) => !/^unlisted:\s*true/m.test(front))
    .map((front) => {
      const field = (key: string) => /^(?:'|")?(.*?)(?:'|")?$/.exec(new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim() ?? '')?.[1] ?? '';
      return {path: field('slug'), name: field('sidebar_label') || field('title')};
    });
}

const hasBuild = existsSync(path.join(BUILD, 'index.html'));

describe('siteDocuments on the real build', () => {
  const pages = sitePages();
  const docs: SearchDocument[] = hasBuild ? siteDocuments(BUILD, pages) : [];
  const published = new Set(JSON.parse(readFileSync(path.join(ROOT, 'published-links.json'), 'utf8')) as string[]);

  it('has a build to read', () => {
    expect(hasBuild, `${BUILD} is missing: run "npm run build" first`).toBe(true);
  });

  it('reads every page of the site', () => {
    expect(pages).toContainEqual({path: '/', name: 'Обзор'});
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const {path: pagePath} of pages)
      expect(
        docs.some((d) => d.url.split('#')[0] === pagePath),
        pagePath,
      ).toBe(true);
  });

  it('every document id is a published link, so every search result is one', () => {
    expect(docs.length).toBeGreaterThan(50);
    expect(docs.filter((d) => !published.has(d.id)).map((d) => d.id)).toEqual([]);
    expect(docs.every((d) => d.url === d.id)).toBe(true);
  });

  it('ids are unique', () => {
    const ids = docs.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has sections, callouts, changes and one row per table row', () => {
    const count = (kind: SearchDocument['kind']) => docs.filter((d) => d.kind === kind).length;
    expect(count('section')).toBeGreaterThan(20);
    expect(count('callout')).toBeGreaterThan(0);
    expect(count('change')).toBeGreaterThan(0);
    expect(count('row')).toBe(comparison.groups.reduce((n, g) => n + g.rows.length, 0));
  });

  it('gives each page name to one section of that page', () => {
    for (const {path: pagePath, name} of pages) {
      const named = docs.filter((d) => d.name !== undefined && d.url.startsWith(`${pagePath === '/' ? '/#' : `${pagePath}#`}`));
      expect(
        named.map((d) => d.name),
        pagePath,
      ).toEqual([name]);
    }
  });

  it('has no words glued together across blocks («статьеДоступ», «СейчасMeta»)', () => {
    const glued = docs.flatMap((d) => (`${d.title} ${d.text}`.match(/\S*[а-яё][A-ZА-ЯЁ]\S*/g) ?? []).map((w) => `${d.id}: ${w}`));
    expect(glued).toEqual([]);
  });

  it('documents have text or a title, and no markup', () => {
    for (const doc of docs) {
      expect(doc.title || doc.text, doc.id).not.toBe('');
      expect(`${doc.title} ${doc.text}`, doc.id).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it('are what the build indexed (search-index.json is not stale)', () => {
    const base = JSON.parse(readFileSync(path.join(BUILD, INDEX_FILE), 'utf8')) as SearchBase;
    expect(base.documentCount).toBe(docs.length);
    // Pages may come in another order here than in the plugin: compare the kinds as a multiset.
    expect(base.documents.map(([kind]) => KINDS[kind]).sort()).toEqual(docs.map((d) => d.kind).sort());
  });
});

describe('snippetText', () => {
  it('drops citations as pages write them, and nothing else', async () => {
    const {snippetText} = await import('../documents');
    expect(snippetText('Цены зависят от страны [Meta: цены WhatsApp Business Platform, проверено 3 декабря 2026 г.]. Дальше.')).toBe(
      'Цены зависят от страны. Дальше.',
    );
    expect(snippetText('Так [по данным провайдеров: 360dialog: тарифы, проверено 3 декабря 2026 г., требует проверки] и так.')).toBe('Так и так.');
    expect(snippetText('Список [1] и [примечание] остаются.')).toBe('Список [1] и [примечание] остаются.');
  });
});

describe('reader questions (src/search/questions.ts)', () => {
  it('attaches each place’s questions to its document', async () => {
    const {withQuestions} = await import('../documents');
    const docs = [{id: '/a#x', url: '/a#x', kind: 'section' as const, page: 'A', title: 'X', text: 'Текст.'}];
    expect(withQuestions(docs, {'/a#x': ['первый вопрос', 'второй вопрос']})[0]!.questions).toBe('первый вопрос. второй вопрос');
    expect(withQuestions(docs, {'/a#gone': ['вопрос']})[0]!.questions).toBeUndefined();
  });

  it('are written for places the built index has, each of which carries them', async () => {
    const {SECTION_QUESTIONS} = await import('../../../src/search/questions');
    const root = path.resolve(import.meta.dirname, '../../..');
    const shards = readdirSync(path.join(root, 'build/assets/search')).filter((file) => file.startsWith('docs-') && file.endsWith('.json'));
    const urls = new Set(
      shards.flatMap((file) => (JSON.parse(readFileSync(path.join(root, 'build/assets/search', file), 'utf8')) as [string][]).map(([url]) => url)),
    );
    expect(urls.size).toBeGreaterThan(100);
    expect(Object.keys(SECTION_QUESTIONS).filter((url) => !urls.has(url))).toEqual([]);
  });

  it('are written for published places only', async () => {
    const {SECTION_QUESTIONS} = await import('../../../src/search/questions');
    const published = new Set(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../published-links.json'), 'utf8')) as string[]);
    const keys = Object.keys(SECTION_QUESTIONS);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => !published.has(key))).toEqual([]);
    for (const [key, questions] of Object.entries(SECTION_QUESTIONS)) for (const question of questions) expect(question, key).not.toMatch(/\. /);
  });
});
