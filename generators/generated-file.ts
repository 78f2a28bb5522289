/**
 * A file a generator produces. `dist` files go to the output folder (published artefacts); `src` files go to
 * src/generated/ (committed, because the runtime library imports them; a test checks they are fresh).
 */
export interface GeneratedFile {
  root?: 'dist' | 'src';
  path: string;
  content: string | Uint8Array;
}
