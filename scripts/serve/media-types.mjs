/**
 * Files whose media type (or charset) the extension does not tell: the test server sets these, and
 * scripts/nginx/config.ts writes one nginx location per entry from this list (media-types.conf). A key is a
 * file's path, or `*.ext` for every file with that extension (the pages' Markdown twins).
 */
export const MEDIA_TYPES = {
  '/opensearch.xml': 'application/opensearchdescription+xml; charset=utf-8',
  '/answers.json': 'application/json; charset=utf-8',
  '/answers.schema.json': 'application/schema+json; charset=utf-8',
  '/answers.csv': 'text/csv; charset=utf-8',
  '/comparison.json': 'application/json; charset=utf-8',
  '/comparison.schema.json': 'application/schema+json; charset=utf-8',
  '/llms.txt': 'text/plain; charset=utf-8',
  '/llms-full.txt': 'text/plain; charset=utf-8',
  '*.md': 'text/markdown; charset=utf-8',
};

/** For an extension entry, the built files the tests ask for. */
const SAMPLES = {'*.md': ['/index.md', '/whatsapp-business-api.md']};

/** [path, media type] for every entry, with real files of the build in place of `*.ext`: what the tests request. */
export function mediaTypeSamples() {
  return Object.entries(MEDIA_TYPES).flatMap(([key, type]) => (key.startsWith('*.') ? SAMPLES[key].map((file) => [file, type]) : [[key, type]]));
}

export function mediaTypeFor(pathname) {
  if (Object.hasOwn(MEDIA_TYPES, pathname)) return MEDIA_TYPES[pathname];
  const extension = /\.[a-z0-9]+$/.exec(pathname)?.[0];
  return extension && Object.hasOwn(MEDIA_TYPES, `*${extension}`) ? MEDIA_TYPES[`*${extension}`] : undefined;
}
