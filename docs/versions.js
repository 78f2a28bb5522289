// Which versions of the docs the site shows, from the version the checkout's schema declares and the versions
// `htfds release` kept (versions.json, newest first). Docusaurus serves the newest kept version at /docs/.
// While a version is in progress its docs sit beside the releases at /docs/next/, labelled "<version>
// (unreleased)". Right after a release the schema declares the version just kept: its docs are that snapshot,
// so the checkout's copy is left out rather than shown a second time as "Next", and the released version is the
// current one. The copy comes back when the version is bumped for the next change.

/** The `docs` plugin options that choose the versions, for the schema's `version` and the `released` ones. */
export function docsVersionOptions(version, released) {
  if (released.includes(version)) return { includeCurrentVersion: false };
  return { includeCurrentVersion: true, versions: { current: { label: `${version} (unreleased)` } } };
}
