import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {lastCheckedOf} from '@site/src/data/last-checked';
import {formatLongDate, isRealDate} from '@site/src/utils/dates';

/**
 * Every page says when its facts were last checked, from `last_checked` in its front matter.
 * Replaces the theme's footer, which shows tags, an edit link and git dates: this site sets none of them.
 * The date's rules are checked when the site builds (plugins/validate-data.ts), never here: a reader's clock
 * must not decide whether a page renders.
 */
export default function DocItemFooter(): ReactElement | null {
  const {frontMatter} = useDoc();
  const lastChecked = lastCheckedOf(frontMatter as Record<string, unknown>);
  if (typeof lastChecked !== 'string' || !isRealDate(lastChecked)) return null;
  return (
    <p className="site-last-checked">
      {translate({id: 'page.lastChecked', message: 'Сведения на странице проверены'})}{' '}
      <time dateTime={lastChecked}>{formatLongDate(lastChecked)}</time>
    </p>
  );
}
