import type {ReactElement} from 'react';
import {standingStrings} from '@site/src/components/SourceLink/strings';
import styles from '@site/src/components/SourceLink/styles.module.css';

/**
 * Under a heading whose section cites a stale source (plugins/remark-resolve-data.ts puts it there): «Требует проверки:
 * источник этого раздела проверен …».
 */
export default function StaleSection({checked}: {checked: string}): ReactElement {
  return (
    <p className={styles.stale} data-stale="">
      <strong>{standingStrings.staleSection(checked)}</strong>
    </p>
  );
}
