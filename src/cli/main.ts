#!/usr/bin/env node
/** The `htfds` command: runs the program, turning every expected failure into one line and an exit code. */
import { CommanderError } from 'commander';
import { VersionSpecError } from '../../generators/diff/versions.js';
import { SchemaSourceError } from '../../generators/model/field-model.js';
import { formatFinding } from '../../generators/model/finding.js';
import { UnusableInputError } from '../io/read-records.js';
import { SharingRefusal } from '../share/anonymise.js';
import { createProgram } from './program.js';

// A reader that stops early (`htfds validate … | head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  await createProgram().parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
  else if (error instanceof SchemaSourceError) {
    for (const finding of error.findings) process.stderr.write(`${formatFinding(finding)}\n`);
    process.stderr.write(`htfds: ${error.message}; fix them first\n`);
    process.exitCode = 2;
  } else if (error instanceof UnusableInputError || error instanceof SharingRefusal || error instanceof VersionSpecError) {
    process.stderr.write(`htfds: ${error.message}${error instanceof SharingRefusal ? ` — ${error.hint}` : ''}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`htfds: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
