import type {ReactElement} from 'react';

/**
 * A one-path 24×24 icon, always decorative: every icon on this site sits next to text that says
 * the same thing, so assistive technology skips it.
 */
export default function Icon({path, size = 16}: {path: string; size?: number}): ReactElement {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={size} height={size}>
      <path fill="currentColor" d={path} />
    </svg>
  );
}
