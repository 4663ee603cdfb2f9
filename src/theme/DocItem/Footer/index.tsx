import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {formatLongDate, today} from '@site/src/utils/dates';

/**
 * Every page says when its facts were last checked, from `last_checked` in its front matter.
 * Replaces the theme's footer, which shows tags, an edit link and git dates: this site sets none of them.
 */
export default function DocItemFooter(): ReactElement {
  const {frontMatter, metadata} = useDoc();
  const raw = (frontMatter as {last_checked?: unknown}).last_checked;
  // YAML turns an unquoted 2026-11-25 into a Date; accept both spellings.
  const lastChecked = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
  if (typeof lastChecked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(lastChecked)) {
    throw new Error(`${metadata.source}: front matter "last_checked" must be a date written as YYYY-MM-DD (got ${JSON.stringify(lastChecked)}).`);
  }
  if (lastChecked > today()) {
    throw new Error(`${metadata.source}: front matter "last_checked" ${lastChecked} is in the future.`);
  }
  return (
    <p className="site-last-checked">
      {translate({id: 'page.lastChecked', message: 'Сведения на странице проверены'})}{' '}
      <time dateTime={lastChecked}>{formatLongDate(lastChecked)}</time>
    </p>
  );
}
