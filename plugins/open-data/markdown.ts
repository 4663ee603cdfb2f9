/**
 * A built page as Markdown, for people and assistants: the article's text with absolute links, each callout as a
 * quoted block that starts with its type (GitHub's `> [!WARNING]` marker, then the visible label and title), the
 * comparison tables as Markdown tables with their sources and checked dates, and a `[#](…#id)` link beside every
 * heading, row, group, callout and change, the same link the page's copy-link button gives. Made from the built
 * HTML, so the Markdown says exactly what the page says.
 */
import {load, type AnyNode, type Cheerio, type CheerioAPI, type Element} from 'cheerio';
import {fromHtml} from 'hast-util-from-html';
import {toMdast, type Handle} from 'hast-util-to-mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {CALLOUT_VARIANTS, type CalloutVariant} from '../../src/components/Callout/variants';

/** GitHub's alert types: the marker most Markdown readers, and assistants, recognise as a callout's type. */
const ALERT: Record<CalloutVariant, string> = {info: 'NOTE', tip: 'TIP', warning: 'WARNING', danger: 'CAUTION'};

/** Stands in for the alert marker until mdast, where it becomes raw text (a text node would escape its `[`). */
const MARKER_TAG = 'callout-marker';

export interface PageMarkdownInput {
  /** The built page. */
  html: string;
  /** The page's absolute address: links are resolved against it. */
  url: string;
}

export function pageMarkdown({html, url}: PageMarkdownInput): string {
  const $ = load(html);
  const article = $('article .theme-doc-markdown').first();
  if (!article.length) throw new Error(`${url}: no article (.theme-doc-markdown) in the built page to write as Markdown`);
  const checked = $('article .site-last-checked').first().text().trim();
  prepare($, article, url);
  const tree = toMdast(fromHtml(article.html() ?? '', {fragment: true}), {handlers: {[MARKER_TAG]: alertMarker}});
  const body = toMarkdown(tree, {extensions: [gfmToMarkdown({tablePipeAlign: false})], bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one'});
  const about = [`Адрес страницы: <${url}>`, checked ? checked.replace(/\.?$/, '.') : undefined].filter(Boolean).join('  \n');
  return insertAfterTitle(body.trim(), about);
}

const alertMarker: Handle = (_state, node) => ({type: 'html', value: `[!${String(node.properties['dataType'])}]\n`});

/** Rewrites the article's HTML in place into what the Markdown should say. */
function prepare($: CheerioAPI, article: Cheerio<Element>, url: string): void {
  // What works only in the browser (marked data-markdown-omit: the chooser's live result).
  article.find('[data-markdown-omit]').remove();
  // Icons, the table's scroll hint, controls, React's text separators: nothing of them reads as text.
  article.find('svg, button, input, [aria-hidden="true"], [class*="scrollHint"], a .site-visually-hidden, [data-report]').remove();
  article
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'comment')
    .remove();
  // A change's date and its title sit apart on the page.
  article.find('time + strong').before(' — ');
  // A copy-link button is an icon-only link to its own element: in Markdown it becomes a visible «#».
  article.find('a[href^="#"]').each((_, link) => {
    if ($(link).text().trim() === '') $(link).text('#').before(' ');
  });
  // A note's way back to its cell means nothing outside the page.
  article
    .find('a')
    .filter((_, link) => $(link).text().trim() === '↩')
    .remove();
  // Table cells: parts the page sets apart by layout (status, text, sources; a row's label and its explanation) get
  // a visible separator, and a group's title row reads as a title.
  // The sources after a note's mark are set apart too: «[1] · Источники: …», not «[1]Источники: …».
  article.find('td > :not(sup) + :not(sup), td > sup + *, th > * + *').each((_, part) => {
    const prev = part.prev;
    const before = prev === null ? '' : prev.type === 'text' ? prev.data : $(prev as Element).text();
    if ($(part).is('[class*="sources"]') || !/\s$/.test(before)) $(part).before(' · ');
  });
  article.find('th[colspan]').each((_, th) => {
    $(th).html(`<strong>${$(th).html() ?? ''}</strong>`);
  });
  article.find('caption').each((_, caption) => {
    $(caption)
      .closest('table')
      .before($('<p></p>').append($('<strong></strong>').text($(caption).text().trim())));
    $(caption).remove();
  });
  // A definition list (the table's legend, a change's before and now) as a list of «term — definition».
  article.find('dl').each((_, dl) => {
    const items = $(dl)
      .find('dt')
      .toArray()
      .map(
        (dt) =>
          `<li>${$(dt).html() ?? ''} — ${$(dt)
            .nextUntil('dt', 'dd')
            .toArray()
            .map((dd) => $(dd).html() ?? '')
            .join('; ')}</li>`,
      );
    $(dl).replaceWith(`<ul>${items.join('')}</ul>`);
  });
  article.find('a[href]').each((_, link) => {
    $(link).attr('href', new URL($(link).attr('href')!, url).href);
  });
  article.find('aside[data-callout]').each((_, aside) => {
    const type = $(aside).attr('data-callout') as CalloutVariant;
    if (!CALLOUT_VARIANTS.includes(type)) throw new Error(`${url}: callout #${$(aside).attr('id') ?? '?'} has an unknown type "${type}"`);
    // The copy link sits in the callout's controls beside the heading: take it out of its wrapper.
    $(aside)
      .children('[class*="controls"]')
      .each((_, controls) => void $(controls).replaceWith($(controls).contents()));
    const [heading, ...rest] = $(aside).children().toArray();
    const title = heading ? $(heading).text().trim().replace(/\s+/, ': ') : '';
    const quote = $('<blockquote></blockquote>');
    // The marker and the title share the quote's first line and the next, as GitHub's alerts expect.
    quote.append($('<p></p>').append(`<${MARKER_TAG} data-type="${ALERT[type]}"></${MARKER_TAG}>`, $('<strong></strong>').text(title)));
    // The copy link follows the heading: put it on the title's line.
    const body = rest.filter((node) => !isCopyLink($, node));
    const copy = rest.find((node) => isCopyLink($, node));
    if (copy) quote.children('p').last().append(' ', copy);
    for (const node of body) quote.append($(node).is('div') ? $(node).contents() : node);
    $(aside).replaceWith(quote);
  });
  // A question of the chooser: its legend, then its options as a list (the radio buttons are gone).
  article.find('fieldset').each((_, fieldset) => {
    const legend = $(fieldset).children('legend').text().trim();
    const hint = $(fieldset).children('p').toArray();
    const options = $(fieldset)
      .find('label')
      .toArray()
      .map((label) => `<li>${$(label).html() ?? ''}</li>`);
    $(fieldset).replaceWith($('<div></div>').append($('<p></p>').append($('<strong></strong>').text(legend)), hint, `<ul>${options.join('')}</ul>`));
  });
}

function isCopyLink($: CheerioAPI, node: AnyNode): boolean {
  return $(node).is('a') && $(node).text() === '#';
}

/** The `# Title` first, then where the page lives and when it was checked. */
function insertAfterTitle(body: string, about: string): string {
  const match = /^# .*\n/.exec(body);
  if (!match) return `${about}\n\n${body}\n`;
  return `${match[0]}\n${about}\n${body.slice(match[0].length)}\n`;
}
