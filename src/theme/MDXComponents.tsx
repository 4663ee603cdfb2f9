import type {ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import MDXA from '@theme/MDXComponents/A';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXImg from '@theme/MDXComponents/Img';
import MDXLi from '@theme/MDXComponents/Li';
import MDXUl from '@theme/MDXComponents/Ul';
import Callout from '@site/src/components/Callout';
import Cite from '@site/src/components/Cite';
import FeatureTable from '@site/src/components/FeatureTable';
import StaleSection from '@site/src/components/StaleSection';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

/**
 * Components every MDX file can use without importing them. The theme's own map, minus its code
 * block and Mermaid (they would put the Prism highlighter, ~30 KB gzipped, into every page, and this
 * guide has no code; a fenced block still renders, as a plain <pre><code>), and minus Admonition
 * (callouts are <Callout>; plugins/remark-site-rules.ts rejects `:::note` and names the fix), and minus Details
 * (no page folds text away; a `<details>` still works, as the browser's own).
 * ChangeLog is not here: only /changes uses it, and it imports it, so the change data loads on that page only.
 * Nor are <Num>, <Day>, <Since>, <Tiers> and <CheckedOn>: plugins/remark-resolve-data.ts writes their text at build
 * time (and fills in each <Cite>), so the figures module and the sources register stay out of the browser.
 */
export default {
  Head,
  a: MDXA,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading as="h1" {...props} />,
  h2: (props: HeadingProps) => <MDXHeading as="h2" {...props} />,
  h3: (props: HeadingProps) => <MDXHeading as="h3" {...props} />,
  h4: (props: HeadingProps) => <MDXHeading as="h4" {...props} />,
  h5: (props: HeadingProps) => <MDXHeading as="h5" {...props} />,
  h6: (props: HeadingProps) => <MDXHeading as="h6" {...props} />,
  Callout,
  Cite,
  FeatureTable,
  StaleSection,
};
