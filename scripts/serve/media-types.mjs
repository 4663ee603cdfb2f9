/**
 * Files whose media type the extension does not tell: the test server sets these, deploy/nginx's template writes
 * the same (tests/nginx/http.spec.ts checks nginx against this list).
 */
export const MEDIA_TYPES = {
  '/opensearch.xml': 'application/opensearchdescription+xml; charset=utf-8',
};

export function mediaTypeFor(pathname) {
  return Object.hasOwn(MEDIA_TYPES, pathname) ? MEDIA_TYPES[pathname] : undefined;
}
