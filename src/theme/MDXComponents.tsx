import MDXComponents from '@theme-original/MDXComponents';
import Callout from '@site/src/components/Callout';
import Cite from '@site/src/components/Cite';
import FeatureTable from '@site/src/components/FeatureTable';
import {CheckedOn, Day, Num, Since, Tiers} from '@site/src/components/Figures';

/**
 * Components every MDX file can use without importing them: the theme's own map, extended. (The theme's code
 * block costs next to nothing here — 10 B gzip on `/`, `npm run measure:patches` — because Prism's grammars are
 * left out by plugins/lean-client.ts.) ChangeLog is not here: only /changes uses it, and it imports it, so the
 * change data loads on that page only.
 */
export default {
  ...MDXComponents,
  Callout,
  Cite,
  FeatureTable,
  Num,
  Day,
  Tiers,
  CheckedOn,
  Since,
};
