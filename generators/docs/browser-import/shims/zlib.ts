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
