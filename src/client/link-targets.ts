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

/** What a reader does to take over the scrolling: arrival stops following the target then. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** How long arrival follows a target that keeps moving (parts of the page still arriving), at most. */
const SETTLE_MS = 5000;
/** Frames the target must stay put before arrival stops following it. */
const STILL_FRAMES = 10;

let stopArriving: (() => void) | undefined;

function update(): void {
  stopArriving?.();
  stopArriving = undefined;
  for (const old of document.querySelectorAll(`[${ATTRIBUTE}]`)) old.removeAttribute(ATTRIBUTE);
  const id = targetId(window.location.hash);
  if (!id) return;
  const moved = document.getElementById(id) ? undefined : aliasTarget(normalisePath(window.location.pathname), id);
  if (moved) {
    window.location.replace(moved);
    return;
  }
  stopArriving = arrive(id);
}

/**
 * Highlights the #target and keeps it at the top of the view while the page settles. After a client-side
 * navigation the router scrolls once, when the page first renders, but parts of it come later (the comparison
 * table's code loads after the route, a row result's element with it) and push or hide the target. So: wait for
 * the element, bring it into view, and follow it until it stays put, the reader scrolls, types or touches, or
 * SETTLE_MS pass. Returns the function that stops it.
 */
function arrive(id: string): () => void {
  const started = performance.now();
  let frame = 0;
  let still = 0;
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    READER_INPUT.forEach((type) => window.removeEventListener(type, stop));
  };
  READER_INPUT.forEach((type) => window.addEventListener(type, stop, {passive: true}));
  const tick = () => {
    if (done) return;
    if (performance.now() - started > SETTLE_MS) return stop();
    const element = document.getElementById(id);
    if (element) {
      if (!element.hasAttribute(ATTRIBUTE)) element.setAttribute(ATTRIBUTE, '');
      const wanted = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
      const before = window.scrollY;
      if (Math.abs(element.getBoundingClientRect().top - wanted) > 1) element.scrollIntoView({block: 'start'});
      // Put, or as close as the page allows (a target near the end cannot reach the top).
      still = window.scrollY === before ? still + 1 : 0;
      if (still >= STILL_FRAMES) return stop();
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return stop;
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
