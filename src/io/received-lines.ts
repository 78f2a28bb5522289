/**
 * Reads NDJSON files of deliveries as `htfds receive` writes them: one {"kind": …, "profile"?: …, "sequence": …,
 * "payload": …} per line. A line that is not such a delivery stops the reading with an error naming the file and
 * line, never quoting it.
 */
import { jsonLines } from './json-lines.js';
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
  for await (const { line, value } of jsonLines(file, SHAPE)) {
    const d = value as { kind?: unknown; profile?: unknown; sequence?: unknown; payload?: unknown } | null;
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
}
