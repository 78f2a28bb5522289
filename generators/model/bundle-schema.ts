/**
 * Bundling: one self-contained schema that validates a case report without any other file.
 * Each component file is embedded under the root's $defs with its own $id (JSON Schema 2020-12 bundling),
 * so the relative $refs of the source keep resolving unchanged.
 */
import { isObject, splitRef, walkSubschemas } from './schema-graph.js';
import { ROOT_SCHEMA_FILE, type JsonObject, type SchemaSource } from './source.js';

/** Names of the schema files reachable from `start` through $ref, in a stable order. */
export function reachableFiles(source: SchemaSource, start: string): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.shift()!;
    const file = source.schemas.get(name);
    if (!file) continue;
    for (const { node } of walkSubschemas(file.content)) {
      if (typeof node.$ref !== 'string') continue;
      const target = splitRef(name, node.$ref).file;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** Builds the bundled case-report schema as a JSON value. */
export function bundleCaseReportSchema(source: SchemaSource): JsonObject {
  const root = structuredClone(source.schemas.get(ROOT_SCHEMA_FILE)!.content);
  const defs: JsonObject = isObject(root.$defs) ? root.$defs : {};
  for (const name of reachableFiles(source, ROOT_SCHEMA_FILE)) {
    if (name === ROOT_SCHEMA_FILE) continue;
    const embedded = structuredClone(source.schemas.get(name)!.content);
    delete embedded.$schema;
    defs[name] = embedded;
  }
  root.$defs = defs;
  return root;
}

/** A $ref of the bundle (`common.schema.json#/$defs/Money`, `#/$defs/X`) in the flat form `#/$defs/Money`. */
export function flatRef(ref: string, fromFile: string): string {
  return `#/$defs/${splitRef(fromFile, ref).pointer.split('/').pop()}`;
}

/**
 * The bundle as one document with every definition under `$defs` by its own name (the lint keeps definition
 * names unique across files).
 * `transform` copies each schema for its consumer, given the file it came from and, for definitions, its name.
 */
export function flattenBundle(bundle: JsonObject, transform: (schema: JsonObject, file: string, defName?: string) => JsonObject): JsonObject {
  const rootFile = String(bundle.$id).split('/').pop()!;
  const defs: JsonObject = {};
  for (const [key, value] of Object.entries(bundle.$defs as JsonObject)) {
    if (!isObject(value)) continue;
    if (key.endsWith('.schema.json')) {
      for (const [name, def] of Object.entries((value.$defs ?? {}) as JsonObject)) if (isObject(def)) defs[name] = transform(def, key, name);
    } else defs[key] = transform(value, rootFile, key);
  }
  const { $defs: _defs, ...root } = bundle;
  return { ...transform(root, rootFile), $defs: defs };
}

/** A copy of a schema with every $ref in the flat `#/$defs/Name` form and no $schema/$id of its own. */
export function withFlatRefs(node: unknown, file: string): unknown {
  if (Array.isArray(node)) return node.map((n) => withFlatRefs(n, file));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== '$schema' && k !== '$id')
      .map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? flatRef(v, file) : withFlatRefs(v, file)]),
  );
}
