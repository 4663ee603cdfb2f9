import type {ReactElement} from 'react';
import {translate} from '@docusaurus/Translate';
import {announce, copyText} from '@site/src/components/CopyLink/clipboard';
import {useCopiedFlag} from '@site/src/components/CopyLink/useCopiedFlag';
import styles from './styles.module.css';

const strings = {
  copy: () => translate({id: 'pageMarkdown.copy', message: 'Скопировать как Markdown'}),
  open: () => translate({id: 'pageMarkdown.open', message: 'Открыть страницу в Markdown'}),
  copied: () => translate({id: 'pageMarkdown.copied', message: 'Markdown страницы скопирован'}),
  failed: () => translate({id: 'pageMarkdown.failed', message: 'Не удалось скопировать. Откройте страницу в Markdown и скопируйте текст вручную.'}),
};

/** The page's Markdown as text: fetched on the click, never on page view. */
async function markdownOf(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return response.text();
}

/**
 * «Скопировать как Markdown»: copies the page's Markdown twin (plugins/open-data/markdown.ts) for a ticket or an
 * assistant. Without JavaScript the button stays hidden, keeping its place, and the plain link opens the Markdown.
 */
export default function PageMarkdown({href}: {href: string}): ReactElement {
  const [copied, flagCopied] = useCopiedFlag();

  const onClick = async () => {
    let ok: boolean;
    try {
      ok = await copyText(await markdownOf(href));
    } catch {
      ok = false;
    }
    announce(ok ? strings.copied() : strings.failed());
    flagCopied(ok);
  };

  return (
    <p className={styles.pageMarkdown}>
      <button type="button" className="button button--secondary button--sm site-needs-script" onClick={onClick}>
        {strings.copy()}
      </button>
      <a href={href} type="text/markdown">
        {strings.open()}
      </a>
      {copied ? <span aria-hidden="true">{strings.copied()}</span> : null}
    </p>
  );
}
