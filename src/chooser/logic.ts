/**
 * The chooser's rules as plain functions, shared by the page (in the browser), the build-time validation and
 * the tests. No zod and no React here: this ships to the browser.
 */
import type {Question, Rule} from '../data/schema';

/** The parts of the chooser the rules read: the data itself, or its view with citations (src/data/site-view.ts). */
interface ChooserLike<O extends {id: string}, N extends {outcomes: string[]; when: Condition}> {
  questions: Question[];
  rules: Rule[];
  outcomes: O[];
  notes: N[];
}

/** Question id → chosen option value. */
export type Answers = Readonly<Record<string, string>>;

type Condition = Readonly<Record<string, readonly string[]>>;

/** True when every question named in the condition has an answer the condition accepts. */
export function conditionHolds(when: Condition, answers: Answers): boolean {
  return Object.entries(when).every(([question, accepted]) => {
    const answer = answers[question];
    return answer !== undefined && accepted.includes(answer);
  });
}

export function isComplete(questions: readonly Question[], answers: Answers): boolean {
  return questions.every((question) => answers[question.id] !== undefined);
}

/** Indexes of the rules that match a complete set of answers (exactly one, in valid data). */
export function matchingRules(chooser: Pick<ChooserLike<{id: string}, never>, 'rules'>, answers: Answers): number[] {
  return chooser.rules.flatMap((rule, index) => (conditionHolds(rule.when, answers) ? [index] : []));
}

/** The outcome for the answers, or undefined while a question is unanswered. */
export function outcomeFor<O extends {id: string}>(chooser: Omit<ChooserLike<O, never>, 'notes'>, answers: Answers): O | undefined {
  if (!isComplete(chooser.questions, answers)) return undefined;
  const [first, ...more] = matchingRules(chooser, answers);
  if (first === undefined || more.length) {
    throw new Error(`Chooser rules: ${more.length ? 'several rules match' : 'no rule matches'} ${describeAnswers(chooser.questions, answers)}`);
  }
  const id = chooser.rules[first]!.outcome;
  const outcome = chooser.outcomes.find((o) => o.id === id);
  if (!outcome) throw new Error(`Chooser rules: rule #${first + 1} leads to unknown outcome "${id}"`);
  return outcome;
}

/** The extra cautions for these answers and this outcome, in data order. */
export function notesFor<N extends {outcomes: string[]; when: Condition}>(
  chooser: Pick<ChooserLike<{id: string}, N>, 'notes'>,
  answers: Answers,
  outcomeId: string,
): N[] {
  return chooser.notes.filter((note) => note.outcomes.includes(outcomeId) && conditionHolds(note.when, answers));
}

/** `integration=yes, team=few, …` in question order: for error messages and test names. */
export function describeAnswers(questions: readonly Question[], answers: Answers): string {
  return questions
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => `${q.id}=${answers[q.id]}`)
    .join(', ');
}

/**
 * Reads answers from a query string (`?integration=yes&team=few`). Unknown questions, unknown values and
 * repeats of a key are left out and listed in `ignored`, so a mistyped or outdated link still opens the form.
 */
export function parseAnswers(questions: readonly Question[], search: string): {answers: Answers; ignored: string[]} {
  const params = new URLSearchParams(search);
  const answers: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    const question = questions.find((q) => q.id === key);
    const known = question?.options.some((o) => o.value === value);
    if (known && answers[key] === undefined) answers[key] = value;
    else ignored.push(`${key}=${value}`);
  }
  return {answers, ignored};
}

/** How much of a link's unrecognised parameters the page repeats: a few short items, never a long input. */
export const IGNORED_SHOWN = {items: 3, characters: 30} as const;

/**
 * The ignored parameters as the page names them: at most three, each cut to 30 characters, then «и ещё N».
 * Anything can be in a link, so the page never echoes it at length (a 7,000-character value stays one line).
 */
export function ignoredSummary(ignored: readonly string[], more: (count: number) => string): string {
  const cut = (item: string) => (item.length > IGNORED_SHOWN.characters ? `${item.slice(0, IGNORED_SHOWN.characters - 1)}…` : item);
  const shown = ignored.slice(0, IGNORED_SHOWN.items).map(cut);
  const rest = ignored.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${more(rest)}` : shown.join(', ');
}

/** The query string for the answers, in question order (`?integration=yes&team=few`), or '' for none. */
export function answersToSearch(questions: readonly Question[], answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined) params.set(question.id, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Every complete set of answers, in a fixed order. */
export function* allCombinations(questions: readonly Question[]): Generator<Answers> {
  const walk = function* (index: number, partial: Record<string, string>): Generator<Answers> {
    const question = questions[index];
    if (!question) {
      yield {...partial};
      return;
    }
    for (const option of question.options) {
      yield* walk(index + 1, {...partial, [question.id]: option.value});
    }
  };
  yield* walk(0, {});
}
