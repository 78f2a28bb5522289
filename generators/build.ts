/** The build: schema source → checked → every artefact in dist/. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generated-file.js';
import { lintSchemaSource } from './lint/lint-schema.js';
import { buildFieldModel, type FieldModel } from './model/field-model.js';
import type { SourceFinding } from './model/finding.js';
import { loadSchemaSource } from './model/source.js';
import { generateSchemaFiles } from './schema/generate-schema.js';

/** Every generator, in the order they run; each is a pure function of the model. */
export const GENERATORS: ((model: FieldModel) => Iterable<GeneratedFile>)[] = [generateSchemaFiles];

/** All generated files, in memory. */
export function generateAll(model: FieldModel): GeneratedFile[] {
  return GENERATORS.flatMap((generate) => [...generate(model)]);
}

export interface BuildResult {
  findings: SourceFinding[];
  written: string[];
}

/** Generates every artefact; writes nothing when the schema does not pass the lint. */
export function buildAll(schemaDir: string, outDir: string): BuildResult {
  const source = loadSchemaSource(schemaDir);
  const findings = lintSchemaSource(source);
  if (findings.length > 0) return { findings, written: [] };
  const files = generateAll(buildFieldModel(source));
  rmSync(outDir, { recursive: true, force: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    written.push(path);
  }
  return { findings, written };
}
