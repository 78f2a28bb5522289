/**
 * TypeScript declarations for a case report, made with json-schema-to-typescript from the model's bundle.
 * The bundle is first flattened into one document whose $defs carry their own names (json-schema-to-typescript
 * names types after titles, and our titles are written for people), with titles, sensitivity, obligation and
 * deprecation folded into the JSDoc.
 */
import { compile } from 'json-schema-to-typescript';
import type { GeneratedFile } from '../generated-file.js';
import type { FieldModel } from '../model/field-model.js';
import { flatRef, flattenBundle } from '../model/bundle-schema.js';
import { isObject } from '../model/schema-graph.js';
import type { JsonObject } from '../model/source.js';

export const TYPES_PATH = 'types/case-report.d.ts';
const BANNER = '/* Generated from the HTFDS schema by generators/types. Do not edit: change schema/ and run `npm run build`. */';

function jsDoc(schema: JsonObject): string | undefined {
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const facts: string[] = [];
  if (typeof schema['x-sensitivity'] === 'string') facts.push(`sensitivity ${schema['x-sensitivity']}`);
  if (typeof schema['x-anon'] === 'string') facts.push(`anonymisation ${schema['x-anon']}`);
  if (typeof schema['x-obligation'] === 'string') facts.push(String(schema['x-obligation']));
  if (typeof schema['x-htcds'] === 'string') facts.push(`HTCDS ${schema['x-htcds']}`);
  const deprecated = isObject(schema['x-deprecated']) ? `Deprecated since ${String(schema['x-deprecated'].since)}: ${String(schema['x-deprecated'].reason)}` : '';
  const parts = [title && description ? `${title}: ${description}` : (title ?? description), facts.length ? `(${facts.join('; ')})` : '', deprecated].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

/**
 * Template-literal types for the strings whose form the schema fixes, so that a program writing `dateReported:
 * "March 2"` or an indicator ID without its prefix is told so by the compiler, not only by the validator.
 */
const MONTHS = Array.from({ length: 12 }, (_, i) => `"${String(i + 1).padStart(2, '0')}"`).join(' | ');
function templateType(schema: JsonObject): string | undefined {
  if (schema.type !== 'string') return undefined;
  if (schema.format === 'date') return '`${number}-${number}-${number}`';
  if (schema.format === 'uuid') return '`${string}-${string}-${string}-${string}-${string}`';
  switch (schema.pattern) {
    case '^[0-9]{4}-(0[1-9]|1[0-2])$':
      return `\`\${number}-\${${MONTHS}}\``;
    case '^[0-9]+\\.[0-9]+\\.[0-9]+$':
      return '`${number}.${number}.${number}`';
    case '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$':
      return '`${Uppercase<string>}-${Uppercase<string>}`';
    default:
      return undefined;
  }
}

/** Copies a schema for type generation: refs flattened, titles and annotations folded into descriptions. */
function forTypes(node: unknown, file: string, keepTitle: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, file, undefined));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'title' || key === 'description' || key === '$id' || key === '$schema' || key === '$defs') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = flatRef(value, file);
    else if (key === 'properties' || key === 'dependentSchemas' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, forTypes(v, file, undefined)]));
    } else out[key] = forTypes(value, file, undefined);
  }
  // Alternatives that only demand fields ("amount or band") are validation, not shape: they would become odd intersection types.
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = out[key];
    if (Array.isArray(branches) && branches.every((b) => isObject(b) && Object.keys(b).every((k) => k === 'required'))) delete out[key];
  }
  const doc = jsDoc(node);
  // A $ref with siblings is merged into a new, renamed copy of the referenced type; a lone $ref inside anyOf is not.
  if (typeof out.$ref === 'string' && doc) {
    out.anyOf = [{ $ref: out.$ref }];
    delete out.$ref;
  }
  if (doc) out.description = doc;
  const template = templateType(node);
  if (template) out.tsType = template;
  if (keepTitle) out.title = keepTitle;
  if (isObject(node['x-deprecated'])) out.deprecated = true;
  return out;
}

/** The bundle as one flat schema for json-schema-to-typescript; the root is named CaseReport. */
export function flattenForTypes(model: FieldModel): JsonObject {
  return flattenBundle(model.bundle, (schema, file, defName) => forTypes(schema, file, defName ?? 'CaseReport') as JsonObject);
}

export async function generateTypes(model: FieldModel): Promise<GeneratedFile[]> {
  const ts = await compile(flattenForTypes(model) as Parameters<typeof compile>[0], 'CaseReport', {
    bannerComment: BANNER,
    unreachableDefinitions: true,
    additionalProperties: false,
    enableConstEnums: false,
    strictIndexSignatures: true,
    format: true,
    cwd: process.cwd(),
    $refOptions: { resolve: { external: false } },
  });
  // json-schema-to-typescript notes under every named type where the schema defined it: noise for the reader.
  const clean = ts.replace(/\n \*\n \* This interface was referenced by `[^`]*`'s JSON-Schema\n \* via the `definition` "[^"]*"\.\n/g, '\n').replace(/\/\*\*\n \* This interface was referenced by `[^`]*`'s JSON-Schema\n \* via the `definition` "[^"]*"\.\n \*\/\n/g, '');
  return [
    { path: TYPES_PATH, content: clean },
    { root: 'src', path: 'case-report.d.ts', content: clean },
  ];
}
