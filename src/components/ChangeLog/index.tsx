import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import CopyLink from '@site/src/components/CopyLink';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import SourceList from '@site/src/components/SourceList';
import {changes as allChanges} from '@site/src/data/changes';
import {linkIds} from '@site/src/data/link-ids';
import type {Change} from '@site/src/data/schema';
import {formatPartialDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

/** The dated list of what changed since the original page; each item is linkable as `#change-<id>`. */
export default function ChangeLog({changes = allChanges}: {changes?: readonly Change[]}): ReactElement {
  const brokenLinks = useBrokenLinks();
  return (
    <ol className={styles.changes}>
      {changes.map((change) => {
        const anchor = linkIds.change(change.id);
        brokenLinks.collectAnchor(anchor);
        return (
          <li key={change.id} id={anchor} className={styles.change} data-link-target="">
            <p className={styles.title}>
              {change.date ? (
                <time dateTime={change.date} className={styles.date}>
                  {formatPartialDate(change.date)}
                </time>
              ) : null}
              <strong>
                {change.title}
                <CopyLink id={anchor} kind="change" label={change.title} />
              </strong>
            </p>
            <dl className={styles.diff}>
              <dt>{translate({id: 'changes.before', message: 'В исходной статье'})}</dt>
              <dd>{change.before}</dd>
              <dt>{translate({id: 'changes.now', message: 'Сейчас'})}</dt>
              <dd>{change.now}</dd>
            </dl>
            <p className={styles.more}>
              <Link to={change.more}>{translate({id: 'changes.more', message: 'Подробнее'})}</Link>
            </p>
            <SourceList sources={change.sources} />
          </li>
        );
      })}
    </ol>
  );
}
