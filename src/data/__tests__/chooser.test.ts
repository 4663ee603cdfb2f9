import {describe, expect, it} from 'vitest';
import {chooser} from '../chooser';
import type {Chooser} from '../schema';
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

  it('asks four to six questions, each with two or more options', () => {
    expect(chooser.questions.length).toBeGreaterThanOrEqual(4);
    expect(chooser.questions.length).toBeLessThanOrEqual(6);
    expect(problemsAfter((d) => d.questions.splice(3))).toEqual(['field "questions": ask four to six questions']);
  });

  it('names a combination that no rule covers', () => {
    const problems = problemsAfter((d) => d.rules.splice(0, 1));
    expect(problems[0]).toMatch(/^answers integration=no, team=one, outreach=no, phone=yes, pay=yes, number=business-app: no rule matches/);
    expect(problems.at(-1)).toMatch(/more of 216 combinations without exactly one rule/);
  });

  it('names the rules that overlap, by number', () => {
    const problems = problemsAfter((d) => d.rules.push({when: {integration: ['yes'], pay: ['no'], phone: ['yes']}, outcome: 'business-app'}));
    expect(problems[0]).toMatch(/^answers integration=yes, team=one, outreach=no, phone=yes, pay=no, number=business-app: rules #2 and #11 all match; exactly one may$/);
  });

  it('rejects unknown questions, option values, outcomes and sources, naming where', () => {
    expect(problemsAfter((d) => (d.rules[0]!.when = {colour: ['red']}))).toContain(
      'rule #1 (→ business-app): unknown question "colour"; questions: integration, team, outreach, phone, pay, number',
    );
    expect(problemsAfter((d) => (d.rules[0]!.when = {team: ['dozens']}))).toContain(
      'rule #1 (→ business-app): question "team" has no option "dozens"; options: one, few, many',
    );
    expect(problemsAfter((d) => (d.rules[0]!.outcome = 'telegram'))).toContain('rule #1 (→ telegram): unknown outcome "telegram"');
    expect(problemsAfter((d) => (d.outcomes[0]!.reasons[0]!.source = 'gossip'))).toEqual([
      expect.stringMatching(/^outcome "business-app": unknown source "gossip"; known sources \(src\/data\/sources.ts\): cloudVsOnPrem/),
    ]);
  });

  it('reports an outcome that no answers lead to, and a note that is never shown', () => {
    expect(problemsAfter((d) => d.outcomes.push({...structuredClone(d.outcomes[0]!), id: 'telegram'}))).toEqual([
      'outcome "telegram": no combination of answers leads to it',
    ]);
    // business-app needs integration=no, so a note for it that needs integration=yes can never show.
    expect(problemsAfter((d) => ((d.notes[0]!.outcomes = ['business-app']), (d.notes[0]!.when = {integration: ['yes']})))).toEqual([
      'note "number-in-whatsapp": never shown (no combination meets its "when" with one of its outcomes)',
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
