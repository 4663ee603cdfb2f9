/**
 * Builds the search documents from the built pages: one per section (heading with an id), callout and change;
 * and from the typed data: one per comparison-table row, chooser outcome and ready answer, so each is indexed
 * once with its real words (their blocks on the page are marked `data-search-separate` and skipped).
 */
import {readFileSync} from 'node:fs';
import {load, type AnyNode, type Cheerio, type CheerioAPI} from 'cheerio';
import {linkIds} from '../../src/data/link-ids';
import {answers} from '../../src/data/answers';
import {chooser} from '../../src/data/chooser';
import {comparison} from '../../src/data/comparison';
import {builtPageFile} from '../links/built-file';
import {SECTION_QUESTIONS} from '../../src/search/questions';
import type {SearchDocument} from '../../src/search/types';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A citation as a page writes it: «[Meta: цены …, проверено 3 декабря 2026 г.]», «[по данным провайдеров: …]». */
const CITATION = /\s*\[[^[\]]*проверено[^[\]]*\]/g;

/**
 * What a result shows: the document's text without its citations. A snippet is words a reader wrote, never citation
 * markup; the citations stay indexed (a source's title names the subject: «Meta: цены …»).
 */
export function snippetText(text: string): string {
  return text.replace(CITATION, '');
}

/** Elements whose text is a separate line: `<dt>В исходной статье</dt><dd>Доступ…` must not become «статьеДоступ». */
const BLOCKS =
  'p, div, li, dt, dd, tr, td, th, br, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, summary, ul, ol, dl, fieldset, legend, label';

/** Text of a (cloned) node, with a space after each block element so words of adjacent blocks stay apart. */
function textOf(node: Cheerio<AnyNode>): string {
  const copy = node.clone();
  copy.find(BLOCKS).after(' ');
  return clean(copy.text());
}

/** Text of a node without the parts that are indexed on their own (tables, callouts, change items). */
function ownText($: CheerioAPI, node: AnyNode): string {
  const copy = $(node).clone();
  copy.find('table, [role="region"], aside[role="note"], li[data-link-target], [data-search-separate], button, svg, form').remove();
  // A block indexed on its own is skipped whole, also when it is a top-level child of the page (find() only sees
  // descendants): the chooser's outcomes and the ready answers would otherwise make two huge documents that
  // outrank the right section for any query.
  if (copy.is('table, [role="region"], aside[role="note"], [data-search-separate], form') || copy.find('table').length) return '';
  return textOf(copy);
}

export function pageDocuments(html: string, pagePath: string, page: string): SearchDocument[] {
  const $ = load(html);
  const root = $('article .markdown').first();
  // The theme's markup is the only way to the page's text: without it the index would be empty and the build silent.
  if (!root.length) {
    throw new Error(
      `UPGRADING.md «Search documents from the theme's markup»: ${pagePath} has no \`article .markdown\`; the theme's doc markup changed, so search would index nothing of it. Re-check the entry.`,
    );
  }
  // «Сообщить об ошибке» links (REPORT_TO builds) are controls, not words of the page.
  root.find('[data-report]').remove();
  const documents: SearchDocument[] = [];
  let current: SearchDocument = {id: pagePath, url: pagePath, kind: 'section', page, title: page, text: ''};
  // Open sections by heading level: a subsection's heading also counts as words of its parent section.
  const open: {level: number; doc: SearchDocument}[] = [];
  /** The section each callout is in, by callout id. */
  const calloutSection = new Map<string, string>();
  // The document itself is pushed (texts are cleaned at the end): a later subsection heading adds to its text.
  const flush = () => {
    if (current.text || current.kind === 'section') documents.push(current);
  };
  root.children().each((_, child) => {
    const element = $(child);
    if (element.is('h2, h3, h4, h5, h6') && element.attr('id')) {
      flush();
      const id = element.attr('id')!;
      const level = Number(child.type === 'tag' ? child.tagName.slice(1) : 2);
      const title = clean(element.text());
      while (open.length && open.at(-1)!.level >= level) open.pop();
      for (const parent of open) parent.doc.text += ` ${title}`;
      current = {id: `${pagePath}#${id}`, url: `${pagePath}#${id}`, kind: 'section', page, title, text: ''};
      const parent = open.at(-1)?.doc.title;
      if (parent) current.section = parent;
      if (!documents.some((d) => d.kind === 'section' && d.id !== pagePath)) current.name = page;
      open.push({level, doc: current});
      return;
    }
    if (element.is('header')) return;
    element
      .find('aside[role="note"][id]')
      .addBack('aside[role="note"][id]')
      .each((_, aside) => {
        if (current.url !== pagePath) calloutSection.set($(aside).attr('id')!, current.title);
      });
    current.text += ` ${ownText($, child)}`;
  });
  flush();
  for (const doc of documents) doc.text = clean(doc.text);

  root.find('aside[role="note"][id]').each((_, aside) => {
    const id = $(aside).attr('id')!;
    const heading = $(aside).children('p').first();
    documents.push({
      id: `${pagePath}#${id}`,
      url: `${pagePath}#${id}`,
      kind: 'callout',
      page,
      ...(calloutSection.has(id) ? {section: calloutSection.get(id)} : {}),
      title: textOf(heading),
      text: textOf($(aside).children('div').last()),
    });
  });
  root.find('li[data-link-target][id]:not([data-search-omit])').each((_, item) => {
    const id = $(item).attr('id')!;
    documents.push({
      id: `${pagePath}#${id}`,
      url: `${pagePath}#${id}`,
      kind: 'change',
      page,
      title: textOf($(item).find('strong').first()),
      text: textOf($(item).find('dl')),
    });
  });
  // The page intro (text before the first heading) only counts when there is some.
  return documents.filter((d) => d.id !== pagePath || d.text !== '');
}

/** Table rows, indexed once, on the overview page where the whole table is. */
export function rowDocuments(page: string): SearchDocument[] {
  return comparison.groups.flatMap((group) =>
    group.rows.map((row) => ({
      id: `/#${linkIds.row(row.id)}`,
      url: `/#${linkIds.row(row.id)}`,
      kind: 'row' as const,
      page,
      section: group.title,
      title: row.label,
      text: [
        row.explanation,
        group.title,
        ...comparison.products.map((product) => {
          const cell = row.values[product.id];
          return `${product.shortName}: ${cell.text}. ${cell.note ?? ''}`;
        }),
      ]
        .filter(Boolean)
        .join(' '),
    })),
  );
}

/** The chooser's outcomes, on /choose: what each recommends, when it applies, and why. */
export function outcomeDocuments(page: string): SearchDocument[] {
  return chooser.outcomes.map((outcome) => ({
    id: `/choose#${linkIds.outcome(outcome.id)}`,
    url: `/choose#${linkIds.outcome(outcome.id)}`,
    kind: 'outcome' as const,
    page,
    home: outcome.more,
    title: outcome.title,
    text: [outcome.appliesWhen, outcome.summary, ...outcome.reasons.map((r) => r.text), ...outcome.cautions.map((c) => c.text)].join(' '),
  }));
}

/** The ready answers, on /answers: the customer's question and the answer. */
export function answerDocuments(page: string): SearchDocument[] {
  return answers.map((item) => ({
    id: `/answers#${linkIds.answer(item.id)}`,
    url: `/answers#${linkIds.answer(item.id)}`,
    kind: 'answer' as const,
    page,
    home: item.link,
    title: item.question,
    text: item.answer,
  }));
}

const GLOSSARY = '/glossary';

export interface SitePage {
  path: string;
  /** Short name (sidebar label). */
  name: string;
}

/** Every search document of the built site. */
export function siteDocuments(outDir: string, pages: readonly SitePage[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const {path: pagePath, name} of pages) {
    const file = builtPageFile(outDir, pagePath);
    if (!file) throw new Error(`Search index: no built page for ${pagePath} in ${outDir}.`);
    const found = pageDocuments(readFileSync(file, 'utf8'), pagePath, name);
    // The glossary's sections are definitions: a kind of their own, so a bare term finds its definition and a
    // question finds the section that settles it.
    documents.push(
      ...(pagePath === GLOSSARY ? found.map((d) => (d.kind === 'section' && d.url !== pagePath ? {...d, kind: 'term' as const} : d)) : found),
    );
  }
  const byPath = (wanted: string) => pages.find((p) => p.path === wanted);
  const overview = byPath('/');
  if (overview) documents.push(...rowDocuments(overview.name));
  const choose = byPath('/choose');
  if (choose) documents.push(...outcomeDocuments(choose.name));
  const answersPage = byPath('/answers');
  if (answersPage) documents.push(...answerDocuments(answersPage.name));
  return withQuestions(documents, SECTION_QUESTIONS);
}

/**
 * Each document with the questions readers ask that it answers. A key with no document here is left out: that a
 * published place still exists is the manifest check's job, and that every key names a place of the built index is
 * tested (plugins/local-search/__tests__/documents.test.ts).
 */
export function withQuestions(documents: readonly SearchDocument[], questions: Readonly<Record<string, readonly string[]>>): SearchDocument[] {
  return documents.map((doc) => (questions[doc.url]?.length ? {...doc, questions: questions[doc.url]!.join('. ')} : doc));
}
