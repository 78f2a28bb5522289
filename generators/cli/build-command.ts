import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, SRC_GENERATED_DIR } from '../build.js';
import { lintSchemaSource } from '../lint/lint-schema.js';
import { buildFieldModel } from '../model/field-model.js';
import { formatFinding } from '../model/finding.js';
import { loadSchemaSource } from '../model/source.js';
import { generateRuntimeModel } from '../runtime-model/generate-runtime-model.js';

/**
 * Some artefacts are made by running the library (the exchange document's examples are anonymised by the
 * anonymiser), which reads the runtime model this process loaded at start. When the schema changed that model,
 * it is rewritten first and the build runs again in a fresh process, so no artefact is made from a stale model.
 */
function refreshRuntimeModel(schemaDir: string): boolean {
  const source = loadSchemaSource(schemaDir);
  if (lintSchemaSource(source).length > 0) return false;
  let changed = false;
  for (const file of generateRuntimeModel(buildFieldModel(source))) {
    const path = join(SRC_GENERATED_DIR, file.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === file.content) continue;
    writeFileSync(path, file.content);
    changed = true;
  }
  return changed;
}

/** Builds every artefact; returns the exit code. */
export async function buildCommand(schemaDir: string, outDir: string): Promise<number> {
  if (process.env.HTFDS_BUILD_FRESH !== '1' && refreshRuntimeModel(schemaDir)) {
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, HTFDS_BUILD_FRESH: '1' } });
    return again.status ?? 1;
  }
  const result = await buildAll(schemaDir, outDir);
  if (result.findings.length > 0) {
    for (const f of result.findings) console.error(formatFinding(f));
    console.error(`build stopped: the schema has ${result.findings.length} problem(s); fix them and build again`);
    return 1;
  }
  for (const path of result.written) console.log(`wrote ${path}`);
  return 0;
}
