// The order of the site search's results (it replaces the search plugin's own sorting module; see the plugin in
// docusaurus.config.js). A field's entry whose name is the words searched for comes first: the validator's
// findings name a field by its title, and a code list often has the same title as the field that uses it (“Age
// band”), which the plugin would put first, as it puts every page title before every heading. After that, the
// plugin's order: the pages as they came, each followed by its matching headings and text.

/** Where a field's entry is (a heading of a page of the field reference, in any version of the docs). */
const FIELD_ENTRY = /\/reference\/fields\//;
const TITLE = 0;

/** The words of a text as the search reads a query: lower case, split at spaces and hyphens. */
const words = (text) => (text.toLowerCase().match(/[^-\s]+/g) ?? []).join(' ');

export function sortSearchResults(results) {
  // The page each result belongs to, when that page is itself among the results.
  const pageOf = (r) => (r.type !== TITLE && r.page && results.some((p) => p.document === r.page) ? r.page : r.document);
  const order = new Map();
  for (const r of results) if (!order.has(pageOf(r))) order.set(pageOf(r), order.size);
  const named = (r) => r.type !== TITLE && FIELD_ENTRY.test(r.document.u) && words(r.document.t) === r.tokens.join(' ');
  const ranked = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(named(b.r)) - Number(named(a.r)) || order.get(pageOf(a.r)) - order.get(pageOf(b.r)) || Number(b.r.type === TITLE) - Number(a.r.type === TITLE) || a.i - b.i)
    .map(({ r }) => r);
  results.splice(0, results.length, ...ranked);
}
