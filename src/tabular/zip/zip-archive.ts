/**
 * The zip container of a workbook, read from its central directory without inflating anything, so that an
 * oversized or zip-bomb workbook is refused before a byte of it is decompressed; then its parts are inflated
 * one at a time, each stopped as soon as it gives more than it declared.
 *
 * Why our own reader rather than a zip library such as fflate: inflating is Node's own zlib, and what this file
 * adds to it (about 140 lines, no dependency; the published package depends only on ajv, ajv-formats and
 * commander) is the defence a library would have to be wrapped in anyway: limits judged from the directory alone
 * before anything is inflated (number of parts, total declared size, a ratio above 200 for a part over 1 MiB —
 * see WORKBOOK_LIMITS in read-workbook.ts), inflation stopped at the size the directory declares (a bomb can lie
 * about it), a part shorter than declared refused, and only what a workbook uses accepted (stored or deflated
 * parts, no ZIP64). It reads parts into memory by name and never writes one to disk, so a part's name cannot
 * reach outside a folder. Tests: test/tabular-import.test.ts, "hostile and foreign files".
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  localOffset: number;
  centralOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;


/** The entries listed in the central directory. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 22 || view.readUInt32LE(0) !== LOCAL) throw new ZipFormatError('this is not a zip archive');
  let eocd = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('the end of the zip archive is missing: the file looks cut off');
  const count = view.readUInt16LE(eocd + 10);
  const size = view.readUInt32LE(eocd + 12);
  const offset = view.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError('the archive uses the ZIP64 format, which only files far larger than any case workbook need');
  if (offset + size > eocd) throw new ZipFormatError('the zip directory points outside the file: the file is damaged');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('the zip directory is damaged');
    const nameLength = view.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: view.toString('utf8', at + 46, at + 46 + nameLength),
      method: view.readUInt16LE(at + 10),
      compressedSize: view.readUInt32LE(at + 20),
      size: view.readUInt32LE(at + 24),
      localOffset: view.readUInt32LE(at + 42),
      centralOffset: at,
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw new ZipFormatError('the archive uses the ZIP64 format, which only files far larger than any case workbook need');
    entries.push(entry);
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return entries;
}

/** Where an entry's compressed data starts. */
function dataStart(view: Buffer, entry: ZipEntry): number {
  if (entry.localOffset + 30 > view.length || view.readUInt32LE(entry.localOffset) !== LOCAL) throw new ZipFormatError('a zip entry is damaged');
  return entry.localOffset + 30 + view.readUInt16LE(entry.localOffset + 26) + view.readUInt16LE(entry.localOffset + 28);
}

export interface ZipLimits {
  maxEntries: number;
  /** Largest total the entries may inflate to. */
  maxTotalBytes: number;
  /** Largest inflated-to-compressed ratio of an entry above 1 MiB. */
  maxRatio: number;
}

/** Why the archive is refused, judged from its directory alone; undefined when it is within the limits. */
export function exceedsLimits(entries: readonly ZipEntry[], limits: ZipLimits): string | undefined {
  if (entries.length > limits.maxEntries) return `the archive holds ${entries.length} files; a workbook holds a few dozen`;
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return 'the archive uses a compression method workbooks do not use';
    total += entry.size;
    if (entry.size > 1024 * 1024 && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      return `a part of the archive would inflate ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times its size, like a zip bomb`;
    }
  }
  if (total > limits.maxTotalBytes) return `the workbook would inflate to ${Math.ceil(total / 1024 / 1024)} MiB, more than the ${limits.maxTotalBytes / 1024 / 1024} MiB allowed`;
  return undefined;
}

/** Where an entry's compressed data starts. */
function dataOf(view: Buffer, entry: ZipEntry): Buffer {
  const start = dataStart(view, entry);
  if (start + entry.compressedSize > view.length) throw new ZipFormatError('a part of the archive is cut off: the file is damaged');
  return view.subarray(start, start + entry.compressedSize);
}

/**
 * The text of an entry, decoded as UTF-8 chunk by chunk (a character split between chunks is joined again).
 * Inflation stops as soon as the entry gives more than its directory declares: a zip bomb can lie about its sizes.
 */
export async function* entryText(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = dataOf(view, entry);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new ZipFormatError('a part of the workbook is not UTF-8 text: the file is damaged');
    }
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipFormatError('a stored part of the archive has the wrong size: the file is damaged');
    yield decode(data) + decode();
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError('the archive uses a compression method workbooks do not use');
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw new ZipFormatError('a part of the archive inflates to more than it declares, like a zip bomb');
      yield decode(chunk);
    }
  } catch (error) {
    inflate.destroy();
    throw error instanceof ZipFormatError ? error : new ZipFormatError('a part of the archive cannot be decompressed: the file is damaged');
  }
  if (total !== entry.size) throw new ZipFormatError('a part of the archive is shorter than it declares: the file is damaged');
  yield decode();
}

/** The whole text of an entry. */
export async function entryString(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of entryText(bytes, entry)) text += chunk;
  return text;
}
