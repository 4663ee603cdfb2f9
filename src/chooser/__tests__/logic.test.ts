import {describe, expect, it} from 'vitest';
import {chooser} from '../../data/chooser';
import {
  allCombinations,
  answersToSearch,
  describeAnswers,
  ignoredSummary,
  matchingRules,
  notesFor,
  outcomeFor,
  parseAnswers,
  type Answers,
} from '../logic';

const {questions} = chooser;
const combinations = [...allCombinations(questions)];
const base: Answers = {customers: 'abroad', integration: 'no', team: 'one', outreach: 'no', phone: 'yes', pay: 'no', number: 'business-app'};

describe('chooser rules (src/data/chooser.ts), every combination of answers', () => {
  it('enumerates every combination once', () => {
    const expected = questions.reduce((n, q) => n * q.options.length, 1);
    expect(combinations).toHaveLength(expected);
    expect(new Set(combinations.map((a) => describeAnswers(questions, a))).size).toBe(expected);
  });

  it('leads each combination to exactly one rule and a known outcome', () => {
    const wrong = combinations.filter((answers) => matchingRules(chooser, answers).length !== 1);
    expect(wrong.map((a) => describeAnswers(questions, a))).toEqual([]);
    for (const answers of combinations) expect(outcomeFor(chooser, answers)?.id).toBeDefined();
  });

  it('reaches every outcome', () => {
    const reached = new Set(combinations.map((answers) => outcomeFor(chooser, answers)!.id));
    expect([...reached].sort()).toEqual(chooser.outcomes.map((o) => o.id).sort());
  });

  it.each<[Answers, string, string]>([
    [{}, 'business-app', 'a small business that only answers from a phone'],
    [{team: 'few', outreach: 'some', phone: 'no'}, 'business-app', 'up to five people and small lists'],
    [{integration: 'yes'}, 'app-now-platform-later', 'an integration but not ready to pay'],
    [{team: 'many'}, 'app-now-platform-later', 'more than five people, not ready to pay'],
    [{outreach: 'mass'}, 'app-now-platform-later', 'mass outreach, not ready to pay'],
    [{integration: 'yes', pay: 'yes'}, 'coexistence', 'an integration, paying, keeping the phone'],
    [{integration: 'yes', pay: 'yes', phone: 'no'}, 'platform', 'an integration, paying, no phone needed'],
    [{team: 'many', pay: 'yes', phone: 'no', number: 'new'}, 'platform', 'a large team on a new number'],
    [{outreach: 'mass', pay: 'yes', phone: 'yes', number: 'whatsapp'}, 'coexistence', 'mass outreach from a personal number'],
    [{customers: 'mixed'}, 'business-app', 'some customers in Russia: the same outcome, with cautions'],
    [{customers: 'russia'}, 'customers-in-russia', 'customers in Russia'],
    [{customers: 'russia', integration: 'yes', pay: 'yes', phone: 'no'}, 'customers-in-russia', 'customers in Russia, whatever else'],
  ])('%o on top of a one-person shop → %s (%s)', (change, expected, _why) => {
    expect(outcomeFor(chooser, {...base, ...change})?.id).toBe(expected);
  });

  it('gives no outcome until every question is answered', () => {
    const {number: _, ...incomplete} = base;
    expect(outcomeFor(chooser, incomplete)).toBeUndefined();
    expect(outcomeFor(chooser, {})).toBeUndefined();
  });

  it('adds the cautions that depend on the answers', () => {
    const personal = {...base, integration: 'yes', pay: 'yes', phone: 'no', number: 'whatsapp'};
    expect(notesFor(chooser, personal, 'platform').map((n) => n.id)).toEqual(['number-in-whatsapp', 'service-replies-2026']);
    const fromApp = {...personal, number: 'business-app'};
    expect(notesFor(chooser, fromApp, 'platform').map((n) => n.id)).toEqual(['app-number-on-platform', 'service-replies-2026']);
    expect(notesFor(chooser, base, 'business-app')).toEqual([]);
    const mixed = {...base, customers: 'mixed'};
    expect(notesFor(chooser, mixed, 'business-app').map((n) => n.id)).toEqual(['some-customers-in-russia', 'law-41fz']);
  });
});

describe('answers in the URL', () => {
  it('round-trips every combination through the query string, in question order', () => {
    for (const answers of combinations) {
      const search = answersToSearch(questions, answers);
      expect(search.startsWith('?customers=')).toBe(true);
      expect(parseAnswers(questions, search)).toEqual({answers, ignored: []});
    }
  });

  it('writes nothing for no answers and keeps a partial set', () => {
    expect(answersToSearch(questions, {})).toBe('');
    expect(answersToSearch(questions, {pay: 'no', team: 'few'})).toBe('?team=few&pay=no');
  });

  it('leaves out unknown questions, unknown values and repeats, and says which', () => {
    const parsed = parseAnswers(questions, '?team=few&colour=red&pay=maybe&team=many&integration=yes&utm_source=ticket');
    expect(parsed.answers).toEqual({team: 'few', integration: 'yes'});
    expect(parsed.ignored).toEqual(['colour=red', 'pay=maybe', 'team=many', 'utm_source=ticket']);
  });

  it('survives a malformed query', () => {
    expect(parseAnswers(questions, '?%E0%A4%A=1&&=&team')).toEqual({answers: {}, ignored: expect.any(Array)});
    expect(parseAnswers(questions, '').answers).toEqual({});
  });
});

describe('the ignored parameters the page repeats (ignoredSummary)', () => {
  const more = (n: number) => `и ещё ${n}`;

  it('names a few short items as they are', () => {
    expect(ignoredSummary(['colour=red', 'pay=maybe'], more)).toBe('colour=red, pay=maybe');
  });

  it('never echoes a long value: at most three items of 30 characters, then a count', () => {
    const long = `x=${'я'.repeat(7000)}`;
    const text = ignoredSummary([long, 'a=1', 'b=2', 'c=3', 'd=4'], more);
    expect(text).toBe(`${long.slice(0, 29)}…, a=1, b=2 и ещё 2`);
    expect(text.length).toBeLessThan(60);
  });
});
