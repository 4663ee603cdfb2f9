import type {ReactElement} from 'react';
import SourceLink from '@site/src/components/SourceLink';
import type {Source} from '@site/src/data/schema';
import styles from './styles.module.css';

/** Sources as visible links with the day each was checked. */
export default function SourceList({sources}: {sources: readonly Source[]}): ReactElement {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source.url}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
