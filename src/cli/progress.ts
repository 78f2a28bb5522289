/** A progress bar on stderr, only for people watching a terminal and only for inputs big enough to wait for. */
import type { Writable } from 'node:stream';

const MIN_BYTES_FOR_PROGRESS = 8 * 1024 * 1024;

export interface Progress {
  advance(bytes: number): void;
  done(): void;
}

export function createProgress(stream: Writable & { isTTY?: boolean }, totalBytes: number): Progress {
  if (!stream.isTTY || totalBytes < MIN_BYTES_FOR_PROGRESS) return { advance() {}, done() {} };
  let seen = 0;
  let lastPercent = -1;
  const draw = () => {
    const percent = Math.min(100, Math.floor((seen / totalBytes) * 100));
    if (percent === lastPercent) return;
    lastPercent = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% of ${(totalBytes / 1024 / 1024).toFixed(0)} MiB`);
  };
  return {
    advance(bytes) {
      seen += bytes;
      draw();
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
