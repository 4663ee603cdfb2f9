import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import Sources from '@site/src/components/SourceLink';
import type {PointView} from '@site/src/data/schema';
import {chooserStrings} from './strings';
import styles from './styles.module.css';

/** A reason or a caution: its text, a link to the row or section that explains it, and its source if any. */
export function PointItem({point, className}: {point: PointView; className?: string}): ReactElement {
  return (
    <li className={className}>
      {point.text}{' '}
      <Link to={point.link}>
        {chooserStrings.more()}
        <span className="site-visually-hidden">: {point.text}</span>
      </Link>
      {point.source ? (
        <span className={styles.source}>
          {' '}
          (<Sources citations={[point.source]} />)
        </span>
      ) : null}
    </li>
  );
}

export default function PointList({points}: {points: readonly PointView[]}): ReactElement {
  return (
    <ul>
      {points.map((point) => (
        <PointItem key={point.link + point.text} point={point} />
      ))}
    </ul>
  );
}
