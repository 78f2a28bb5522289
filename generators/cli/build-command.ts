import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent, writeBuildStamp } from '../build-stamp.js';
import { formatFinding } from '../model/finding.js';

/**
 * Some artefacts are made by running the library (the exchange document's examples are anonymised by the
 * anonymiser), which reads the runtime model this process loaded at start. When the schema changed that model,
 * it is rewritten first and the build runs again in a fresh process, so no artefact is made from a stale model.
 */
async function refreshRuntimeModel(schemaDir: string, srcGeneratedDir: string): Promise<boolean> {
  const { lintSchemaSource } = await import('../lint/lint-schema.js');
  const { buildFieldModel } = await import('../model/field-model.js');
  const { loadSchemaSource } = await import('../model/source.js');
  const { generateRuntimeModel } = await import('../runtime-model/generate-runtime-model.js');
  const source = loadSchemaSource(schemaDir);
  if (lintSchemaSource(source).length > 0) return false;
  let changed = false;
  for (const file of generateRuntimeModel(buildFieldModel(source))) {
    const path = join(srcGeneratedDir, file.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === file.content) continue;
    writeFileSync(path, file.content);
    changed = true;
  }
  return changed;
}

/** Builds every artefact (unless nothing changed since the last build and `force` is off); returns the exit code. */
export async function buildCommand(schemaDir: string, outDir: string, force = false): Promise<number> {
  if (!force && buildIsCurrent(schemaDir, outDir)) {
    console.log(`build: ${outDir}/ is up to date (nothing the build reads changed, no output was touched); --force builds again`);
    return 0;
  }
  // The generators and their dependencies load only now: a build with nothing to do does not wait for them.
  const { buildAll, SRC_GENERATED_DIR } = await import('../build.js');
  if (process.env.HTFDS_BUILD_FRESH !== '1' && (await refreshRuntimeModel(schemaDir, SRC_GENERATED_DIR))) {
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
  writeBuildStamp(schemaDir, outDir, result.written);
  return 0;
}
