/**
 * How long a browser may keep each kind of file. One place, shared by the test server
 * and the nginx configuration test, so the two cannot drift apart.
 *   - files under /assets/ carry a content hash in their name: cache for a year, never revalidate;
 *   - everything else (HTML, search index, sitemap, images without a hash) must be revalidated
 *     on every use, so a published fix reaches readers at once.
 */
export const HASHED_ASSETS = /^\/assets\//;
export const LONG_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(pathname) {
  return HASHED_ASSETS.test(pathname) ? LONG_CACHE : REVALIDATE;
}
