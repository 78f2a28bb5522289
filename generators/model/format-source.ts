/** Rewrites every schema source file in canonical form (JSON two-space indent; canonical CSV). */
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../lint/lint-schema.js';
import { formatCsv } from '../../src/io/csv.js';
import { loadSchemaSource } from './source.js';

/** Formats the source in `dir`; returns the paths it changed. Unreadable files are left alone. */
export function formatSchemaSource(dir: string): string[] {
  const source = loadSchemaSource(dir);
  const changed: string[] = [];
  const files = [...source.schemas.values(), ...(source.metaSchema ? [source.metaSchema] : [])];
  for (const file of files) {
    const text = canonicalJson(file.content);
    if (text !== file.text) {
      writeFileSync(file.path, text);
      changed.push(file.path);
    }
  }
  const tables = [...source.codelists.values(), ...(source.indicators ? [source.indicators] : []), ...(source.sources ? [source.sources] : []), ...(source.crosswalks?.values() ?? [])];
  for (const file of tables) {
    const text = formatCsv([file.content.header, ...file.content.rows.map((r) => r.map((c) => c.trim()))]);
    if (text !== file.text) {
      writeFileSync(file.path, text);
      changed.push(file.path);
    }
  }
  return changed;
}
