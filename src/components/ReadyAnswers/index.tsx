import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {reportSources} from '@site/src/components/ReportLink/href';
import Sources from '@site/src/components/SourceLink';
import {standingStrings} from '@site/src/components/SourceLink/strings';
import {answers} from '@site/src/data/view/answers';
import CopyAnswer from './CopyAnswer';
import {linkIds} from '@site/src/data/link-ids';
import styles from './styles.module.css';

/**
 * «Готовые ответы»: the list of questions, then each question (a published link target, `#answer-<id>`) with
 * the answer to paste, the link to the place that explains it, the sources, and «Скопировать ответ».
 */
export default function ReadyAnswers(): ReactElement {
  return (
    <div data-search-separate="">
      <nav aria-label={translate({id: 'answers.index', message: 'Вопросы на этой странице'})}>
        <ol className="margin-bottom--lg">
          {answers.map((item) => (
            <li key={item.id}>
              <Link to={`#${linkIds.answer(item.id)}`}>{item.question}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {answers.map((item) => (
        <section key={item.id} className="margin-bottom--xl">
          <Heading as="h2" id={linkIds.answer(item.id)} data-report-text={item.answer} data-report-sources={reportSources(item.sources)}>
            {item.question}
          </Heading>
          <p className={styles.text}>{item.answer}</p>
          <p className="margin-bottom--sm">
            {translate({id: 'answers.more', message: 'Подробнее:'})} <Link to={item.link}>{item.linkText}</Link>
          </p>
          {item.sources.length ? (
            <p>
              <Sources citations={item.sources} label={standingStrings.label(item.sources.length)} />
            </p>
          ) : null}
          <CopyAnswer answer={item} />
        </section>
      ))}
    </div>
  );
}
