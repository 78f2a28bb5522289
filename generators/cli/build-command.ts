import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIsCurrent, writeBuildStamp } from '../build-stamp.js';
import { formatFinding } from '../model/finding.js';

/**
 * Some artefacts are made by running the library (the exchange document's examples are validated and anonymised
 * by it), which reads the generated modules (runtime model, validators, layouts) this process loaded at start. When
 * the schema changed them, they are rewritten first and the build runs again in a fresh process, so no artefact is
 * made from a stale model and a schema change never needs a hand-made bootstrap.
 */
async function refreshRuntimeSources(schemaDir: string, srcGeneratedDir: string): Promise<boolean> {
  const { lintSchemaSource } = await import('../lint/lint-schema.js');
  const { buildFieldModel } = await import('../model/field-model.js');
  const { loadSchemaSource } = await import('../model/source.js');
  const { generateAll, SRC_GENERATORS } = await import('../build.js');
  const source = loadSchemaSource(schemaDir);
  if (lintSchemaSource(source).length > 0) return false;
  let changed = false;
  for (const file of await generateAll(buildFieldModel(source), SRC_GENERATORS)) {
    if (file.root !== 'src') continue;
    const path = join(srcGeneratedDir, file.path);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
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
  if (process.env.HTFDS_BUILD_FRESH !== '1' && (await refreshRuntimeSources(schemaDir, SRC_GENERATED_DIR))) {
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
