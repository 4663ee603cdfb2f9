import type {ReactElement} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {announce, copyText} from '@site/src/components/CopyLink/clipboard';
import {useCopiedFlag} from '@site/src/components/CopyLink/useCopiedFlag';
import type {AnswerView} from '@site/src/data/schema';
import {answerClipboardText} from './clipboard-text';

/**
 * «Скопировать ответ»: the plain-text answer, then the absolute link to the place that explains it. Invisible
 * (but keeping its space) until the page is interactive, since without JavaScript it could not copy.
 */
export default function CopyAnswer({answer}: {answer: AnswerView}): ReactElement {
  const {siteConfig} = useDocusaurusContext();
  const [copied, flagCopied] = useCopiedFlag();

  const onClick = async () => {
    const text = answerClipboardText(answer, siteConfig.url);
    const ok = await copyText(text);
    announce(
      ok
        ? translate({id: 'answers.copied', message: 'Ответ скопирован'})
        : translate({id: 'answers.copyFailed', message: 'Не удалось скопировать. Выделите текст ответа и скопируйте его вручную.'}),
    );
    flagCopied(ok);
  };

  return (
    <p>
      <button
        type="button"
        className="button button--primary button--sm site-needs-script"
        onClick={onClick}
        aria-label={translate({id: 'answers.copyName', message: 'Скопировать ответ на вопрос „{question}“'}, {question: answer.question})}
      >
        {translate({id: 'answers.copy', message: 'Скопировать ответ'})}
      </button>
      {copied ? (
        <span className="margin-left--sm" aria-hidden="true">
          {translate({id: 'answers.copied', message: 'Ответ скопирован'})}
        </span>
      ) : null}
    </p>
  );
}
