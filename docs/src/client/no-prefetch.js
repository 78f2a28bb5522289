// Docusaurus fetches the code of the pages a link points to when the link comes into view or the pointer passes
// over it. On this site a page makes no request after it has loaded (the validator and the pages that prepare a
// case promise it, and a caseworker offline keeps a working page): a page's code is fetched when the person opens
// it, not before. Links read `window.docusaurus` when they would prefetch, so the object the site puts there is
// replaced by one that does nothing; opening a page loads its code as before (the router does not go through it).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) {
  const quiet = Object.freeze({ prefetch: () => false, preload: () => false });
  // The site sets window.docusaurus after this module has run: the setter keeps the quiet object in its place.
  Object.defineProperty(window, 'docusaurus', { configurable: true, get: () => quiet, set: () => {} });
}
