import {useId, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '@site/src/components/CopyLink';
import ReportLink from '@site/src/components/ReportLink';
import {textOf} from '@site/src/utils/textOf';
import {CalloutIcon} from './Icon';
import {calloutLabel} from './labels';
import {isCalloutVariant, unknownVariantMessage} from './variants';
import styles from './styles.module.css';

export interface CalloutProps {
  /** One of CALLOUT_VARIANTS; defaults to `info`. */
  type?: string;
  /** Optional title shown after the variant label: «Совет: как выбрать». */
  title?: string;
  /** Stable ASCII anchor, so the callout itself can be linked. */
  id?: string;
  /** The sources cited inside, for «Сообщить об ошибке» (plugins/remark-resolve-data.ts, only when REPORT_TO is set). */
  reportSources?: string;
  children: ReactNode;
}

/**
 * A note set apart from the text. `role="note"` on the `aside` keeps it out of the landmark list
 * (an `aside` alone would be a complementary landmark); the visible label names it.
 */
export default function Callout({type = 'info', title, id, reportSources, children}: CalloutProps): ReactElement {
  // The remark plugin reports the file; this guards components used outside MDX.
  if (!isCalloutVariant(type)) throw new Error(unknownVariantMessage(type));
  const labelId = `${useId()}-label`;
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  return (
    <aside
      id={id}
      role="note"
      aria-labelledby={labelId}
      className={clsx(styles.callout, styles[type])}
      data-callout={type}
      data-link-target={id ? '' : undefined}
    >
      <p id={labelId} className={styles.heading}>
        <CalloutIcon variant={type} />
        <span className={styles.label}>{calloutLabel(type)}</span>
        {/* The space keeps the accessible name readable: «Совет Как выбрать», not «СоветКак выбрать». */}
        {title ? (
          <>
            {' '}
            <span className={styles.title}>{title}</span>
          </>
        ) : null}
      </p>
      {id ? (
        <span className={styles.controls}>
          <CopyLink id={id} kind="callout" label={title ?? calloutLabel(type)} />
          <ReportLink id={id} label={title ?? calloutLabel(type)} text={textOf(children)} {...(reportSources ? {sources: reportSources} : {})} />
        </span>
      ) : null}
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
