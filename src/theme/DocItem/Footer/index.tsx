import type {ReactElement} from 'react';
import Head from '@docusaurus/Head';
import Footer from '@theme-original/DocItem/Footer';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PageMarkdown from '@site/src/components/PageMarkdown';
import {lastCheckedOf} from '@site/src/data/last-checked';
import {formatLongDate, isRealDate} from '@site/src/utils/dates';
import {markdownPathOf} from '@site/src/utils/markdown-path';

/**
 * Every page says when its facts were last checked, from `last_checked` in its front matter, and offers itself as
 * Markdown (a copy button, a link, and `<link rel="alternate" type="text/markdown">` in the head), after the theme's own
 * footer (tags, edit link, git dates: this site sets none of them, so today it renders nothing).
 * The date's rules are checked when the site builds (plugins/validate-data.ts), never here: a reader's clock
 * must not decide whether a page renders.
 */
export default function DocItemFooter(): ReactElement {
  const {frontMatter, metadata} = useDoc();
  const lastChecked = lastCheckedOf(frontMatter as Record<string, unknown>);
  const {siteConfig} = useDocusaurusContext();
  const markdown = markdownPathOf(metadata.permalink, siteConfig.baseUrl);
  return (
    <>
      <Footer />
      {/* Where assistants and tools find the page's Markdown twin, as browsers find the canonical address. */}
      <Head>
        <link rel="alternate" type="text/markdown" href={`${siteConfig.url}${markdown}`} />
      </Head>
      {typeof lastChecked === 'string' && isRealDate(lastChecked) ? (
        <p className="site-last-checked">
          {translate({id: 'page.lastChecked', message: 'Сведения на странице проверены'})}{' '}
          <time dateTime={lastChecked}>{formatLongDate(lastChecked)}</time>
        </p>
      ) : null}
      <PageMarkdown href={markdown} />
    </>
  );
}
