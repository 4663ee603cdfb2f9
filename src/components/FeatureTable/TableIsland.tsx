import {useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactElement} from 'react';
import {flushSync} from 'react-dom';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {FeatureTableProps} from './TableView';
import styles from './styles.module.css';

type View = ComponentType<FeatureTableProps>;

let loadedView: View | undefined;
function loadView(): Promise<View> {
  return import('./TableView').then((module) => (loadedView = module.default));
}

/** Where focus was inside the table, as the index of the focused control, so it survives the swap. */
function focusedIndex(root: HTMLElement): number {
  const active = document.activeElement;
  if (!active || !root.contains(active)) return -1;
  return [...root.querySelectorAll('a[href], button, [tabindex]')].indexOf(active);
}

const UPGRADE_ON = ['pointerover', 'touchstart', 'focusin'] as const;

/**
 * The table in the browser. The server's HTML already shows it completely (it even works without
 * JavaScript), so hydration keeps that HTML untouched instead of shipping the comparison data and
 * rebuilding ~800 elements on every page load. The interactive version (copy-link buttons in the rows)
 * loads when a pointer, a finger or the keyboard focus first reaches the table; where there is no server
 * HTML (after a client-side navigation, and in the dev server), it loads at once.
 */
export default function TableIsland(props: FeatureTableProps): ReactElement {
  const isBrowser = useIsBrowser(); // false only while hydrating the server's HTML
  const [hasServerHtml] = useState(!isBrowser);
  const [view, setView] = useState<View | undefined>(() => loadedView);
  /** The interactive table is loading: the region is about to be replaced (aria-busy says so, tests wait on it). */
  const [loading, setLoading] = useState(false);
  const island = useRef<HTMLDivElement>(null);
  const restoreFocus = useRef(-1);

  useEffect(() => {
    if (view) return undefined;
    const root = island.current;
    // Where focus is is read when the interactive table is swapped in, not when it starts loading:
    // a keyboard user may have tabbed on meanwhile.
    // flushSync: nothing may happen between reading the focus and swapping the DOM (a Tab would be lost).
    const upgrade = () => {
      setLoading(true);
      void loadView().then((loaded) => {
        if (root) restoreFocus.current = focusedIndex(root);
        flushSync(() => setView(() => loaded));
      });
    };
    // No server HTML to keep: after a client-side navigation, or in the dev server (`npm start` renders on the
    // client only, so the island's element arrives empty). Render the table at once.
    if (!hasServerHtml || !root || !root.hasChildNodes()) {
      upgrade();
      return undefined;
    }
    const once = () => {
      UPGRADE_ON.forEach((type) => root.removeEventListener(type, once));
      upgrade();
    };
    UPGRADE_ON.forEach((type) => root.addEventListener(type, once, {passive: true}));
    return () => UPGRADE_ON.forEach((type) => root.removeEventListener(type, once));
  }, [view, hasServerHtml]);

  const wrapper = useRef<HTMLDivElement>(null);
  // A layout effect: focus is back before the browser handles the next key press.
  useLayoutEffect(() => {
    if (!view || restoreFocus.current < 0 || !wrapper.current) return;
    const controls = wrapper.current.querySelectorAll<HTMLElement>('a[href], button, [tabindex]');
    controls[restoreFocus.current]?.focus();
    restoreFocus.current = -1;
  }, [view]);

  if (view) {
    const TableView = view;
    return (
      <div ref={wrapper} className={styles.upgraded}>
        <TableView {...props} />
      </div>
    );
  }
  // Same element as the server's root, so hydration adopts it and leaves its content alone.
  return (
    <div
      ref={island}
      className={styles.featureTable}
      aria-busy={loading || undefined}
      dangerouslySetInnerHTML={{__html: ''}}
      suppressHydrationWarning
    />
  );
}
