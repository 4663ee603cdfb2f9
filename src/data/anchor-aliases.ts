/**
 * Old anchors that must keep working after an id was renamed or moved to another page.
 * Key: a page path; value: old id → where it lives now (site-relative, with hash).
 * The arrival script (src/client/link-targets.ts) follows them; scripts/published-links.ts checks each target.
 * Add an entry here when you rename an id — never edit published-links.json instead.
 */
export const ANCHOR_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The original GitBook page had one section per product; its address redirects to "/" with the hash.
  '/': {
    whatsapp: '/whatsapp',
    'whatsapp-business': '/whatsapp-business',
    'whatsapp-business-api': '/whatsapp-business-api',
  },
};
