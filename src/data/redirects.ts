/**
 * Page addresses that moved. Served by @docusaurus/plugin-client-redirects as small redirect pages
 * (meta refresh, plus a script that keeps the #hash). Never delete an entry: old tickets link to it.
 */
export const REDIRECTS: readonly {from: string; to: string}[] = [
  // The original GitBook page this guide replaces.
  {from: '/otlichie-whatsapp-whatsapp-business-i-whatsapp-business-api', to: '/'},
];
