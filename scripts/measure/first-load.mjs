/**
 * First load of a page: every response the browser receives, from navigation until the network has been
 * quiet, with an empty cache. Bytes are response bodies as sent over the wire (compressed as served),
 * which is deterministic for a given build and server, unlike header sizes or timings.
 */

const KINDS = [
  ['html', (url, type) => type === 'document'],
  ['js', (url) => /\.m?js$/.test(url.pathname)],
  ['css', (url) => /\.css$/.test(url.pathname)],
];

function kindOf(request) {
  const url = new URL(request.url());
  return KINDS.find(([, test]) => test(url, request.resourceType()))?.[0] ?? 'other';
}

/** Loads `url` in a fresh context of `browser` and returns {total, html, js, css, other, requests, files}. */
export async function measureFirstLoad(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  page.on('requestfailed', (request) => finished.push(request));
  try {
    // Quiet network: nothing else is fetched until the reader acts (viewport prefetching is off: UPGRADING.md).
    await page.goto(url, {waitUntil: 'networkidle'});
    const files = [];
    for (const request of finished) {
      if (!/^https?:/.test(request.url())) continue;
      const sizes = await request.sizes();
      const response = await request.response();
      // A second use of a file the page already has (a prefetch, then the load) comes from the browser's
      // cache: nothing crosses the network, and Chromium reports a body size of zero or less.
      if (response && sizes.responseBodySize <= 0 && files.some((f) => f.url === request.url())) continue;
      files.push({
        url: request.url(),
        kind: kindOf(request),
        status: response?.status() ?? 0,
        encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
        bytes: sizes.responseBodySize,
      });
    }
    const sum = (kind) => files.filter((f) => !kind || f.kind === kind).reduce((total, f) => total + f.bytes, 0);
    return {total: sum(), html: sum('html'), js: sum('js'), css: sum('css'), other: sum('other'), requests: files.length, files};
  } finally {
    await context.close();
  }
}
