/**
 * Stands in for the classic theme's nprogress client module (11 KB of nprogress for a 2 px bar) with the
 * same behaviour: when a click leads to a page whose code takes more than 200 ms to arrive, a thin bar runs
 * along the top until the page shows. src/css/custom.css draws it from html[data-navigating].
 */
export const DELAY_MS = 200;
const ATTRIBUTE = 'data-navigating';

export default {
  onRouteUpdate({location, previousLocation}) {
    if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
    const timer = window.setTimeout(() => document.documentElement.setAttribute(ATTRIBUTE, ''), DELAY_MS);
    return () => window.clearTimeout(timer);
  },
  onRouteDidUpdate() {
    document.documentElement.removeAttribute(ATTRIBUTE);
  },
};
