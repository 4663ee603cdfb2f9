import {describe, expect, it} from 'vitest';
import {chooser} from '../chooser';
import type {Chooser} from '../schema';
import type {SourceKey} from '../sources';
import {CHOOSER_FILE, DataValidationError, assertValidChooser, chooserProblems} from '../validate';

function problemsAfter(mutate: (data: Chooser) => void): string[] {
  const data = structuredClone(chooser);
  mutate(data);
  return chooserProblems(data);
}

describe('chooser data (src/data/chooser.ts)', () => {
  it('has no problems', () => {
    expect(chooserProblems(chooser)).toEqual([]);
    expect(() => assertValidChooser(chooser)).not.toThrow();
  });

  it('asks four to seven questions, each with two or more options', () => {
    expect(chooser.questions.length).toBeGreaterThanOrEqual(4);
    expect(chooser.questions.length).toBeLessThanOrEqual(7);
    expect(problemsAfter((d) => d.questions.splice(3))).toEqual(['field "questions": ask four to seven questions']);
  });

  it('names a combination that no rule covers', () => {
    // Rule #1 sends customers in Russia to their own outcome; without it, none of their 216 combinations has a rule.
    const problems = problemsAfter((d) => d.rules.splice(0, 1));
    expect(problems[0]).toMatch(
      /^answers customers=russia, integration=yes, team=one, outreach=no, phone=yes, pay=yes, number=business-app: no rule matches/,
    );
    expect(problems.at(-1)).toBe('…and 206 more of 648 combinations without exactly one rule');
  });

  it('names the rules that overlap, by number', () => {
    const problems = problemsAfter((d) => d.rules.push({when: {integration: ['yes'], pay: ['no'], phone: ['yes']}, outcome: 'business-app'}));
    expect(problems[0]).toMatch(
      /^answers customers=russia, integration=yes, team=one, outreach=no, phone=yes, pay=no, number=business-app: rules #1 and #12 all match; exactly one may$/,
    );
  });

  it('rejects unknown questions, option values, outcomes and sources, naming where', () => {
    expect(problemsAfter((d) => (d.rules[1]!.when = {colour: ['red']}))).toContain(
      'rule #2 (→ business-app): unknown question "colour"; questions: customers, integration, team, outreach, phone, pay, number',
    );
    expect(problemsAfter((d) => (d.rules[1]!.when = {team: ['dozens']}))).toContain(
      'rule #2 (→ business-app): question "team" has no option "dozens"; options: one, few, many',
    );
    expect(problemsAfter((d) => (d.rules[1]!.outcome = 'telegram'))).toContain('rule #2 (→ telegram): unknown outcome "telegram"');
    expect(problemsAfter((d) => (d.outcomes[0]!.reasons[0]!.source = 'gossip' as SourceKey))).toEqual([
      expect.stringMatching(
        /^field "outcomes\[0\]\.reasons\[0\]\.source": unknown source "gossip": add the page to src\/data\/sources.ts first, or use one of: cloudVsOnPrem/,
      ),
    ]);
  });

  it('reports an outcome that no answers lead to, and a note that is never shown', () => {
    expect(problemsAfter((d) => d.outcomes.push({...structuredClone(d.outcomes[0]!), id: 'telegram'}))).toEqual([
      'outcome "telegram": no combination of answers leads to it',
    ]);
    // business-app needs integration=no, so a note for it that needs integration=yes can never show.
    expect(problemsAfter((d) => ((d.notes[0]!.outcomes = ['business-app']), (d.notes[0]!.when = {integration: ['yes']})))).toEqual([
      'note "some-customers-in-russia": never shown (no combination meets its "when" with one of its outcomes)',
    ]);
  });

  it('needs two or three reasons and at least one caution per outcome', () => {
    expect(problemsAfter((d) => d.outcomes[0]!.reasons.splice(1))).toEqual(['field "outcomes[0].reasons": give two or three reasons']);
    expect(problemsAfter((d) => d.outcomes[0]!.cautions.splice(0))).toEqual(['field "outcomes[0].cautions": say what to watch out for']);
  });

  it('throws one error naming the file', () => {
    const broken = structuredClone(chooser);
    broken.rules.splice(0, 1);
    expect(() => assertValidChooser(broken)).toThrow(DataValidationError);
    expect(() => assertValidChooser(broken)).toThrow(`Invalid data in ${CHOOSER_FILE}:`);
  });
});
