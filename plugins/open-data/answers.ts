/**
 * The ready answers as data for help desks and assistants: /answers.json (with its JSON Schema beside it) and
 * /answers.csv (UTF-8 with a BOM, one answer per row: title, body with the link, tags), made from the same
 * src/data/answers.ts as the /answers page. The zod schema below checks the export at build time, and its JSON Schema
 * is what /answers.schema.json publishes.
 */
import * as z from 'zod';
import {answerClipboardText} from '../../src/components/ReadyAnswers/clipboard-text';
import {answers} from '../../src/data/answers';
import {linkIds} from '../../src/data/link-ids';
import {FIRMNESS} from '../../src/data/firmness';
import {answersView} from '../../src/data/site-view';
import {isReportedSource} from '../../src/data/sources';
import {standingOf} from '../../src/data/standing';
import {asciiId, isoDate} from '../../src/data/schema';

export const AnswersExportSchema = z.strictObject({
  /** This file's JSON Schema. */
  $schema: z.url(),
  site: z.url(),
  /** The day the site speaks as of. */
  asOf: isoDate,
  answers: z.array(
    z.strictObject({
      id: asciiId,
      question: z.string().min(1),
      answer: z.string().min(1),
      /** The answer on /answers: the link support pastes. */
      url: z.url(),
      /** Where the guide explains it. */
      more: z.url(),
      sources: z.array(
        z.strictObject({
          title: z.string().min(1),
          url: z.url(),
          checked: isoDate,
          firmness: z.enum(FIRMNESS).describe('Who publishes the page: official, providers or press.'),
          /** Set when the page only reports what no official page states; the answer says so («по данным …»). */
          reported: z.literal(true).optional(),
          stale: z.literal(true).optional().describe('Checked more than 90 days before the day this file was built as of.'),
        }),
      ),
      firmness: z
        .enum(FIRMNESS)
        .optional()
        .describe(
          'That of its firmest source; providers or press: no official page backs it, and /answers says «по данным провайдеров» or «по сообщениям прессы».',
        ),
      staleSince: isoDate.optional().describe('The oldest check among its stale sources: /answers says «требует проверки».'),
      /** The newest check among its sources; absent when the answer cites none. */
      checked: isoDate.optional(),
    }),
  ),
});
export type AnswersExport = z.infer<typeof AnswersExportSchema>;

export function answersExport(siteUrl: string, asOf: string): AnswersExport {
  const absolute = (link: string) => new URL(link, siteUrl).href;
  return AnswersExportSchema.parse({
    $schema: absolute('/answers.schema.json'),
    site: absolute('/'),
    asOf,
    answers: answersView(answers, asOf).map((item, index) => {
      const keys = answers[index]!.sources ?? [];
      const sources = item.sources.map((citation, i) => ({...citation, ...(isReportedSource(keys[i]!) ? {reported: true as const} : {})}));
      const checked = sources
        .map((s) => s.checked)
        .sort()
        .at(-1);
      return {
        id: item.id,
        question: item.question,
        answer: item.answer,
        url: absolute(`/answers#${linkIds.answer(item.id)}`),
        more: absolute(item.link),
        sources,
        ...standingOf(sources),
        ...(checked ? {checked} : {}),
      };
    }),
  });
}

export const answersJsonSchema = () => z.toJSONSchema(AnswersExportSchema);

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. */
const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Columns a help desk's macro import maps: the macro's title, its body (the answer and the link), tags. */
export const CSV_COLUMNS = ['title', 'body', 'tags'] as const;

export function answersCsv(siteUrl: string): string {
  const rows = answers.map((item) => [item.question, answerClipboardText(item, siteUrl), `whatsapp-guide answer-${item.id}`]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
