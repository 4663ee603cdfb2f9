import type {ReadyAnswer} from '@site/src/data/schema';

/** What «Скопировать ответ» puts on the clipboard: the answer, a blank line, «Подробнее: <absolute link>». */
export function answerClipboardText(answer: ReadyAnswer, siteUrl: string): string {
  return `${answer.answer}\n\nПодробнее: ${new URL(answer.link, siteUrl).href}`;
}
