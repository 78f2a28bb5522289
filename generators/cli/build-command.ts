import { buildAll } from '../build.js';
import { formatFinding } from '../model/finding.js';

/** Builds every artefact; returns the exit code. */
export async function buildCommand(schemaDir: string, outDir: string): Promise<number> {
  const result = await buildAll(schemaDir, outDir);
  if (result.findings.length > 0) {
    for (const f of result.findings) console.error(formatFinding(f));
    console.error(`build stopped: the schema has ${result.findings.length} problem(s); fix them and build again`);
    return 1;
  }
  for (const path of result.written) console.log(`wrote ${path}`);
  return 0;
}
