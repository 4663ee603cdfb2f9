import type {ReactElement} from 'react';
import Icon from '@site/src/components/Icon';
import type {CalloutVariant} from './variants';

const PATHS: Record<CalloutVariant, string> = {
  // circled "i"
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
  // light bulb
  tip: 'M9 21h6v-1H9v1zm3-19a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2z',
  // triangle with "!"
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  // octagon with "!"
  danger: 'M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3L15.7 3zM13 17h-2v-2h2v2zm0-4h-2V7h2v6z',
};

/** Decorative: the variant is always named by visible text next to it. */
export function CalloutIcon({variant}: {variant: CalloutVariant}): ReactElement {
  return <Icon path={PATHS[variant]} size={20} />;
}
