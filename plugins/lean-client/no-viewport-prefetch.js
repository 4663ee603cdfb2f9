/**
 * Replaces @docusaurus/core/lib/client/prefetch.js. Docusaurus fetches the code of every page whose link
 * scrolls into view; on this site that is every page of the sidebar, ~20 KB a reader on a phone
 * plan may never use. A page's code still loads ahead of the click, when the pointer rests on the
 * link or a finger touches it (Docusaurus's preload, untouched), and on the click itself.
 */
export default function prefetch() {
  return Promise.resolve();
}
