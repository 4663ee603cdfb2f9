/** Test double for @docusaurus/useDocusaurusContext with the fields components read; tests may set customFields. */
export const customFields: Record<string, unknown> = {};

export default function useDocusaurusContext() {
  return {siteConfig: {url: 'https://whatsapp-business-guide.example', baseUrl: '/', customFields}};
}
