/**
 * Runs a command-line program, turning every expected failure into one line on standard error and exit code 2
 * (unusable input), never a stack trace. Shared by the users' `htfds` and the maintainers' entry, which adds
 * the failures of its own commands through `describe`.
 */
import { CommanderError, type Command } from 'commander';
import { SharingRefusal } from '../share/anonymise.js';
import { OutputError } from './output.js';

/** The lines that explain an error, or undefined when the caller does not know it. */
export type DescribeError = (error: unknown) => string[] | undefined;

export async function runProgram(program: Command, describe: DescribeError = () => undefined): Promise<void> {
  let stdoutFailureSaid = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // A reader that stops early (`htfds validate … | head`) closes the pipe: that is not an error of ours.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Standard output to a full disk or an unwritable place: one line, and stop before anything says "done".
      if (stream === process.stdout && !stdoutFailureSaid) process.stderr.write(`htfds: ${new OutputError('standard output', error).message}\n`);
      process.exit(2);
    });
  }
  try {
    await program.parseAsync();
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof OutputError && error.where === 'standard output') stdoutFailureSaid = true;
    const lines = describe(error) ?? [
      error instanceof SharingRefusal
        ? `htfds: ${error.message} — ${error.hint}`
        : `htfds: ${error instanceof Error ? error.message : String(error)}`,
    ];
    for (const line of lines) process.stderr.write(`${line}\n`);
    process.exitCode = 2;
  }
}
