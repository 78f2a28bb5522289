// The browser bundles (validator, importer, anonymiser) are files of this site, loaded as they are at run time:
// written so that webpack does not try to bundle them (a literal import() would be, or would warn in the server build).
export const importFromSite = (url) => new Function('url', 'return import(url)')(new URL(url, window.location.href).href);
