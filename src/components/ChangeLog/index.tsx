import type {ReactElement} from 'react';
import Link from '@docusaurus/Link';
import CopyLink from '@site/src/components/CopyLink';
import ReportLink from '@site/src/components/ReportLink';
import {reportSources} from '@site/src/components/ReportLink/href';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Sources from '@site/src/components/SourceLink';
import {standingStrings} from '@site/src/components/SourceLink/strings';
import {changes as allChanges, corrections as allCorrections} from '@site/src/data/view/changes';
import {linkIds} from '@site/src/data/link-ids';
import type {ChangeView} from '@site/src/data/schema';
import {formatPartialDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

export interface ChangeLogProps {
  /** `changes`: what changed since the original page (`#change-<id>`); `corrections`: what this guide said wrongly (`#correction-<id>`). */
  kind?: 'changes' | 'corrections';
  /** The items, when not the site's own data (tests). */
  changes?: readonly ChangeView[];
}

/** A dated list of what changed, each item linkable: the change log, or the corrections of this guide. */
export default function ChangeLog({kind = 'changes', changes}: ChangeLogProps): ReactElement {
  const brokenLinks = useBrokenLinks();
  const items = changes ?? (kind === 'corrections' ? allCorrections : allChanges);
  const isCorrection = kind === 'corrections';
  return (
    <ol className={styles.changes}>
      {items.map((change) => {
        const anchor = isCorrection ? linkIds.correction(change.id) : linkIds.change(change.id);
        brokenLinks.collectAnchor(anchor);
        return (
          // A correction is not a search result: it quotes what this guide used to say wrongly, and a query should find
          // what is true now (the section «Исправления в этом справочнике» itself stays searchable).
          <li key={change.id} id={anchor} className={styles.change} data-link-target="" data-search-omit={isCorrection ? '' : undefined}>
            <p className={styles.title}>
              {change.date ? (
                <time dateTime={change.date} className={styles.date}>
                  {formatPartialDate(change.date)}
                </time>
              ) : null}
              <strong>
                {change.title}
                <CopyLink id={anchor} kind={isCorrection ? 'correction' : 'change'} label={change.title} />
                <ReportLink id={anchor} label={change.title} text={change.now} sources={reportSources(change.sources)} />
              </strong>
            </p>
            <dl className={styles.diff}>
              <dt>
                {isCorrection
                  ? translate({id: 'changes.before.corrected', message: 'Было на этом сайте'})
                  : translate({id: 'changes.before', message: 'В исходной статье'})}
              </dt>
              <dd>{change.before}</dd>
              <dt>{translate({id: 'changes.now', message: 'Сейчас'})}</dt>
              <dd>{change.now}</dd>
            </dl>
            <p className={styles.more}>
              <Link to={change.more}>{translate({id: 'changes.more', message: 'Подробнее'})}</Link>
            </p>
            <p className={styles.sources}>
              <Sources citations={change.sources} label={standingStrings.label(change.sources.length)} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
