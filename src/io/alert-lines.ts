/**
 * Reads NDJSON files of indicator-alert messages as `htfds detect` writes them: one {"headers": …, "payload": …}
 * per line. A line that is not such a message stops the reading with an error naming the file and line, never
 * quoting it; what the message says is checked by whoever reads it (parseAlertMessage, the hub).
 */
import { jsonLines } from './json-lines.js';
import { UnusableInputError } from './read-records.js';

export interface AlertLine {
  line: number;
  message: { headers: object; payload: Record<string, unknown> };
}

export async function* alertLines(file: string): AsyncGenerator<AlertLine> {
  for await (const { line, value } of jsonLines(file, 'each line must be one indicator-alert message {"headers": …, "payload": …}')) {
    const message = value as { headers?: unknown; payload?: unknown } | null;
    if (message === null || typeof message !== 'object' || typeof message.headers !== 'object' || message.headers === null || typeof message.payload !== 'object' || message.payload === null) {
      throw new UnusableInputError('is not an indicator-alert message: it needs "headers" and "payload", as htfds detect writes them', file, `line ${line}`);
    }
    yield { line, message: message as AlertLine['message'] };
  }
}
