/**
 * Where a page's Markdown twin is published: `/whatsapp` → `/whatsapp.md`, the home page `/` → `/index.md`
 * (written by plugins/open-data, linked from every page's footer and from /llms.txt).
 */
export function markdownPathOf(permalink: string, baseUrl = '/'): string {
  const clean = permalink.replace(/\/+$/, '');
  return clean === baseUrl.replace(/\/+$/, '') ? `${clean}/index.md` : `${clean}.md`;
}
