/**
 * Writes a zip archive (an .xlsx is one) from named parts, deflated with Node's zlib. Every entry carries the
 * same fixed time, so the same parts always give the same bytes: no stamp of when the file was made. Plain zip
 * (no ZIP64): the workbooks written here stay far below its 4 GiB limits, and a part that would not is refused.
 *
 * Why our own writer rather than a zip library such as fflate: writing a zip around Node's deflate and crc32 is
 * this one function (about 80 lines, no dependency), and owning it is what fixes every byte (the time stamps,
 * the flags, the order of the parts), which the reproducible templates depend on (test/tabular-templates.test.ts:
 * the build writes the same bytes every time).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  /** Path inside the archive, with forward slashes. */
  name: string;
  content: string | Uint8Array;
}

/** 1980-01-01 00:00:00 in MS-DOS form, the earliest time the zip format can hold. */
const DOS_TIME = 0x0000;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** The same instant as a Date, for document properties inside such archives. */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const LIMIT = 0xffffffff;

export class ZipTooLargeError extends Error {}

/** The archive of the parts, in the order given. */
export function writeZip(parts: readonly ZipPart[], level = 6): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : part.content;
    const packed = deflateRawSync(data, { level });
    const name = Buffer.from(part.name, 'utf8');
    if (data.length >= LIMIT || packed.length >= LIMIT || offset >= LIMIT) throw new ZipTooLargeError(`the part ${part.name} is too large for a zip archive`);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS attributes
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  if (parts.length > 0xffff) throw new ZipTooLargeError('too many parts for a zip archive');
  const directory = Buffer.concat(central);
  if (offset + directory.length >= LIMIT) throw new ZipTooLargeError('the archive is too large for the zip format');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const bytes = Buffer.concat([...chunks, directory, end]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
