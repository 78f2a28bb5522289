/**
 * Each non-blank line of an NDJSON file, parsed, with its line number: the reading shared by the readers of files
 * this toolkit writes a line at a time (indicator alerts, received deliveries). A file that cannot be read, or a line
 * that is not JSON, stops the reading with an error naming the file and the line, never quoting it; `shape` says
 * what each line must be, for that message. What a line holds is for the caller to check.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UnusableInputError } from './read-records.js';

export async function* jsonLines(file: string, shape: string): AsyncGenerator<{ line: number; value: unknown }> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UnusableInputError('does not exist or is not a file', file);
  const input = createReadStream(file, 'utf8');
  let line = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new UnusableInputError(`is not JSON; ${shape}`, file, `line ${line}`);
      }
      yield { line, value };
    }
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'})`, file, line > 0 ? `after line ${line}` : undefined);
  } finally {
    input.destroy();
  }
}
