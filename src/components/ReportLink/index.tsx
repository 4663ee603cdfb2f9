import type {ReactElement} from 'react';
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {reportHref, shortened} from './href';
import {reportStrings} from './strings';
import styles from './styles.module.css';

export interface ReportLinkProps {
  /** The id of what the reader saw: the report names `page#id`. */
  id: string;
  /** Its visible name: a heading, a row's label, a question. */
  label: string;
  /** What it says (a row's cells, an answer), quoted in the report. */
  text?: string;
  /** Its sources with their check dates. */
  sources?: string;
  className?: string;
}

/** Where reports go (REPORT_TO, read in site-settings.ts), and the site's address; no target hides every report link. */
export function useReportTarget(): {target?: string; siteUrl: string} {
  const {siteConfig} = useDocusaurusContext();
  const target = siteConfig.customFields?.['reportTo'];
  return {...(typeof target === 'string' ? {target} : {}), siteUrl: siteConfig.url};
}

/**
 * «Сообщить об ошибке» beside a copy-link control: a plain link (no script, no request until clicked) that opens a
 * prefilled report to REPORT_TO. Renders nothing when no destination is configured.
 */
export default function ReportLink({id, label, text, sources, className}: ReportLinkProps): ReactElement | null {
  const {target, siteUrl} = useReportTarget();
  const {pathname} = useLocation();
  if (!target) return null;
  const where = new URL(`${pathname}#${id}`, siteUrl).href;
  const body = [
    `${reportStrings.page()}: ${where}`,
    `${reportStrings.text()}: ${shortened(text ? `${label}. ${text}` : label)}`,
    ...(sources ? [`${reportStrings.sources()}: ${sources}`] : []),
    '',
    `${reportStrings.correction()}:`,
    '',
  ].join('\n');
  return (
    <a
      href={reportHref(target, {title: reportStrings.title(label), body})}
      className={clsx(styles.reportLink, className)}
      aria-label={reportStrings.name(label)}
      data-report=""
      rel="nofollow"
    >
      {reportStrings.link()}
    </a>
  );
}
