/**
 * Zod schemas for the comparison data. Types used by components are inferred from here,
 * so the data files and the validator can never drift apart. Components import only types from
 * this module (values they need live in ids.ts): a value import would put zod in the browser bundle
 * (its size would put the pages over their first-load budgets, budgets.json).
 */
import * as z from 'zod';

import {isFactId} from './facts';
import {FIRMNESS} from './firmness';
import {ID_PATTERN, NO_DATA_TEXT, PRODUCT_IDS, STATUSES, type ProductId} from './ids';
import {SOURCES, isSourceKey, type SourceKey} from './sources';

export {ID_PATTERN, NO_DATA_TEXT, PRODUCT_IDS, STATUSES, type ProductId, type Status} from './ids';

export const asciiId = z
  .string()
  .regex(ID_PATTERN, {error: 'must be a lowercase ASCII id: latin letters, digits and hyphens (e.g. "broadcast-lists")'});

export const isoDate = z.iso.date({
  error: (issue) =>
    issue.input === undefined ? 'is missing: write the day the page was checked, as YYYY-MM-DD' : 'must be a date written as YYYY-MM-DD',
});

export const SourceSchema = z
  .strictObject({
    /** Short visible title, e.g. «Meta: лимиты сообщений». */
    title: z.string().min(1, {error: 'must not be empty'}),
    /** Public HTTPS page that supports the statement. */
    url: z.url({protocol: /^https$/, error: 'must be an absolute https:// URL'}),
    /** When the page was last read and found to support the statement (YYYY-MM-DD, not in the future). */
    checked: isoDate,
    /** The day the page says it was last updated, when it says so (YYYY-MM-DD). */
    updated: isoDate.optional(),
    /** Ids of the facts this page backs (src/data/facts.ts), e.g. ["F-api-3", "F-api-3a"]. */
    facts: z
      .array(z.string().refine(isFactId, {error: (issue) => `unknown fact ${JSON.stringify(issue.input)}: register it in src/data/facts.ts first`}))
      .min(1, {error: 'name at least one fact id (src/data/facts.ts) this page backs'}),
    /** Who publishes it: `official` (Meta, WhatsApp, a product's maker about its own product), `providers` or `press`. */
    firmness: z.enum(FIRMNESS, {error: `must be one of: ${FIRMNESS.join(', ')}`}),
    /**
     * Set when the page only reports what no official page states. Every text that cites it must say «по данным …»
     * (validate.ts); an official page is never only a report.
     */
    reported: z.literal(true).optional(),
  })
  .refine((source) => !(source.reported && source.firmness === 'official'), {
    error: 'an official page is not a report: set firmness to providers or press, or drop reported',
    path: ['reported'],
  });

/**
 * A key of src/data/sources.ts. Data cites sources by key, so a mistyped key fails the build naming itself
 * (a value import of SOURCES here is fine: this module never reaches the browser).
 */
export const sourceKey = z.custom<SourceKey>((value) => typeof value === 'string' && isSourceKey(value), {
  error: (issue) =>
    `unknown source ${JSON.stringify(issue.input)}: add the page to src/data/sources.ts first, or use one of: ${Object.keys(SOURCES).join(', ')}`,
});

export const CellSchema = z
  .strictObject(
    {
      status: z.enum(STATUSES, {error: `must be one of: ${STATUSES.join(', ')}`}),
      /** Short visible text next to the status, e.g. «Android и iOS». */
      text: z.string().trim().min(1, {error: 'must not be empty'}),
      /** Longer remark, rendered as a numbered footnote under the table. */
      note: z.string().min(1).optional(),
      /** Keys of src/data/sources.ts: every statement cites a public page with the day it was checked. */
      sources: z.array(sourceKey),
      /** The original GitBook page said so too (shown beside the sources; it had no links of its own). */
      seed: z.literal(true).optional(),
    },
    {error: (issue) => (issue.input === undefined ? 'is missing: every product needs a value' : undefined)},
  )
  .refine((cell) => cell.sources.length > 0 || (cell.status === 'unknown' && cell.text === NO_DATA_TEXT), {
    error: `needs at least one source (a key of src/data/sources.ts); if nobody has checked it, write status: 'unknown', text: '${NO_DATA_TEXT}'`,
    path: ['sources'],
  });

const valuesShape = Object.fromEntries(PRODUCT_IDS.map((id) => [id, CellSchema])) as Record<ProductId, typeof CellSchema>;

export const RowSchema = z.strictObject({
  /** Stable anchor, never renamed: links in support tickets point at `#row-<id>`. */
  id: asciiId,
  label: z.string().min(1, {error: 'must not be empty'}),
  explanation: z.string().min(1).optional(),
  values: z.strictObject(valuesShape),
});

export const GroupSchema = z.strictObject({
  id: asciiId,
  title: z.string().min(1, {error: 'must not be empty'}),
  rows: z.array(RowSchema).min(1, {error: 'a group needs at least one row'}),
});

export const ProductSchema = z.strictObject({
  id: z.enum(PRODUCT_IDS),
  /** Full name for headings and captions. */
  name: z.string().min(1),
  /** Short column header. */
  shortName: z.string().min(1),
  /** Site-relative page of the product, e.g. "/whatsapp". */
  href: z.string().regex(/^\/[a-z0-9-]*$/, {error: 'must be a site-relative path such as "/whatsapp"'}),
});

export const ComparisonSchema = z.strictObject({
  products: z.array(ProductSchema).length(PRODUCT_IDS.length),
  groups: z.array(GroupSchema).min(1),
});

export const ChangeSchema = z.strictObject({
  id: asciiId,
  /** When the change took effect: YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source is. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {error: 'must be YYYY, YYYY-MM or YYYY-MM-DD'})
    .optional(),
  title: z.string().min(1),
  /** What the original page said, briefly. */
  before: z.string().min(1),
  /** What is true now. */
  now: z.string().min(1),
  /** Site-relative link to the section that explains it, e.g. "/whatsapp-business-api#coexistence". */
  more: z.string().regex(/^\/[a-z0-9-]*(#[a-z0-9-]+)?$/),
  sources: z.array(sourceKey).min(1, {error: 'a change needs at least one source'}),
});

/** A published place on this site: `/page` or `/page#id` (checked against published-links.json at build time). */
const siteLink = z
  .string()
  .regex(/^\/[a-z0-9-]*(#[a-z0-9-]+)?$/, {error: 'must be a site-relative link such as "/whatsapp-business-api#pricing" or "/#row-price"'});

/** One line of a recommendation: a reason or a caution, always with the place on the site that explains it. */
export const PointSchema = z.strictObject({
  text: z.string().trim().min(1, {error: 'must not be empty'}),
  link: siteLink,
  /** A source to show beside the link (a key of SOURCES), e.g. Meta's pricing page with its checked date. */
  source: sourceKey.optional(),
});

export const QuestionSchema = z.strictObject({
  id: asciiId,
  /** The question, read as the fieldset's legend. */
  legend: z.string().min(1, {error: 'must not be empty'}),
  hint: z.string().min(1).optional(),
  options: z
    .array(z.strictObject({value: asciiId, label: z.string().min(1, {error: 'must not be empty'})}))
    .min(2, {error: 'a question needs at least two options'}),
});

/** Answers a rule (or a note) applies to: question id → the option values it accepts; absent questions accept any. */
const conditionShape = z.record(asciiId, z.array(asciiId).min(1, {error: 'list at least one option value'}));

export const RuleSchema = z.strictObject({
  when: conditionShape,
  outcome: asciiId,
});

export const OutcomeSchema = z.strictObject({
  /** Stable anchor on /choose (`#outcome-<id>`); links to results quote it. Never rename. */
  id: asciiId,
  title: z.string().min(1),
  summary: z.string().min(1),
  /** When this outcome applies, in words, for the table that works without JavaScript. */
  appliesWhen: z.string().min(1),
  reasons: z.array(PointSchema).min(2, {error: 'give two or three reasons'}).max(3, {error: 'give two or three reasons'}),
  cautions: z.array(PointSchema).min(1, {error: 'say what to watch out for'}),
  /** The page to read next. */
  more: siteLink,
});

/** A caution added to the result only for some answers (the outcome itself stays the same for everyone). */
export const ChooserNoteSchema = z.strictObject({
  id: asciiId,
  when: conditionShape,
  outcomes: z.array(asciiId).min(1),
  point: PointSchema,
});

export const ChooserSchema = z.strictObject({
  questions: z.array(QuestionSchema).min(4, {error: 'ask four to seven questions'}).max(7, {error: 'ask four to seven questions'}),
  outcomes: z.array(OutcomeSchema).min(2),
  rules: z.array(RuleSchema).min(1),
  notes: z.array(ChooserNoteSchema),
});

export const AnswerSchema = z.strictObject({
  /** Stable anchor on /answers (`#answer-<id>`), in the links manifest. Never rename. */
  id: asciiId,
  /** The customer's question, as they ask it. */
  question: z.string().min(1).regex(/\?$/, {error: 'must end with a question mark'}),
  /** Plain text to paste to a customer: polite, two to four sentences, no markup. */
  answer: z.string().min(1),
  /** Where the site explains it; pasted after the answer. */
  link: siteLink,
  /** Words of the link as shown on /answers. */
  linkText: z.string().min(1),
  sources: z.array(sourceKey).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
/**
 * What a citation shows of a source: its title, address, check date and firmness, and `stale` when it was checked more
 * than STALE_AFTER_DAYS before the site's «as of» day (src/data/standing.ts).
 */
export type Citation = Pick<Source, 'title' | 'url' | 'checked' | 'firmness'> & {stale?: true};
export type Cell = z.infer<typeof CellSchema>;
export type Row = z.infer<typeof RowSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Point = z.infer<typeof PointSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type ChooserNote = z.infer<typeof ChooserNoteSchema>;
export type Chooser = z.infer<typeof ChooserSchema>;
export type ReadyAnswer = z.infer<typeof AnswerSchema>;

/*
 * The data as the browser gets it (src/data/site-view.ts): every source key replaced by its citation, so a component
 * never needs the sources register.
 */
export type CellView = Omit<Cell, 'sources'> & {sources: Citation[]};
export type RowView = Omit<Row, 'values'> & {values: Record<ProductId, CellView>};
export type GroupView = Omit<Group, 'rows'> & {rows: RowView[]};
export type ComparisonView = Omit<Comparison, 'groups'> & {groups: GroupView[]};
export type ChangeView = Omit<Change, 'sources'> & {sources: Citation[]};
export type PointView = Omit<Point, 'source'> & {source?: Citation};
export type OutcomeView = Omit<Outcome, 'reasons' | 'cautions'> & {reasons: PointView[]; cautions: PointView[]};
export type ChooserNoteView = Omit<ChooserNote, 'point'> & {point: PointView};
export type ChooserView = Omit<Chooser, 'outcomes' | 'notes'> & {outcomes: OutcomeView[]; notes: ChooserNoteView[]};
export type AnswerView = Omit<ReadyAnswer, 'sources'> & {sources: Citation[]};
