import {translate} from '@docusaurus/Translate';
import type {CalloutVariant} from './variants';

/** The visible label that names each variant; the icon beside it is decorative. */
export function calloutLabel(variant: CalloutVariant): string {
  switch (variant) {
    case 'info':
      return translate({id: 'callout.label.info', message: 'Примечание'});
    case 'tip':
      return translate({id: 'callout.label.tip', message: 'Совет'});
    case 'warning':
      return translate({id: 'callout.label.warning', message: 'Внимание'});
    case 'danger':
      return translate({id: 'callout.label.danger', message: 'Осторожно'});
  }
}
