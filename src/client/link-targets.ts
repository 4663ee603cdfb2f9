/**
 * Arriving by a link: highlights the element the URL's #hash points at (and moves the highlight when the hash
 * changes), and follows ANCHOR_ALIASES when the hash names an id that was renamed or moved.
 * CSS `:target` gives the same highlight without JavaScript; this keeps it right after client-side navigation,
 * where browsers do not update `:target`.
 */
import type {ClientModule} from '@docusaurus/types';
import {ANCHOR_ALIASES} from '@site/src/data/anchor-aliases';

const ATTRIBUTE = 'data-link-highlight';

function targetId(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}

function normalisePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

function update(): void {
  for (const old of document.querySelectorAll(`[${ATTRIBUTE}]`)) old.removeAttribute(ATTRIBUTE);
  const id = targetId(window.location.hash);
  if (!id) return;
  const element = document.getElementById(id);
  if (element) {
    element.setAttribute(ATTRIBUTE, '');
    return;
  }
  const moved = aliasTarget(normalisePath(window.location.pathname), id);
  if (moved) window.location.replace(moved);
}

/**
 * Where a renamed id lives now, or undefined. The page and the id come from the address bar: own keys only (a
 * plain `[key]` would find `__proto__`, `constructor` or `toString` on every object), and only a site path.
 */
export function aliasTarget(pathname: string, id: string): string | undefined {
  const page = Object.hasOwn(ANCHOR_ALIASES, pathname) ? ANCHOR_ALIASES[pathname] : undefined;
  const target = page && Object.hasOwn(page, id) ? page[id] : undefined;
  return typeof target === 'string' && /^\/(?!\/)/.test(target) ? target : undefined;
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', update);
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    // After React has rendered the new route, so the target exists in the DOM.
    window.requestAnimationFrame(update);
  },
};

export const {onRouteDidUpdate} = clientModule;
