/**
 * Files whose media type (or charset) the extension does not tell: the test server sets these, and
 * scripts/nginx/config.ts writes one nginx location per file from this list (media-types.conf).
 */
export const MEDIA_TYPES = {
  '/opensearch.xml': 'application/opensearchdescription+xml; charset=utf-8',
  '/answers.json': 'application/json; charset=utf-8',
  '/answers.schema.json': 'application/schema+json; charset=utf-8',
  '/answers.csv': 'text/csv; charset=utf-8',
};

export function mediaTypeFor(pathname) {
  return Object.hasOwn(MEDIA_TYPES, pathname) ? MEDIA_TYPES[pathname] : undefined;
}
