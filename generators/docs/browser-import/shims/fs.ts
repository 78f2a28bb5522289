/**
 * An in-memory file system for the spreadsheet importer in a browser: the page puts the files the user chose
 * here, and the importer's own code (stat, readFile, readdir) reads them as if from disk. Nothing else exists.
 */
import { Buffer, type BrowserBuffer } from './buffer.js';

const files = new Map<string, Uint8Array>();
const clean = (path: string) => path.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';

/** Replaces the in-memory files with `entries` (path → bytes; paths without a folder are in `.`). */
export function mountFiles(entries: Iterable<[string, Uint8Array]>): void {
  files.clear();
  for (const [path, bytes] of entries) files.set(clean(path), bytes);
}

const notFound = (path: string) => Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
const isDirectory = (path: string) => path === '.' || [...files.keys()].some((f) => f.startsWith(`${path}/`));

function entry(name: string, directory: boolean) {
  return { name, parentPath: '.', isFile: () => !directory, isDirectory: () => directory };
}

export async function stat(path: string) {
  const p = clean(path);
  const bytes = files.get(p);
  if (bytes) return { size: bytes.length, isFile: () => true, isDirectory: () => false };
  if (isDirectory(p)) return { size: 0, isFile: () => false, isDirectory: () => true };
  throw notFound(path);
}

export async function readFile(path: string): Promise<BrowserBuffer> {
  const bytes = files.get(clean(path));
  if (!bytes) throw notFound(path);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function readdir(path: string, options?: { withFileTypes?: boolean }) {
  const dir = clean(path);
  const names = new Map<string, boolean>();
  for (const file of files.keys()) {
    const rest = dir === '.' ? file : file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
    if (rest === undefined) continue;
    const [first, ...more] = rest.split('/');
    names.set(first!, more.length > 0 || names.get(first!) === true);
  }
  const sorted = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return options?.withFileTypes ? sorted.map(([name, directory]) => entry(name, directory)) : sorted.map(([name]) => name);
}

export async function open(path: string) {
  const bytes = await readFile(path);
  return {
    readFile: async () => bytes,
    /** As FileHandle.read: up to `length` bytes from `position` into `buffer` at `offset`. */
    read: async (buffer: Uint8Array, offset: number, length: number, position: number) => {
      const part = bytes.subarray(position, Math.min(bytes.length, position + length));
      buffer.set(part, offset);
      return { bytesRead: part.length, buffer };
    },
    close: async () => undefined,
  };
}

/** Used only for reading NDJSON, which the page reads itself. */
export function createReadStream(): never {
  throw new Error('streams are not available in the browser');
}
