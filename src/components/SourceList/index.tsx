import type {ReactElement} from 'react';
import SourceLink from '@site/src/components/SourceLink';
import type {SourceKey} from '@site/src/data/sources';
import styles from './styles.module.css';

/** Sources as visible links with the day each was checked. */
export default function SourceList({sources}: {sources: readonly SourceKey[]}): ReactElement {
  return (
    <ul className={styles.sources}>
      {sources.map((key) => (
        <li key={key}>
          <SourceLink source={key} />
        </li>
      ))}
    </ul>
  );
}
