import {useEffect, useRef, useState, type ReactElement} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Icon from '@site/src/components/Icon';
import {announce, copyText} from './clipboard';
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

const LINK_PATH =
  'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2-1.4-1.4 2-2a1 1 0 1 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2 1.4 1.4-2 2a1 1 0 1 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0z';

/**
 * «Copy link» for a heading, table row, callout or change. On the server (and with JavaScript off)
 * it is a plain `<a href="#id">`; once the page is interactive it becomes a button that copies
 * the absolute URL, puts the hash in the address bar and announces «Ссылка скопирована».
 */
export default function CopyLink({id, kind, label, className}: CopyLinkProps): ReactElement {
  const isBrowser = useIsBrowser();
  const {siteConfig} = useDocusaurusContext();
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (!isBrowser) {
    return (
      <a href={`#${id}`} className={clsx(styles.copyLink, className)} aria-label={plainLinkName(label)}>
        <Icon path={LINK_PATH} />
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
    setCopied(ok);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), 2000);
  };

  const name = copyLinkName(kind, label);
  return (
    <button type="button" className={clsx(styles.copyLink, className)} aria-label={name} title={name} onClick={onClick} data-copied={copied || undefined}>
      <Icon path={LINK_PATH} />
      {copied ? (
        <span className={styles.copied} aria-hidden="true">
          {copyLinkStrings.copied()}
        </span>
      ) : null}
    </button>
  );
}
