import type {ReactElement, ReactNode} from 'react';
import {LIVE_REGION_ID} from '@site/src/components/CopyLink/clipboard';

/**
 * One polite live region for the whole site, present from the first paint: screen readers only announce
 * changes to a region that already existed, so it cannot be created on the first «copy link» click.
 */
export default function Root({children}: {children: ReactNode}): ReactElement {
  return (
    <>
      {children}
      <div id={LIVE_REGION_ID} className="site-visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
    </>
  );
}
