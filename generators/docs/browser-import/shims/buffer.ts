/**
 * The part of Node's Buffer that the spreadsheet importer and exporter use (reading and writing zip headers,
 * checking file signatures), for browsers: byte arrays with little-endian reads and writes, text decoding and
 * comparison.
 */
export class BrowserBuffer extends Uint8Array<ArrayBuffer> {
  readUInt16LE(offset = 0): number {
    if (offset + 2 > this.length) throw new RangeError('read outside the buffer');
    return this[offset]! | (this[offset + 1]! << 8);
  }

  readUInt32LE(offset = 0): number {
    if (offset + 4 > this.length) throw new RangeError('read outside the buffer');
    return (this[offset]! | (this[offset + 1]! << 8) | (this[offset + 2]! << 16)) + this[offset + 3]! * 0x1000000;
  }

  writeUInt16LE(value: number, offset = 0): number {
    if (offset + 2 > this.length) throw new RangeError('write outside the buffer');
    this[offset] = value & 0xff;
    this[offset + 1] = (value >>> 8) & 0xff;
    return offset + 2;
  }

  writeUInt32LE(value: number, offset = 0): number {
    if (offset + 4 > this.length) throw new RangeError('write outside the buffer');
    for (let i = 0; i < 4; i++) this[offset + i] = (value >>> (8 * i)) & 0xff;
    return offset + 4;
  }

  equals(other: Uint8Array): boolean {
    return this.length === other.length && this.every((b, i) => b === other[i]);
  }

  override toString(encoding = 'utf8', start = 0, end = this.length): string {
    const part = this.subarray(start, end);
    if (encoding === 'hex') return Array.from(part, (b) => b.toString(16).padStart(2, '0')).join('');
    if (encoding === 'latin1' || encoding === 'binary') return Array.from(part, (b) => String.fromCharCode(b)).join('');
    return new TextDecoder().decode(part);
  }
}

function from(source: ArrayBufferLike | Uint8Array | string, offsetOrEncoding?: number | string, length?: number): BrowserBuffer {
  if (typeof source === 'string') {
    const bytes = offsetOrEncoding === 'latin1' ? Uint8Array.from(source, (c) => c.charCodeAt(0) & 0xff) : new TextEncoder().encode(source);
    return new BrowserBuffer(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  }
  if (source instanceof Uint8Array) return new BrowserBuffer(Uint8Array.from(source).buffer);
  return new BrowserBuffer(source as ArrayBuffer, typeof offsetOrEncoding === 'number' ? offsetOrEncoding : 0, length);
}

function concat(list: readonly Uint8Array[]): BrowserBuffer {
  const out = new BrowserBuffer(new ArrayBuffer(list.reduce((n, b) => n + b.length, 0)));
  let at = 0;
  for (const b of list) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** Injected for the global `Buffer` of the importer's code. */
const alloc = (size: number) => new BrowserBuffer(new ArrayBuffer(size));

export const Buffer = { from, concat, alloc, isBuffer: (value: unknown) => value instanceof BrowserBuffer };
