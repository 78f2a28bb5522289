/** The build: schema source → checked → every artefact in dist/. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lintSchemaSource } from './lint/lint-schema.js';
import type { SourceFinding } from './model/finding.js';
import { loadSchemaSource } from './model/source.js';
import { generateBundle } from './bundle/generate-bundle.js';

export interface BuildResult {
  findings: SourceFinding[];
  written: string[];
}

/** Generates every artefact; writes nothing when the schema does not pass the lint. */
export function buildAll(schemaDir: string, outDir: string): BuildResult {
  const source = loadSchemaSource(schemaDir);
  const findings = lintSchemaSource(source);
  if (findings.length > 0) return { findings, written: [] };
  const files = [...generateBundle(source)];
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
