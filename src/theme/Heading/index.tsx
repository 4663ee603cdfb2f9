import type {ComponentProps, ReactElement} from 'react';
import clsx from 'clsx';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type HeadingType from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';
import ReportLink from '@site/src/components/ReportLink';
import {textOf} from '@site/src/utils/textOf';

type Props = ComponentProps<typeof HeadingType> & {
  /** The sources cited in the section (plugins/remark-resolve-data.ts, only when REPORT_TO is set), for the report. */
  'data-report-sources'?: string;
  /** What the section says, for the report (the ready answers pass their answer). */
  'data-report-text'?: string;
};

/**
 * The theme's heading, with the «copy link» control in place of the stock hash link, and «Сообщить об ошибке» beside
 * it when reports are configured. `data-link-target` marks it as a published link target (see published-links.json).
 */
export default function Heading({as: As, id, 'data-report-sources': sources, 'data-report-text': text, ...props}: Props): ReactElement {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // H1 headings need no id: they are the page itself.
  if (As === 'h1' || !id) return <As {...props} id={undefined} />;
  brokenLinks.collectAnchor(id);
  const label = textOf(props.children).trim() || id;
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id} data-link-target="">
      {props.children}
      <CopyLink id={id} kind="section" label={label} />
      <ReportLink id={id} label={label} {...(text ? {text} : {})} {...(sources ? {sources} : {})} />
    </As>
  );
}
