import type {ReactElement} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Icon from '@site/src/components/Icon';
import {announce, copyText} from './clipboard';
import {useCopiedFlag} from './useCopiedFlag';
import {copyLinkName, copyLinkStrings, plainLinkName, type LinkTargetKind} from './strings';
import styles from './styles.module.css';

export interface CopyLinkProps {
  /** The id of the element the link points at. */
  id: string;
  kind: LinkTargetKind;
  /** Visible text of the target, used in the accessible name. */
  label: string;
  className?: string;
}

// Material Design "link" icon (Apache-2.0).
const LINK_PATH =
  'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z';

/**
 * «Copy link» for a heading, table row, callout or change. On the server (and with JavaScript off)
 * it is a plain `<a href="#id">`; once the page is interactive it becomes a button that copies
 * the absolute URL, puts the hash in the address bar and announces «Ссылка скопирована».
 */
export default function CopyLink({id, kind, label, className}: CopyLinkProps): ReactElement {
  const isBrowser = useIsBrowser();
  const {siteConfig} = useDocusaurusContext();
  const [copied, flagCopied] = useCopiedFlag();

  if (!isBrowser) {
    return (
      <a href={`#${id}`} className={clsx(styles.copyLink, className)} aria-label={plainLinkName(label)}>
        <Icon path={LINK_PATH} size={18} />
      </a>
    );
  }

  const onClick = async () => {
    const url = new URL(`${window.location.pathname}#${id}`, siteConfig.url).href;
    const ok = await copyText(url);
    if (window.location.hash !== `#${id}`) {
      window.history.replaceState(window.history.state, '', `#${id}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    announce(ok ? copyLinkStrings.copied() : copyLinkStrings.failed(url));
    flagCopied(ok);
  };

  const name = copyLinkName(kind, label);
  return (
    <button
      type="button"
      className={clsx(styles.copyLink, className)}
      aria-label={name}
      title={name}
      onClick={onClick}
      data-copied={copied || undefined}
    >
      <Icon path={LINK_PATH} size={18} />
      {copied ? (
        <span className={styles.copied} aria-hidden="true">
          {copyLinkStrings.copied()}
        </span>
      ) : null}
    </button>
  );
}
