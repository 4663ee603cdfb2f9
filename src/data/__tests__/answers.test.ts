import type {SourceKey} from '../sources';
import {describe, expect, it} from 'vitest';
import {answers} from '../answers';
import type {ReadyAnswer} from '../schema';
import {ANSWERS_FILE, assertValidAnswers, answersProblems, countSentences} from '../validate';
import {answerClipboardText} from '../../components/ReadyAnswers/clipboard-text';

function problemsAfter(mutate: (data: ReadyAnswer[]) => void): string[] {
  const data = structuredClone([...answers]);
  mutate(data);
  return answersProblems(data);
}

describe('ready answers (src/data/answers.ts)', () => {
  it('has no problems, and at least 12 answers', () => {
    expect(answers.length).toBeGreaterThanOrEqual(12);
    expect(answersProblems(answers)).toEqual([]);
    expect(() => assertValidAnswers(answers)).not.toThrow();
  });

  it('has every answer two to four sentences long', () => {
    for (const item of answers) expect(countSentences(item.answer), item.id).toBeGreaterThanOrEqual(2);
    for (const item of answers) expect(countSentences(item.answer), item.id).toBeLessThanOrEqual(4);
  });

  it('counts sentences, not abbreviations or numbers', () => {
    expect(countSentences('Да. Можно.')).toBe(2);
    expect(countSentences('С 1 октября 2026 г. платно. Уровни: 250 → 2 000.')).toBe(2);
    expect(countSentences('Это «так». А это — нет!')).toBe(2);
    expect(countSentences('Одно предложение без точки')).toBe(0);
  });

  it('rejects a one-sentence or a five-sentence answer, naming it', () => {
    expect(problemsAfter((d) => (d[0]!.answer = 'Нет.'))).toEqual([
      'answer "bitrix24-official", field "answer": 1 sentence(s); write two to four, to paste to a customer',
    ]);
    expect(problemsAfter((d) => (d[1]!.answer = 'Раз. Два. Три. Четыре. Пять.'))).toEqual([
      'answer "first-message", field "answer": 5 sentence(s); write two to four, to paste to a customer',
    ]);
  });

  it('rejects markup and addresses in the text, duplicate ids, unknown sources, a question without "?"', () => {
    expect(problemsAfter((d) => (d[0]!.answer = 'Да, **можно**. Смотрите ниже.'))).toEqual([
      'answer "bitrix24-official", field "answer": "*" — plain text only; the link is added when copying',
    ]);
    expect(problemsAfter((d) => (d[0]!.answer = 'Да. Смотрите https://example.com.'))[0]).toMatch(/"https:" — plain text only/);
    expect(problemsAfter((d) => (d[1]!.id = d[0]!.id))).toEqual(['answer "bitrix24-official": duplicate answer id; answer ids are anchors']);
    expect(problemsAfter((d) => (d[0]!.sources = ['rumours' as SourceKey]))).toEqual([
      expect.stringMatching(/^answer "bitrix24-official", field "sources\[0\]": unknown source "rumours": add the page to src\/data\/sources.ts/),
    ]);
    expect(problemsAfter((d) => (d[0]!.question = 'Вопрос без знака'))).toEqual([
      'answer "bitrix24-official", field "question": must end with a question mark',
    ]);
    expect(problemsAfter((d) => d.splice(11))).toEqual(['field "": give at least 12 answers']);
  });

  it('copies the answer, then the absolute link to the place that explains it', () => {
    const item = answers.find((a) => a.id === 'api-price')!;
    expect(answerClipboardText(item, 'https://whatsapp-business-guide.example')).toBe(
      `${item.answer}\n\nПодробнее: https://whatsapp-business-guide.example/whatsapp-business-api#pricing`,
    );
  });

  it('names the data file in its error', () => {
    expect(() => assertValidAnswers([])).toThrow(`Invalid data in ${ANSWERS_FILE}:`);
  });
});
