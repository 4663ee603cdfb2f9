import {useEffect, useRef, useState, type FormEvent, type ReactElement} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {answersToSearch, ignoredSummary, notesFor, outcomeFor, parseAnswers, type Answers} from '@site/src/chooser/logic';
import {linkIds} from '@site/src/data/link-ids';
import {announce, copyText} from '@site/src/components/CopyLink/clipboard';
import {chooser} from '@site/src/data/view/chooser';
import type {Question} from '@site/src/data/schema';
import OutcomeBody from './OutcomeBody';
import {PointItem} from './PointList';
import {chooserStrings} from './strings';
import styles from './styles.module.css';

const {questions, outcomes} = chooser;

const radioId = (questionId: string, value: string) => `choose-${questionId}-${value}`;
/** Where keyboard focus goes to ask a question: its first option. */
const focusQuestion = (question: Question) => document.getElementById(radioId(question.id, question.options[0]!.value))?.focus();
const headingId = (outcomeId: string) => `result-${outcomeId}`;

/**
 * «Какой WhatsApp вам подходит?»: the questions as a form (a fieldset and radio group each) and the result.
 * The answers live in the URL (`/choose?integration=yes&team=few…`): every change is a history entry, so
 * back and forward step through them, and a copied link opens the same result. Every outcome is rendered,
 * stacked in one grid cell with only the current one visible, so the result area is as tall as the tallest
 * outcome from the first paint and nothing below it moves when a result appears or changes.
 *
 * The entries are written with history.pushState, not the router: a router PUSH makes Docusaurus move focus
 * to the top of the page (its skip-to-content reset), which would throw a keyboard user out of the form at
 * every answer. Back and forward arrive as popstate events.
 */
export default function Chooser(): ReactElement {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  // The server knows no query string: the first render (hydration) has no answers, then the URL's are applied.
  const [state, setState] = useState<{answers: Answers; ignored: string[]}>({answers: {}, ignored: []});
  const userChanged = useRef(false);
  useEffect(() => {
    const fromUrl = () => setState(parseAnswers(questions, window.location.search));
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  const {answers, ignored} = state;
  const outcome = outcomeFor(chooser, answers);
  const notes = outcome ? notesFor(chooser, answers, outcome.id) : [];
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;

  useEffect(() => {
    if (outcome && userChanged.current) announce(chooserStrings.announceOutcome(outcome.title));
  }, [outcome]);

  const choose = (questionId: string, value: string) => {
    userChanged.current = true;
    const next = {...answers, [questionId]: value};
    setState({answers: next, ignored: []});
    window.history.pushState(window.history.state, '', `${window.location.pathname}${answersToSearch(questions, next)}`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = questions.find((q) => answers[q.id] === undefined);
    if (missing) {
      focusQuestion(missing);
      announce(chooserStrings.announceMissing(missing.legend));
      return;
    }
    if (outcome) document.getElementById(headingId(outcome.id))?.focus();
  };

  const reset = () => {
    userChanged.current = true;
    setState({answers: {}, ignored: []});
    window.history.pushState(window.history.state, '', window.location.pathname);
    focusQuestion(questions[0]!);
  };

  const copyResult = async () => {
    const url = new URL(`${window.location.pathname}${answersToSearch(questions, answers)}#${linkIds.chooserResult}`, siteConfig.url).href;
    const ok = await copyText(url);
    announce(ok ? chooserStrings.resultCopied() : chooserStrings.copyFailed(url));
  };

  return (
    <div>
      <form id={linkIds.chooserForm} aria-label={chooserStrings.formLabel()} method="get" action={pathname} onSubmit={onSubmit}>
        {questions.map((question, index) => (
          <fieldset key={question.id} className={styles.question} aria-describedby={question.hint ? `${question.id}-hint` : undefined}>
            <legend className={styles.legend}>
              {index + 1}. {question.legend}
            </legend>
            {question.hint ? (
              <p id={`${question.id}-hint`} className={styles.hint}>
                {question.hint}
              </p>
            ) : null}
            <div className={styles.options}>
              {question.options.map((option) => (
                <label key={option.value} className={styles.option} htmlFor={radioId(question.id, option.value)}>
                  <input
                    type="radio"
                    id={radioId(question.id, option.value)}
                    name={question.id}
                    value={option.value}
                    checked={answers[question.id] === option.value}
                    onChange={() => choose(question.id, option.value)}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            {chooserStrings.show()}
          </button>
          <button type="button" className="button button--secondary" onClick={reset} disabled={answered === 0}>
            {chooserStrings.reset()}
          </button>
        </div>
      </form>

      {/* The live result works only in the browser: the page's Markdown twin leaves it out (the table of all outcomes says it all). */}
      <section
        id={linkIds.chooserResult}
        className={styles.result}
        aria-labelledby="result-heading"
        data-link-target=""
        data-search-separate=""
        data-markdown-omit=""
      >
        <h2 id="result-heading" className="margin-bottom--sm">
          {chooserStrings.resultHeading()}
        </h2>
        <div className={styles.panels}>
          <div className={styles.panel} data-active={!outcome} inert={outcome ? true : undefined}>
            <p>{chooserStrings.waiting(answered, questions.length)}</p>
            {ignored.length ? <p>{chooserStrings.ignored(ignoredSummary(ignored, chooserStrings.ignoredMore))}</p> : null}
            <p>
              {chooserStrings.allOutcomes()} <a href={`#${linkIds.allOutcomes}`}>{chooserStrings.allOutcomesLink()}</a>.
            </p>
          </div>
          {outcomes.map((candidate) => {
            const active = outcome?.id === candidate.id;
            // Every note this outcome can show is laid out: the ones that apply under «Что учесть», the rest
            // invisible at the end, so that the panel is as tall for any answers and nothing below moves.
            const possible = chooser.notes.filter((note) => note.outcomes.includes(candidate.id));
            const shown = active ? notes : [];
            const reserved = possible.filter((note) => !shown.includes(note));
            return (
              <div key={candidate.id} className={styles.panel} data-active={active} inert={active ? undefined : true}>
                <p className="margin-bottom--none">{chooserStrings.recommendation()}:</p>
                <h3 id={headingId(candidate.id)} tabIndex={-1}>
                  {candidate.title}
                </h3>
                <OutcomeBody outcome={candidate} extraCautions={shown.map((note) => note.point)} />
                <p>
                  <button type="button" className="button button--outline button--primary" onClick={copyResult}>
                    {chooserStrings.copyResult()}
                  </button>
                </p>
                {reserved.length ? (
                  <ul className={styles.reserved} aria-hidden="true">
                    {reserved.map((note) => (
                      <PointItem key={note.id} point={note.point} />
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}
