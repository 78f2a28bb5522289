import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIsCurrent, writeBuildStamp } from '../build-stamp.js';
import type { CheckedModel, Generator } from '../build.js';
import { writeIfChanged, type GeneratedFile } from '../generated-file.js';
import { formatFinding } from '../model/finding.js';

/**
 * Some artefacts are made by running the library (the exchange document's examples are validated and anonymised
 * by it), which reads the generated modules (runtime model, validators, layouts) this process loaded at start. When
 * the schema changed them, they are rewritten first and the build runs again in a fresh process, so no artefact is
 * made from a stale model and a schema change never needs a hand-made bootstrap. When they did not change, the
 * model and those modules serve the build as they are. Undefined when the schema does not pass the lint.
 */
async function refreshRuntimeSources(schemaDir: string, srcGeneratedDir: string): Promise<{ changed: boolean; checked: CheckedModel } | undefined> {
  const { lintSchemaSource } = await import('../lint/lint-schema.js');
  const { buildFieldModel } = await import('../model/field-model.js');
  const { loadSchemaSource } = await import('../model/source.js');
  const { SRC_GENERATORS } = await import('../build.js');
  const source = loadSchemaSource(schemaDir);
  if (lintSchemaSource(source).length > 0) return undefined;
  const model = buildFieldModel(source);
  const made = new Map<Generator, GeneratedFile[]>();
  let changed = false;
  for (const generate of SRC_GENERATORS) {
    const files = [...(await generate(model))];
    made.set(generate, files);
    for (const file of files) if (file.root === 'src' && writeIfChanged(join(srcGeneratedDir, file.path), file.content)) changed = true;
  }
  return { changed, checked: { model, made } };
}

/**
 * Builds every artefact (unless nothing changed since the last build and `force` is off); returns the exit code.
 * `onSourcesReady` is called once src/ is final for this build (the generated modules rewritten where the schema
 * changed them), so that work reading only src/, such as compiling the library, can run beside the generators. It is
 * not called when the build runs again in a fresh process: that process calls its own.
 */
export async function buildCommand(schemaDir: string, outDir: string, force = false, onSourcesReady: () => void = () => {}): Promise<number> {
  if (!force && buildIsCurrent(schemaDir, outDir)) {
    onSourcesReady();
    console.log(`build: ${outDir}/ is up to date (nothing the build reads changed, no output was touched); --force builds again`);
    return 0;
  }
  // The generators and their dependencies load only now: a build with nothing to do does not wait for them.
  const { buildAll, SRC_GENERATED_DIR } = await import('../build.js');
  const fresh = process.env.HTFDS_BUILD_FRESH === '1';
  const refreshed = fresh ? undefined : await refreshRuntimeSources(schemaDir, SRC_GENERATED_DIR);
  if (refreshed?.changed) {
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, HTFDS_BUILD_FRESH: '1' } });
    return again.status ?? 1;
  }
  // Undefined in a first process means the schema failed the lint: buildAll says so, and nothing is worth compiling.
  if (fresh || refreshed) onSourcesReady();
  const result = await buildAll(schemaDir, outDir, SRC_GENERATED_DIR, undefined, refreshed?.checked);
  if (result.findings.length > 0) {
    for (const f of result.findings) console.error(formatFinding(f));
    console.error(`build stopped: the schema has ${result.findings.length} problem(s); fix them and build again`);
    return 1;
  }
  for (const path of result.written) console.log(`wrote ${path}`);
  writeBuildStamp(schemaDir, outDir, result.written);
  return 0;
}
