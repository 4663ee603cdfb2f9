/**
 * The OpenSearch description at /opensearch.xml: a browser offers to add the guide's search from it, and then
 * searches from its address bar straight into /search?q=….
 */
import {escapeMarkup} from '../escape-markup';

export const OPENSEARCH_FILE = 'opensearch.xml';

/** The name a browser shows for the guide's search (OpenSearch allows 16 characters at most), and what it is. */
export const OPENSEARCH_NAME = 'Справка WhatsApp';
const DESCRIPTION = 'Поиск по справочнику: WhatsApp, WhatsApp Business и WhatsApp Business API';

/** `siteUrl` and `baseUrl` as in docusaurus.config.ts: the template must be an absolute address. */
export function openSearchDescription(siteUrl: string, baseUrl: string): string {
  const template = `${new URL(`${baseUrl}search`, siteUrl).href}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeMarkup(OPENSEARCH_NAME)}</ShortName>`,
    `  <Description>${escapeMarkup(DESCRIPTION)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Url type="text/html" method="get" template="${escapeMarkup(template)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
