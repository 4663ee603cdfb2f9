import MDXComponents from '@theme-original/MDXComponents';
import Callout from '@site/src/components/Callout';
import ChangeLog from '@site/src/components/ChangeLog';
import Cite from '@site/src/components/Cite';
import FeatureTable from '@site/src/components/FeatureTable';

/** Components every MDX file can use without importing them. */
export default {
  ...MDXComponents,
  Callout,
  ChangeLog,
  Cite,
  FeatureTable,
};
