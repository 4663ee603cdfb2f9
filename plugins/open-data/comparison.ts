/**
 * The comparison table as open data: /comparison.json, with its JSON Schema at /comparison.schema.json. Groups,
 * rows, and for each product the cell's status, text, note and sources with the day each was checked, plus the
 * published link of every group and row (`/#row-…`), all from src/data/comparison.ts, as the pages render it.
 */
import * as z from 'zod';
import {comparison} from '../../src/data/comparison';
import {standingOf, STALE_AFTER_DAYS} from '../../src/data/standing';
import {linkIds} from '../../src/data/link-ids';
import {FIRMNESS} from '../../src/data/firmness';
import {PRODUCT_IDS, STATUSES, asciiId, isoDate, type Source} from '../../src/data/schema';
import {SOURCES, citationsOf} from '../../src/data/sources';

const ExportedSource = z.strictObject({
  title: z.string().min(1),
  url: z.url(),
  checked: isoDate.describe('The day the page was read and found to say so.'),
  updated: isoDate.optional().describe('The day the page says it was last updated, when it says so.'),
  firmness: z
    .enum(FIRMNESS)
    .describe(
      "Who publishes the page: official (Meta, WhatsApp, a product's maker about its own product), providers (their docs or blogs) or press.",
    ),
  reported: z
    .literal(true)
    .optional()
    .describe('Set when the page only reports what no official page states; the cell says so in words («по данным …»).'),
  stale: z
    .literal(true)
    .optional()
    .describe(
      `Set when the page was checked more than ${STALE_AFTER_DAYS} days before the day this file was built as of: the cell says «требует проверки».`,
    ),
});

const ExportedCell = z.strictObject({
  status: z.enum(STATUSES).describe('yes, no, partial (with limits: read the text and note), free, paid, unknown (nobody has checked it).'),
  text: z.string().min(1),
  note: z.string().min(1).optional(),
  sources: z.array(ExportedSource),
  firmness: z
    .enum(FIRMNESS)
    .optional()
    .describe(
      'How firm the cell is: that of its firmest source. providers or press: no official page backs it, and the table says «по данным провайдеров» or «по сообщениям прессы». Absent when the cell cites nothing.',
    ),
  staleSince: isoDate.optional().describe('The oldest check among its stale sources: the table says «требует проверки».'),
  inOriginalArticle: z.literal(true).optional().describe('The original article said so too.'),
});

export const ComparisonExportSchema = z.strictObject({
  $schema: z.url(),
  site: z.url(),
  asOf: isoDate.describe('The day the site speaks as of: sources checked more than 90 days before it are stale.'),
  /** The page whose table holds every row. */
  table: z.url(),
  products: z.array(z.strictObject({id: z.enum(PRODUCT_IDS), name: z.string().min(1), shortName: z.string().min(1), url: z.url()})),
  groups: z.array(
    z.strictObject({
      id: asciiId,
      title: z.string().min(1),
      url: z.url().describe('The published link to the group in the table.'),
      rows: z.array(
        z.strictObject({
          id: asciiId,
          label: z.string().min(1),
          explanation: z.string().min(1).optional(),
          url: z.url().describe('The published link to the row: support pastes it into tickets.'),
          values: z.strictObject(
            Object.fromEntries(PRODUCT_IDS.map((id) => [id, ExportedCell])) as Record<(typeof PRODUCT_IDS)[number], typeof ExportedCell>,
          ),
        }),
      ),
    }),
  ),
});
export type ComparisonExport = z.infer<typeof ComparisonExportSchema>;

/** The overview page, where the full table is. */
const TABLE_PAGE = '/';

export function comparisonExport(siteUrl: string, asOf: string): ComparisonExport {
  const absolute = (link: string) => new URL(link, siteUrl).href;
  return ComparisonExportSchema.parse({
    $schema: absolute('/comparison.schema.json'),
    site: absolute('/'),
    asOf,
    table: absolute(`${TABLE_PAGE}#comparison`),
    products: comparison.products.map(({id, name, shortName, href}) => ({id, name, shortName, url: absolute(href)})),
    groups: comparison.groups.map((group) => ({
      id: group.id,
      title: group.title,
      url: absolute(`${TABLE_PAGE}#${linkIds.group(group.id)}`),
      rows: group.rows.map((row) => ({
        id: row.id,
        label: row.label,
        ...(row.explanation ? {explanation: row.explanation} : {}),
        url: absolute(`${TABLE_PAGE}#${linkIds.row(row.id)}`),
        values: Object.fromEntries(
          PRODUCT_IDS.map((product) => {
            const {status, text, note, sources, seed} = row.values[product];
            const citations = citationsOf(sources, asOf);
            return [
              product,
              {
                status,
                text,
                ...(note ? {note} : {}),
                sources: citations.map((citation, i) => {
                  const source: Source = SOURCES[sources[i]!];
                  return {
                    ...citation,
                    ...(source.updated ? {updated: source.updated} : {}),
                    ...(source.reported ? {reported: true} : {}),
                  };
                }),
                ...standingOf(citations),
                ...(seed ? {inOriginalArticle: true} : {}),
              },
            ];
          }),
        ),
      })),
    })),
  });
}

export const comparisonJsonSchema = () => z.toJSONSchema(ComparisonExportSchema);
