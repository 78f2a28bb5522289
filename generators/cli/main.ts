/** The maintainers' entry (bin/htfds.js sends their commands here in a checkout): every `htfds` command. */
import { VersionSpecError } from '../diff/versions.js';
import { SchemaSourceError } from '../load-model.js';
import { formatFinding } from '../model/finding.js';
import { runProgram } from '../../src/cli/run.js';
import { createMaintainerProgram } from './program.js';

await runProgram(createMaintainerProgram(), (error) => {
  if (error instanceof SchemaSourceError) return [...error.findings.map(formatFinding), `htfds: ${error.message}; fix them first`];
  if (error instanceof VersionSpecError) return [`htfds: ${error.message}`];
  return undefined;
});
