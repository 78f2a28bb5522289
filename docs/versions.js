// Which versions of the docs the site shows, from the version the checkout's schema declares and the versions
// `htfds release` kept (versions.json, newest first). Docusaurus serves the newest kept version at /docs/.
// While a version is in progress its docs sit beside the releases at /docs/next/, labelled "<version>
// (unreleased)". While the checkout declares a version already released, the site shows the checkout's docs as
// that version, at /docs/, in place of its snapshot: the schema cannot have changed without a new version (the
// version gate), so the reference is the same, and the guides, the command line and the exchange description are
// those of the toolkit as it is now. The snapshot is what the site shows of that version once the next one starts.
/** The `docs` plugin options that choose the versions, for the schema's `version` and the `released` ones. */
export function docsVersionOptions(version, released) {
  if (released.includes(version)) {
    return { includeCurrentVersion: true, lastVersion: 'current', onlyIncludeVersions: ['current', ...released.filter((v) => v !== version)], versions: { current: { label: version, path: '' } } };
  }
  return { includeCurrentVersion: true, versions: { current: { label: `${version} (unreleased)` } } };
}
