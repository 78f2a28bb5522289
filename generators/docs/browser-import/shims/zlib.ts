/**
 * For the exporter (writing a workbook in the page): deflateRawSync and crc32. The browser's CompressionStream
 * is asynchronous and the zip writer is not, so parts are stored in deflate's uncompressed blocks: a valid
 * stream every spreadsheet reads, only larger.
 */
export function deflateRawSync(data: Uint8Array): Uint8Array {
  const BLOCK = 0xffff;
  const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
  const out = new Uint8Array(data.length + 5 * blocks);
  let at = 0;
  for (let i = 0; i < blocks; i++) {
    const part = data.subarray(i * BLOCK, Math.min(data.length, (i + 1) * BLOCK));
    out[at] = i === blocks - 1 ? 1 : 0; // final-block bit; block type 00 (stored)
    out[at + 1] = part.length & 0xff;
    out[at + 2] = part.length >>> 8;
    out[at + 3] = ~part.length & 0xff;
    out[at + 4] = (~part.length >>> 8) & 0xff;
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  return out;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * createInflateRaw for browsers, on the browser's own DecompressionStream: what the importer's zip reader needs
 * (end(data), then reading the inflated chunks; destroy() when it stops early, as it does when a part inflates to
 * more than it declares).
 */
import { Buffer, type BrowserBuffer } from './buffer.js';

export function createInflateRaw() {
  let input: Uint8Array = new Uint8Array(0);
  let stopped = false;
  return {
    end(data: Uint8Array) {
      input = data;
    },
    destroy() {
      stopped = true;
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<BrowserBuffer> {
      // A copy in a fresh ArrayBuffer, which Blob takes whatever the input's backing buffer is.
      const reader = new Blob([Uint8Array.from(input)]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      try {
        while (!stopped) {
          const { done, value } = await reader.read();
          if (done) return;
          yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        }
      } finally {
        await reader.cancel().catch(() => undefined);
      }
    },
  };
}
