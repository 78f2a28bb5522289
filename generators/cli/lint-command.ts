import { formatFinding } from '../model/finding.js';
import { loadSchemaSource } from '../model/source.js';
import { lintSchemaSource } from '../lint/lint-schema.js';

/** Prints the lint findings; returns the exit code (0 clean, 1 findings). */
export function lintCommand(dir: string): number {
  const findings = lintSchemaSource(loadSchemaSource(dir));
  for (const f of findings) console.log(formatFinding(f));
  console.log(findings.length === 0 ? 'schema lint: no problems' : `schema lint: ${findings.length} problem(s)`);
  return findings.length === 0 ? 0 : 1;
}
