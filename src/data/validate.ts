/**
 * Build-time validation of the comparison and the change log. Every message names the data file,
 * the row (or change) id and the field, so a broken row is found without a debugger.
 */
import type * as z from 'zod';
import {today} from '../utils/dates';
import {allCombinations, conditionHolds, describeAnswers, matchingRules} from '../chooser/logic';
import {FACTS, isFactId, type Fact} from './facts';
import {STATUS_WORDS} from './ids';
import {missingReportedWording, unsourcedNegativeClaim} from './reporting';
import {isReportedSource} from './sources';
import {
  AnswerSchema,
  ChangeSchema,
  ChooserSchema,
  ComparisonSchema,
  type Change,
  type Chooser,
  type Comparison,
  type ReadyAnswer,
  SourceSchema,
} from './schema';

export const COMPARISON_FILE = 'src/data/comparison.ts';
export const CHANGES_FILE = 'src/data/changes.ts';
export const CORRECTIONS_FILE = 'src/data/corrections.ts';
export const CHOOSER_FILE = 'src/data/chooser.ts';
export const ANSWERS_FILE = 'src/data/answers.ts';
export const SOURCES_FILE = 'src/data/sources.ts';

type Path = readonly PropertyKey[];

function formatField(path: Path): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Turns `groups[2].rows[1].values.whatsapp.text` into `row "x" → values.whatsapp.text`. */
function describeComparisonPath(data: unknown, path: Path): string {
  const [g, groupIndex, r, rowIndex, ...rest] = path;
  const groups = (data as {groups?: unknown})?.groups;
  if (g === 'groups' && typeof groupIndex === 'number' && Array.isArray(groups)) {
    const group = groups[groupIndex] as {id?: unknown; rows?: unknown} | undefined;
    const groupName = `group "${String(group?.id ?? `#${groupIndex}`)}"`;
    if (r === 'rows' && typeof rowIndex === 'number' && Array.isArray(group?.rows)) {
      const row = group.rows[rowIndex] as {id?: unknown} | undefined;
      const rowName = `row "${String(row?.id ?? `#${rowIndex} in ${groupName}`)}"`;
      return rest.length ? `${rowName}, field "${formatField(rest)}"` : rowName;
    }
    const groupRest = path.slice(2);
    return groupRest.length ? `${groupName}, field "${formatField(groupRest)}"` : groupName;
  }
  return `field "${formatField(path)}"`;
}

function describeListPath(data: unknown, path: Path, noun: string): string {
  const [index, ...rest] = path;
  if (typeof index === 'number' && Array.isArray(data)) {
    const item = data[index] as {id?: unknown} | undefined;
    const name = `${noun} "${String(item?.id ?? `#${index}`)}"`;
    return rest.length ? `${name}, field "${formatField(rest)}"` : name;
  }
  return `field "${formatField(path)}"`;
}

function zodProblems(error: z.ZodError, describe: (path: Path) => string): string[] {
  return error.issues.map((issue) => `${describe(issue.path)}: ${issue.message}`);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export {today};

/** Returns every problem found in the comparison data; an empty list means it is valid. */
export function comparisonProblems(data: unknown): string[] {
  const parsed = ComparisonSchema.safeParse(data);
  if (!parsed.success) {
    return zodProblems(parsed.error, (path) => describeComparisonPath(data, path));
  }
  const {products, groups} = parsed.data;
  const problems: string[] = [];
  for (const id of duplicates(products.map((p) => p.id))) {
    problems.push(`product "${id}": duplicate product id`);
  }
  for (const id of duplicates(groups.map((g) => g.id))) {
    problems.push(`group "${id}": duplicate group id; group ids are anchors and must be unique`);
  }
  const rows = groups.flatMap((g) => g.rows);
  for (const id of duplicates(rows.map((r) => r.id))) {
    problems.push(`row "${id}": duplicate row id; row ids are anchors and must be unique`);
  }
  for (const row of rows) {
    for (const [product, cell] of Object.entries(row.values)) {
      const where = `row "${row.id}", field "values.${product}`;
      const word = STATUS_WORDS[cell.status];
      if (cell.text.toLowerCase() !== word.toLowerCase() && new RegExp(`^${word}(?!\\p{L})`, 'iu').test(cell.text)) {
        problems.push(
          `${where}.text": «${cell.text}» opens with the status word «${word}», which the table already shows before it; start with what follows`,
        );
      }
      problems.push(...wordingProblems(`${cell.text} ${cell.note ?? ''}`, cell.sources, `${where}"`));
    }
  }
  return problems;
}

/**
 * The wording rules of any text the site states with its sources: a reported source is cited only by a text that says
 * «по данным …», and a claim that a page does not say something needs that page cited (src/data/reporting.ts).
 */
export function wordingProblems(text: string, sources: readonly string[], where: string): string[] {
  const problems: string[] = [];
  const reported = sources.filter(isReportedSource);
  if (reported.length) {
    const missing = missingReportedWording(text);
    if (missing) problems.push(`${where}: ${missing} (${reported.join(', ')})`);
  }
  const claim = unsourcedNegativeClaim(text, sources.length);
  if (claim) problems.push(`${where}: ${claim}`);
  return problems;
}

/**
 * Returns every problem in the sources: the shape of each entry (facts that exist in src/data/facts.ts), a checked
 * date that is real and not in the future, a page update not after the check, and no page listed twice.
 */
export function sourcesProblems(data: Record<string, unknown>, now: string = today()): string[] {
  const problems: string[] = [];
  const urls = new Map<string, string>();
  for (const [key, entry] of Object.entries(data)) {
    const parsed = SourceSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, (path) => `source "${key}", field "${formatField(path)}"`));
      continue;
    }
    const source = parsed.data;
    if (source.checked > now) {
      problems.push(
        `source "${key}", field "checked": ${source.checked} is in the future (today is ${now}); write the day the page was actually read`,
      );
    }
    if (source.updated !== undefined && source.updated > source.checked) {
      problems.push(
        `source "${key}", field "updated": ${source.updated} is after the check on ${source.checked}; read the page again and update "checked"`,
      );
    }
    const reportedFacts = source.facts.filter((id) => isFactId(id) && (FACTS[id] as Fact).status === 'reported');
    if (reportedFacts.length && source.reported === undefined) {
      problems.push(
        `source "${key}", field "reported": it backs ${reportedFacts.join(', ')}, which the register marks as reported; set reported: true (and firmness: providers or press), so every text that cites it says «по данным …»`,
      );
    }
    const previous = urls.get(source.url);
    if (previous) problems.push(`source "${key}": the same page as source "${previous}" (${source.url}); cite one entry`);
    urls.set(source.url, key);
  }
  return problems;
}

/** Problems of a dated list: the change log, or the corrections of this guide (`noun` names an item in messages). */
export function changesProblems(data: unknown, now: string = today(), noun: 'change' | 'correction' = 'change'): string[] {
  const parsed = ChangeSchema.array().safeParse(data);
  if (!parsed.success) {
    return zodProblems(parsed.error, (path) => describeListPath(data, path, noun));
  }
  const problems: string[] = [];
  for (const id of duplicates(parsed.data.map((c) => c.id))) {
    problems.push(`${noun} "${id}": duplicate ${noun} id`);
  }
  for (const change of parsed.data) {
    if (change.date !== undefined && change.date > now) {
      problems.push(`${noun} "${change.id}", field "date": ${change.date} is in the future (today is ${now})`);
    }
    problems.push(...wordingProblems(change.now, change.sources, `${noun} "${change.id}", field "now"`));
  }
  return problems;
}

function pointWordingProblems(point: {text: string; source?: string}, where: string): string[] {
  return wordingProblems(point.text, point.source ? [point.source] : [], where);
}

/** How many combinations of answers to report before summarising: the full list can run to hundreds. */
const MAX_COVERAGE_PROBLEMS = 10;

/**
 * Returns every problem in the chooser: ids and references, and the coverage of the rules, checked by trying
 * every combination of answers: each must match exactly one rule, and every outcome and note must be reachable.
 */
export function chooserProblems(data: unknown): string[] {
  const parsed = ChooserSchema.safeParse(data);
  if (!parsed.success) return zodProblems(parsed.error, (path) => `field "${formatField(path)}"`);
  const chooser: Chooser = parsed.data;
  const {questions, outcomes, rules, notes} = chooser;
  const problems: string[] = [];
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`question "${id}": duplicate question id`);
  for (const question of questions) {
    for (const value of duplicates(question.options.map((o) => o.value))) {
      problems.push(`question "${question.id}": option "${value}" appears twice`);
    }
  }
  for (const id of duplicates(outcomes.map((o) => o.id))) problems.push(`outcome "${id}": duplicate outcome id; outcome ids are anchors`);
  for (const id of duplicates(notes.map((n) => n.id))) problems.push(`note "${id}": duplicate note id`);

  const outcomeIds = new Set(outcomes.map((o) => o.id));
  const conditionProblems = (when: Record<string, string[]>, owner: string) =>
    Object.entries(when).flatMap(([questionId, values]) => {
      const question = questions.find((q) => q.id === questionId);
      if (!question) return [`${owner}: unknown question "${questionId}"; questions: ${questions.map((q) => q.id).join(', ')}`];
      return values
        .filter((value) => !question.options.some((o) => o.value === value))
        .map((value) => `${owner}: question "${questionId}" has no option "${value}"; options: ${question.options.map((o) => o.value).join(', ')}`);
    });
  rules.forEach((rule, index) => {
    const owner = `rule #${index + 1} (→ ${rule.outcome})`;
    problems.push(...conditionProblems(rule.when, owner));
    if (!outcomeIds.has(rule.outcome)) problems.push(`${owner}: unknown outcome "${rule.outcome}"`);
  });
  for (const note of notes) {
    problems.push(...conditionProblems(note.when, `note "${note.id}"`));
    for (const id of note.outcomes) if (!outcomeIds.has(id)) problems.push(`note "${note.id}": unknown outcome "${id}"`);
    problems.push(...pointWordingProblems(note.point, `note "${note.id}", field "point.text"`));
  }
  for (const outcome of outcomes) {
    for (const field of ['reasons', 'cautions'] as const) {
      outcome[field].forEach((point, i) => problems.push(...pointWordingProblems(point, `outcome "${outcome.id}", field "${field}[${i}].text"`)));
    }
  }
  if (problems.length) return problems;

  const coverage: string[] = [];
  const reached = new Set<string>();
  const notesReached = new Set<string>();
  let combinations = 0;
  for (const answers of allCombinations(questions)) {
    combinations += 1;
    const matched = matchingRules(chooser, answers);
    if (matched.length !== 1) {
      coverage.push(
        matched.length
          ? `answers ${describeAnswers(questions, answers)}: rules ${matched.map((i) => `#${i + 1}`).join(' and ')} all match; exactly one may`
          : `answers ${describeAnswers(questions, answers)}: no rule matches; add one or widen a rule's "when"`,
      );
      continue;
    }
    const outcome = rules[matched[0]!]!.outcome;
    reached.add(outcome);
    for (const note of notes) if (note.outcomes.includes(outcome) && conditionHolds(note.when, answers)) notesReached.add(note.id);
  }
  problems.push(...coverage.slice(0, MAX_COVERAGE_PROBLEMS));
  if (coverage.length > MAX_COVERAGE_PROBLEMS) {
    problems.push(`…and ${coverage.length - MAX_COVERAGE_PROBLEMS} more of ${combinations} combinations without exactly one rule`);
  }
  if (!coverage.length) {
    for (const outcome of outcomes) if (!reached.has(outcome.id)) problems.push(`outcome "${outcome.id}": no combination of answers leads to it`);
    for (const note of notes)
      if (!notesReached.has(note.id)) problems.push(`note "${note.id}": never shown (no combination meets its "when" with one of its outcomes)`);
  }
  return problems;
}

/** Sentence ends: . ! ? or … (maybe after a closing quote or bracket) before a capital letter or the end. */
const SENTENCE_END = /[.!?…][»")]?(?=\s+[«"(]?[А-ЯЁA-Z0-9]|\s*$)/g;

export function countSentences(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

/** Returns every problem in the ready answers: ids, sources, and the shape of a text meant to be pasted. */
export function answersProblems(data: unknown): string[] {
  const parsed = AnswerSchema.array().min(12, {error: 'give at least 12 answers'}).safeParse(data);
  if (!parsed.success) return zodProblems(parsed.error, (path) => describeListPath(data, path, 'answer'));
  const list: readonly ReadyAnswer[] = parsed.data;
  const problems: string[] = [];
  for (const id of duplicates(list.map((a) => a.id))) problems.push(`answer "${id}": duplicate answer id; answer ids are anchors`);
  for (const question of duplicates(list.map((a) => a.question))) problems.push(`question «${question}» is answered twice`);
  for (const item of list) {
    const sentences = countSentences(item.answer);
    if (sentences < 2 || sentences > 4) {
      problems.push(`answer "${item.id}", field "answer": ${sentences} sentence(s); write two to four, to paste to a customer`);
    }
    problems.push(...wordingProblems(item.answer, item.sources ?? [], `answer "${item.id}", field "answer"`));
    const markup = /[*_`<>[\]#]|https?:/.exec(item.answer);
    if (markup) problems.push(`answer "${item.id}", field "answer": "${markup[0]}" — plain text only; the link is added when copying`);
  }
  return problems;
}

/** Every site link in the chooser and the answers, with the place it is written, for checking against the build. */
export function dataLinks(chooser: Chooser, list: readonly ReadyAnswer[]): {link: string; where: string}[] {
  const inChooser = [
    ...chooser.outcomes.flatMap((o) => [
      ...o.reasons.map((p, i) => ({link: p.link, where: `${CHOOSER_FILE}: outcome "${o.id}", reasons[${i}].link`})),
      ...o.cautions.map((p, i) => ({link: p.link, where: `${CHOOSER_FILE}: outcome "${o.id}", cautions[${i}].link`})),
      {link: o.more, where: `${CHOOSER_FILE}: outcome "${o.id}", more`},
    ]),
    ...chooser.notes.map((n) => ({link: n.point.link, where: `${CHOOSER_FILE}: note "${n.id}", point.link`})),
  ];
  return [...inChooser, ...list.map((a) => ({link: a.link, where: `${ANSWERS_FILE}: answer "${a.id}", link`}))];
}

export class DataValidationError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`Invalid data in ${file}:\n${problems.map((p) => `  - ${file}: ${p}`).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

export function assertValidComparison(data: unknown): asserts data is Comparison {
  const problems = comparisonProblems(data);
  if (problems.length) throw new DataValidationError(COMPARISON_FILE, problems);
}

export function assertValidChooser(data: unknown): asserts data is Chooser {
  const problems = chooserProblems(data);
  if (problems.length) throw new DataValidationError(CHOOSER_FILE, problems);
}

export function assertValidAnswers(data: unknown): asserts data is ReadyAnswer[] {
  const problems = answersProblems(data);
  if (problems.length) throw new DataValidationError(ANSWERS_FILE, problems);
}

export function assertValidSources(data: Record<string, unknown>, now?: string): void {
  const problems = sourcesProblems(data, now);
  if (problems.length) throw new DataValidationError(SOURCES_FILE, problems);
}

export function assertValidChanges(data: unknown, now?: string): asserts data is Change[] {
  const problems = changesProblems(data, now);
  if (problems.length) throw new DataValidationError(CHANGES_FILE, problems);
}

export function assertValidCorrections(data: unknown, now?: string): asserts data is Change[] {
  const problems = changesProblems(data, now, 'correction');
  if (problems.length) throw new DataValidationError(CORRECTIONS_FILE, problems);
}
