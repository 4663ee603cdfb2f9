import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import type {OutcomeView, PointView} from '@site/src/data/schema';
import PointList from './PointList';
import {chooserStrings} from './strings';

/** What an outcome says: the summary, the reasons, what to watch out for (plus `extraCautions`) and where to read on. */
export default function OutcomeBody({outcome, extraCautions = []}: {outcome: OutcomeView; extraCautions?: readonly PointView[]}): ReactElement {
  return (
    <>
      <p>{outcome.summary}</p>
      <h4>{chooserStrings.reasons()}</h4>
      <PointList points={outcome.reasons} />
      <h4>{chooserStrings.cautions()}</h4>
      <PointList points={[...outcome.cautions, ...extraCautions]} />
      <p>
        <Link to={outcome.more}>
          {chooserStrings.readNext()}
          <span className="site-visually-hidden">: {outcome.title}</span>
        </Link>
      </p>
    </>
  );
}
