/**
 * The public address of the site, without a trailing slash. Set SITE_URL at build time to publish under
 * another domain. Shared by docusaurus.config.ts and the tests that check canonical and og:url links.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://whatsapp-business-guide.example').replace(/\/+$/, '');
