/**
 * The comparison table as open data: /comparison.json, with its JSON Schema at /comparison.schema.json. Groups,
 * rows, and for each product the cell's status, text, note and sources with the day each was checked, plus the
 * published link of every group and row (`/#row-…`), all from src/data/comparison.ts, as the pages render it.
 */
import * as z from 'zod';
import {comparison} from '../../src/data/comparison';
import {linkIds} from '../../src/data/link-ids';
import {REPORTERS} from '../../src/data/reporting';
import {PRODUCT_IDS, STATUSES, asciiId, isoDate} from '../../src/data/schema';
import {SOURCES} from '../../src/data/sources';

const ExportedSource = z.strictObject({
  title: z.string().min(1),
  url: z.url(),
  checked: isoDate.describe('The day the page was read and found to say so.'),
  updated: isoDate.optional().describe('The day the page says it was last updated, when it says so.'),
  reported: z.enum(REPORTERS).optional().describe('Set when the page only reports what no official page states: providers (their docs or blogs) or press. The cell says so in words («по данным …»).'),
});

const ExportedCell = z.strictObject({
  status: z.enum(STATUSES).describe('yes, no, partial (with limits: read the text and note), free, paid, unknown (nobody has checked it).'),
  text: z.string().min(1),
  note: z.string().min(1).optional(),
  sources: z.array(ExportedSource),
  inOriginalArticle: z.literal(true).optional().describe('The original article said so too.'),
});

export const ComparisonExportSchema = z.strictObject({
  $schema: z.url(),
  site: z.url(),
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
          values: z.strictObject(Object.fromEntries(PRODUCT_IDS.map((id) => [id, ExportedCell])) as Record<(typeof PRODUCT_IDS)[number], typeof ExportedCell>),
        }),
      ),
    }),
  ),
});
export type ComparisonExport = z.infer<typeof ComparisonExportSchema>;

/** The overview page, where the full table is. */
const TABLE_PAGE = '/';

export function comparisonExport(siteUrl: string): ComparisonExport {
  const absolute = (link: string) => new URL(link, siteUrl).href;
  return ComparisonExportSchema.parse({
    $schema: absolute('/comparison.schema.json'),
    site: absolute('/'),
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
            return [
              product,
              {
                status,
                text,
                ...(note ? {note} : {}),
                sources: sources.map((key) => {
                  const source = SOURCES[key];
                  return {
                    title: source.title,
                    url: source.url,
                    checked: source.checked,
                    ...('updated' in source && source.updated ? {updated: source.updated} : {}),
                    ...('reported' in source && source.reported ? {reported: source.reported} : {}),
                  };
                }),
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
