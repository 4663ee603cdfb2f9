import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Source} from '@site/src/data/schema';
import {formatShortDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

/** Sources as visible links with the day each was checked. */
export default function SourceList({sources}: {sources: readonly Source[]}): ReactElement {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="noopener">
            {source.title}
          </a>
          {source.reported ? ` (${translate({id: 'sources.reported', message: 'сообщение провайдера'})})` : null},{' '}
          {translate({id: 'sources.checkedOn', message: 'проверено {date}'}, {date: formatShortDate(source.checked)})}
        </li>
      ))}
    </ul>
  );
}
