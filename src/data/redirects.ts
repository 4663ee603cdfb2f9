/**
 * Page addresses that moved. nginx answers them with 301s (scripts/nginx/config.ts); plugins/short-links.ts writes
 * small redirect pages for other hosts (meta refresh, plus /js/redirect-keeps-hash.js to keep the #hash). Never
 * delete an entry: old tickets link to it.
 */
export const REDIRECTS: readonly {from: string; to: string; title: string}[] = [
  // The original GitBook page this guide replaces.
  {
    from: '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api',
    to: '/',
    title: 'WhatsApp, WhatsApp Business или WhatsApp Business API: что выбрать',
  },
];
