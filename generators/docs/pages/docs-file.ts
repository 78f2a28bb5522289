/** A file of the documentation site, relative to its docs folder (docs/docs). */
export interface DocsFile {
  path: string;
  content: string;
}
