import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A file a generator produces. `dist` files go to the output folder (published artefacts); `src` files go to
 * src/generated/ (committed, because the runtime library imports them; a test checks they are fresh).
 */
export interface GeneratedFile {
  root?: 'dist' | 'src';
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a file unless it already holds exactly these bytes, so that a build never disturbs a reader of a committed
 * file that did not change; returns whether it wrote.
 */
export function writeIfChanged(path: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return true;
}
