/** Test double for @docusaurus/useDocusaurusContext with the one field components read. */
export default function useDocusaurusContext() {
  return {siteConfig: {url: 'https://whatsapp-business-guide.example', baseUrl: '/'}};
}
