// Moved-page redirects (plugins/links/redirect-page.ts): go to the new address at once, keeping the query and the
// #section the old link pointed at (a meta refresh alone drops them). Served from the site, so the
// Content-Security-Policy's 'self' allows it without a hash.
(function () {
  var target = document.documentElement.getAttribute('data-redirect-to');
  if (target && target.charAt(0) === '/' && target.charAt(1) !== '/' && target.charAt(1) !== '\\') {
    window.location.replace(target + window.location.search + window.location.hash);
  }
})();
