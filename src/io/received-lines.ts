/**
 * Reads NDJSON files of deliveries as `htfds receive` writes them: one {"kind": …, "profile"?: …, "sequence": …,
 * "payload": …} per line. A line that is not such a delivery stops the reading with an error naming the file and
 * line, never quoting it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UnusableInputError } from './read-records.js';

export interface ReceivedLine {
  line: number;
  kind: string;
  profile?: string;
  sequence?: number;
  payload: Record<string, unknown>;
}

const SHAPE = 'each line must be one delivery {"kind": …, "payload": {…}}, as htfds receive writes it';

export async function* receivedLines(file: string): AsyncGenerator<ReceivedLine> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UnusableInputError('does not exist or is not a file', file);
  const input = createReadStream(file, 'utf8');
  let line = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      let delivery: unknown;
      try {
        delivery = JSON.parse(text);
      } catch {
        throw new UnusableInputError(`is not JSON; ${SHAPE}`, file, `line ${line}`);
      }
      const d = delivery as { kind?: unknown; profile?: unknown; sequence?: unknown; payload?: unknown } | null;
      if (d === null || typeof d !== 'object' || Array.isArray(d) || typeof d.kind !== 'string' || d.payload === null || typeof d.payload !== 'object' || Array.isArray(d.payload)) {
        throw new UnusableInputError(`is not a delivery: ${SHAPE}`, file, `line ${line}`);
      }
      yield {
        line,
        kind: d.kind,
        ...(typeof d.profile === 'string' ? { profile: d.profile } : {}),
        ...(typeof d.sequence === 'number' ? { sequence: d.sequence } : {}),
        payload: d.payload as Record<string, unknown>,
      };
    }
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'})`, file, line > 0 ? `after line ${line}` : undefined);
  } finally {
    input.destroy();
  }
}
