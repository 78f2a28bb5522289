/**
 * Reads NDJSON files of indicator-alert messages as `htfds detect` writes them: one {"headers": …, "payload": …}
 * per line. A line that is not such a message stops the reading with an error naming the file and line, never
 * quoting it; what the message says is checked by whoever reads it (parseAlertMessage, the hub).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UnusableInputError } from './read-records.js';

export interface AlertLine {
  line: number;
  message: { headers: object; payload: Record<string, unknown> };
}

export async function* alertLines(file: string): AsyncGenerator<AlertLine> {
  if (!existsSync(file)) throw new UnusableInputError('does not exist', file);
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let message: { headers?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      throw new UnusableInputError('is not JSON; each line must be one indicator-alert message {"headers": …, "payload": …}', file, `line ${line}`);
    }
    if (message === null || typeof message !== 'object' || typeof message.headers !== 'object' || message.headers === null || typeof message.payload !== 'object' || message.payload === null) {
      throw new UnusableInputError('is not an indicator-alert message: it needs "headers" and "payload", as htfds detect writes them', file, `line ${line}`);
    }
    yield { line, message: message as AlertLine['message'] };
  }
}
