/**
 * One searchable place: a section, a glossary term, a table row, a callout, a change, a chooser outcome or a ready
 * answer, with its published `URL#id`.
 */
export interface SearchDocument {
  /** The `URL#id`, also the document id. */
  id: string;
  url: string;
  kind: 'section' | 'term' | 'row' | 'callout' | 'change' | 'outcome' | 'answer';
  /** Short name of the page it is on (its sidebar label): «WhatsApp Business». */
  page: string;
  /** On the first section of a page only: the page's name, so a query naming the page lands here. */
  name?: string;
  /** Heading, row label, callout title or change title. */
  title: string;
  /** Where on the page it is, when the page name is not enough: the parent section, or the table row's group. */
  section?: string;
  text: string;
  /** Questions readers ask that it answers (src/search/questions.ts): indexed, never shown. */
  questions?: string;
  /** Where its subject lives when that is not its own page: a ready answer's or an outcome's «Подробнее» link. */
  home?: string;
}

export interface SearchHit {
  url: string;
  kind: SearchDocument['kind'];
  page: string;
  section?: string;
  title: string;
  score: number;
  /** The text around the first match; `mark` parts are the matched words (rendered as <mark>, never as HTML). */
  snippet: {text: string; mark: boolean}[];
}
