import type {ReactElement} from 'react';
import Icon from '@site/src/components/Icon';
import type {Status} from '@site/src/data/schema';

const PATHS: Record<Status, string> = {
  yes: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  no: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  partial: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z',
  // A tag with a zero: «Бесплатно».
  free: 'M21.4 11.6l-9-9A2 2 0 0 0 11 2H4a2 2 0 0 0-2 2v7c0 .6.2 1.1.6 1.4l9 9c.4.4.9.6 1.4.6s1-.2 1.4-.6l7-7c.4-.4.6-.9.6-1.4s-.2-1-.6-1.4zM5.5 7A1.5 1.5 0 1 1 5.5 4a1.5 1.5 0 0 1 0 3z',
  paid: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15.9V19h-2v-1.1c-1.7-.4-3-1.5-3.1-3.2h2c.1.9.9 1.5 2.1 1.5 1.3 0 1.9-.6 1.9-1.3 0-.8-.7-1.2-2.3-1.6-2-.5-3.4-1.2-3.4-3 0-1.4 1.2-2.5 2.8-2.8V6h2v1.5c1.7.4 2.6 1.7 2.6 3h-2c-.1-1-.6-1.6-1.9-1.6s-1.8.5-1.8 1.2c0 .7.6 1 2.3 1.5 2 .5 3.4 1.3 3.4 3.1 0 1.6-1.2 2.6-2.6 3z',
  unknown:
    'M11 18h2v-2h-2v2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.8-3 5h2c0-2.3 3-2.5 3-5a4 4 0 0 0-4-4z',
};

/** Decorative: a status is always also written as a word beside the icon. */
export function StatusIcon({status}: {status: Status}): ReactElement {
  return <Icon path={PATHS[status]} />;
}
