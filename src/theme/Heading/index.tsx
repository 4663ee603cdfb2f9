import type {ComponentProps, ReactElement} from 'react';
import clsx from 'clsx';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type HeadingType from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';
import {textOf} from '@site/src/utils/textOf';

type Props = ComponentProps<typeof HeadingType>;

/**
 * The theme's heading, with the «copy link» control in place of the stock hash link.
 * `data-link-target` marks it as a published link target (see published-links.json).
 */
export default function Heading({as: As, id, ...props}: Props): ReactElement {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // H1 headings need no id: they are the page itself.
  if (As === 'h1' || !id) return <As {...props} id={undefined} />;
  brokenLinks.collectAnchor(id);
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id} data-link-target="">
      {props.children}
      <CopyLink id={id} kind="section" label={textOf(props.children).trim() || id} />
    </As>
  );
}
