/** A file a generator produces, with its path relative to the output folder. */
export interface GeneratedFile {
  path: string;
  content: string | Uint8Array;
}
