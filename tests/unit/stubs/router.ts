/** Test double for @docusaurus/router: components render as on the page `location.pathname` (tests may set it). */
export const location = {pathname: '/', search: '', hash: ''};

export function useLocation() {
  return location;
}
