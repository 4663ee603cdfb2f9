import type {ReadyAnswer} from '@site/src/data/schema';

type AnswerText = Pick<ReadyAnswer, 'answer' | 'link'>;

/**
 * What «Скопировать ответ» puts on the clipboard, and the body of the help-desk macro in /answers.csv: the answer,
 * a blank line, «Подробнее: <absolute link>». Text pasted to customers, like the answers in src/data/answers.ts (not a
 * UI string); it runs at build time too, so it does not go through translate().
 */
export function answerClipboardText(answer: AnswerText, siteUrl: string): string {
  return `${answer.answer}\n\nПодробнее: ${new URL(answer.link, siteUrl).href}`;
}
