/** The build: schema source → checked → every artefact in dist/. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeIfChanged, type GeneratedFile } from './generated-file.js';
import { lintSchemaSource } from './lint/lint-schema.js';
import { buildFieldModel, type FieldModel } from './model/field-model.js';
import type { SourceFinding } from './model/finding.js';
import { loadSchemaSource } from './model/source.js';
import { generateRuntimeModel } from './runtime-model/generate-runtime-model.js';
import { generateSchemaFiles } from './schema/generate-schema.js';
import { generateTypes } from './types/generate-types.js';
import { generateValidators } from './validators/generate-validators.js';
import { generateCodelists } from './codelists/generate-codelists.js';
import { generateProfileSchemas } from './profiles/generate-profile-schemas.js';
import { generateProfileValidators } from './profiles/generate-profile-validators.js';
import { generateAsyncapi } from './asyncapi/generate-asyncapi.js';
import { FORM_GENERATORS } from './forms/generate-forms.js';
import { generatePrintable } from './forms/printable/generate-printable.js';
import { generateFormImportModel } from './forms/import-model/generate-form-import-model.js';
import { generateMessageSchemas } from './asyncapi/message-schemas.js';
import { generateTabularLayout } from './templates/layout/generate-layout.js';
import { generateWorkbookTemplates } from './templates/xlsx/generate-workbook-templates.js';
import { generateCsvTemplates } from './templates/csv/generate-csv-templates.js';
import { generateHtcdsCrosswalk } from './crosswalk/generate-htcds-crosswalk.js';

export type Generator = (model: FieldModel) => Iterable<GeneratedFile> | Promise<Iterable<GeneratedFile>>;

/** Every generator; each is a function of the model alone. */
export const GENERATORS: Generator[] = [generateSchemaFiles, generateCodelists, generateTypes, generateValidators, generateRuntimeModel, generateProfileSchemas, generateProfileValidators, generateMessageSchemas, generateAsyncapi, ...FORM_GENERATORS, generateTabularLayout, generateWorkbookTemplates, generateCsvTemplates, generateHtcdsCrosswalk];

/** The generators of the modules the library runs on (src/generated/), which the other generators may use through it. */
export const SRC_GENERATORS: Generator[] = [generateTypes, generateValidators, generateRuntimeModel, generateProfileValidators, generateTabularLayout, generateFormImportModel];

/** What `npm run build:package` writes into dist/ after the generators: tsc's library, esbuild's browser bundle. */
const LATER_STEPS_OUTPUTS = ['lib', 'browser'];

/** Where src-rooted generated files go. */
export const SRC_GENERATED_DIR = 'src/generated';

/** What some generators already made from the same model, so that a build does not make it twice. */
export type MadeFiles = ReadonlyMap<Generator, readonly GeneratedFile[]>;

/** All generated files, in memory, in a stable order; `made` supplies the output of generators already run. */
export async function generateAll(model: FieldModel, generators: readonly Generator[] = GENERATORS, made?: MadeFiles): Promise<GeneratedFile[]> {
  // While one generator waits on another process (the printable form's PDF is printed by Chromium), the others run,
  // with a turn of the event loop between them so that its messages are answered; the files keep the generators' order.
  // The one that waits longest starts first.
  const outputs: (readonly GeneratedFile[] | Promise<GeneratedFile[]>)[] = new Array(generators.length);
  const startOrder = generators.map((generate, index) => ({ generate, index })).sort((a, b) => Number(b.generate === generatePrintable) - Number(a.generate === generatePrintable));
  for (const { generate, index } of startOrder) {
    const output = made?.get(generate) ?? generate(model);
    outputs[index] = output instanceof Promise ? output.then((files) => [...files]) : [...output];
    await new Promise((resolve) => setImmediate(resolve));
  }
  return (await Promise.all(outputs)).flat();
}

/** A schema source that passed the lint, its model, and what the generators already made from it. */
export interface CheckedModel {
  model: FieldModel;
  made: MadeFiles;
}

export interface BuildResult {
  findings: SourceFinding[];
  written: string[];
}

/** Generates every artefact (or only those of `generators`, for tests that need a few); writes nothing when the schema does not pass the lint. */
export async function buildAll(schemaDir: string, outDir: string, srcGeneratedDir = SRC_GENERATED_DIR, generators: readonly Generator[] = GENERATORS, checked?: CheckedModel): Promise<BuildResult> {
  let model = checked?.model;
  if (!model) {
    const source = loadSchemaSource(schemaDir);
    const findings = lintSchemaSource(source);
    if (findings.length > 0) return { findings, written: [] };
    model = buildFieldModel(source);
  }
  const files = await generateAll(model, generators, checked?.made);
  // Everything the generators made before goes; the compiled library and the browser bundle, made by the later
  // steps of `npm run build:package`, stay for those steps to update incrementally.
  for (const entry of existsSync(outDir) ? readdirSync(outDir) : []) {
    if (!LATER_STEPS_OUTPUTS.includes(entry)) rmSync(join(outDir, entry), { recursive: true, force: true });
  }
  const written: string[] = [];
  for (const file of files) {
    const path = join(file.root === 'src' ? srcGeneratedDir : outDir, file.path);
    // Committed files are rewritten only when they change; dist/ was just emptied.
    if (file.root === 'src') writeIfChanged(path, file.content);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    written.push(path);
  }
  return { findings: [], written };
}
