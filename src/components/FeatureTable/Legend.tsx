import type {ReactElement} from 'react';
import clsx from 'clsx';
import {STATUSES, type Status} from '@site/src/data/ids';
import {StatusIcon} from './StatusIcon';
import {statusDescription, statusLabel, tableStrings} from './strings';
import styles from './styles.module.css';

/** Lists only the statuses that appear in the table, in a fixed order. */
export function Legend({used}: {used: ReadonlySet<Status>}): ReactElement {
  return (
    <div className={styles.legend} data-search-separate="">
      <p className={styles.legendTitle}>{tableStrings.legendTitle()}</p>
      <dl className={styles.legendList}>
        {STATUSES.filter((s) => used.has(s)).map((status) => (
          <div key={status} className={styles.legendItem}>
            <dt className={clsx(styles.status, styles[`status-${status}`])}>
              <StatusIcon status={status} />
              <strong>{statusLabel(status)}</strong>
            </dt>
            <dd>{statusDescription(status)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
