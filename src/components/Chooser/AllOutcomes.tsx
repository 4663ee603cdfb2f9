import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {linkIds} from '@site/src/data/link-ids';
import {chooser} from '@site/src/data/view/chooser';
import type {ChooserNoteView} from '@site/src/data/schema';
import OutcomeBody from './OutcomeBody';
import {chooserStrings} from './strings';

/** «Если вы ответили «В обычном WhatsApp»:» — the answers a note depends on, in the words of the options. */
function noteCondition(note: ChooserNoteView): string {
  const labels = Object.entries(note.when).flatMap(([questionId, values]) => {
    const question = chooser.questions.find((q) => q.id === questionId);
    return values.map((value) => `«${question?.options.find((o) => o.value === value)?.label ?? value}»`);
  });
  return chooserStrings.noteIf(labels.join(chooserStrings.or()));
}

/**
 * Every outcome and when it applies: a table, then a section per outcome with its reasons and cautions,
 * including the cautions that depend on particular answers. Plain HTML: this is the page without JavaScript,
 * and each section is a published link target (`/choose#outcome-<id>`).
 */
export default function AllOutcomes(): ReactElement {
  return (
    <div data-search-separate="">
      <div className="margin-bottom--lg">
        <table>
          <caption>{chooserStrings.tableCaption()}</caption>
          <thead>
            <tr>
              <th scope="col">{chooserStrings.option()}</th>
              <th scope="col">{chooserStrings.appliesWhen()}</th>
            </tr>
          </thead>
          <tbody>
            {chooser.outcomes.map((outcome) => (
              <tr key={outcome.id}>
                <th scope="row">
                  <Link to={`#${linkIds.outcome(outcome.id)}`}>{outcome.title}</Link>
                </th>
                <td>{outcome.appliesWhen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chooser.outcomes.map((outcome) => {
        const notes = chooser.notes.filter((note) => note.outcomes.includes(outcome.id));
        return (
          <section key={outcome.id}>
            <Heading as="h3" id={linkIds.outcome(outcome.id)}>
              {outcome.title}
            </Heading>
            <p>
              <strong>{chooserStrings.appliesWhen()}:</strong> {outcome.appliesWhen}
            </p>
            <OutcomeBody
              outcome={outcome}
              extraCautions={notes.map((note) => ({...note.point, text: `${noteCondition(note)} ${lowerFirst(note.point.text)}`}))}
            />
          </section>
        );
      })}
    </div>
  );
}

function lowerFirst(text: string): string {
  // Keep names as written: «Номер…» → «номер…», but «WhatsApp…» stays.
  return /^[А-ЯЁ][а-яё]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
