import {translate} from '@docusaurus/Translate';
import type {ReadyAnswer} from '@site/src/data/schema';

/** What «Скопировать ответ» puts on the clipboard: the answer, a blank line, «Подробнее: <absolute link>». */
export function answerClipboardText(answer: ReadyAnswer, siteUrl: string): string {
  const link = new URL(answer.link, siteUrl).href;
  return `${answer.answer}\n\n${translate({id: 'readyAnswers.clipboard.more', message: 'Подробнее: {link}'}, {link})}`;
}
