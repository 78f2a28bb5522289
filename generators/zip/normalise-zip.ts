/**
 * Makes a zip archive (an .xlsx is one) byte-stable: zip libraries stamp every entry with the time it was
 * added, so two builds of the same workbook differ. This rewrites those stamps, in the local headers and in the
 * central directory, to one fixed time, leaving the compressed data untouched. Extended-timestamp extra fields
 * (0x5455), which some writers add, get the same fixed time.
 *
 * Shared helper: any generator that writes a zip-based file (XLSX, ODS, DOCX) should pass it through here.
 */

/** 1980-01-01 00:00:00, the earliest time the zip format can hold. */
const DOS_TIME = 0x0000;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** The same instant in Unix seconds, for extended-timestamp fields. */
const UNIX_TIME = 315532800;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export class MalformedZipError extends Error {}

/** Sets every extended-timestamp field found in an extra-field block to the fixed time. */
function normaliseExtra(buf: Buffer, start: number, length: number, central: boolean): void {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x5455 && size >= 1) {
      const flags = buf[p + 4]!;
      // The central copy holds only the modification time; the local copy holds each time its flags announce.
      const times = central ? Math.min(1, Math.floor((size - 1) / 4)) : [1, 2, 4].filter((bit) => flags & bit).length;
      for (let i = 0; i < times && 5 + i * 4 + 4 <= size + 4; i++) buf.writeUInt32LE(UNIX_TIME, p + 5 + i * 4);
    }
    p += 4 + size;
  }
}

/** Returns a copy of the archive with every entry's time set to 1980-01-01 00:00. */
export function normaliseZip(input: Uint8Array): Buffer {
  const buf = Buffer.from(input);
  let eocd = -1;
  // The end record is at least 22 bytes from the end, followed by a comment of at most 65535 bytes.
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new MalformedZipError('no end-of-central-directory record: not a zip archive');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_HEADER) throw new MalformedZipError(`central directory entry ${i} is damaged`);
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    normaliseExtra(buf, p + 46 + nameLength, extraLength, true);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_HEADER) throw new MalformedZipError(`local header of entry ${i} is damaged`);
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    normaliseExtra(buf, local + 30 + buf.readUInt16LE(local + 26), buf.readUInt16LE(local + 28), false);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return buf;
}

/** The fixed date to give document properties (created, modified) inside such archives. */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
