/** Test double for @docusaurus/useIsBrowser: unit tests render as the server does (and as no-JS readers see). */
export default function useIsBrowser(): boolean {
  return false;
}
