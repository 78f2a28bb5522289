/**
 * Reduces Ajv's raw error list to the errors a person should see. JSON Schema reports a failed
 * "answer or missing value" alternative as three errors (the code is wrong, it is not a missing value,
 * neither alternative matched); only the one for the shape the data was meant to have is useful.
 */
import type { ErrorObject } from 'ajv';

/**
 * True for an error raised by the MissingValue alternative: by MissingValue itself (type, required,
 * additionalProperties) or by its reason code list. Needs Ajv's `verbose` option, which adds parentSchema.
 */
function fromMissingValue(error: ErrorObject): boolean {
  const schema = error.parentSchema as Record<string, unknown> | undefined;
  if (!schema) return false;
  if (schema['x-codelist'] === 'missingReason') return true;
  const required = schema.required;
  const properties = schema.properties as Record<string, unknown> | undefined;
  return Array.isArray(required) && required.length === 1 && required[0] === 'missing' && properties !== undefined && Object.keys(properties).join() === 'missing';
}

const isUnder = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

const meantAsMissing = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'missing');

/** Returns the errors that explain the failure, in Ajv's order, without the noise of alternatives (Ajv needs `verbose: true`). */
export function primaryErrors(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  const dropped = new Set<number>();
  errors.forEach((error, i) => {
    // A failed condition ("a self-hosted wallet needs no institution") is explained by the errors of its "then".
    if (error.keyword === 'if') dropped.add(i);
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    // Ajv lists the errors of the alternatives just before the alternative's own error.
    const branchErrors: number[] = [];
    for (let j = i - 1; j >= 0 && isUnder(errors[j]!.instancePath, error.instancePath); j--) branchErrors.push(j);
    if (branchErrors.length === 0) return;
    const inMissingBranch = (j: number) => fromMissingValue(errors[j]!);
    if (branchErrors.some(inMissingBranch)) {
      const keepMissing = meantAsMissing(valueAt(data, error.instancePath));
      for (const j of branchErrors) if (inMissingBranch(j) !== keepMissing) dropped.add(j);
      dropped.add(i);
    } else if (branchErrors.every((j) => errors[j]!.keyword === 'required' && errors[j]!.instancePath === error.instancePath)) {
      // "needs one of these fields": the alternative's own error says it best.
      for (const j of branchErrors) dropped.add(j);
    }
  });
  // A wrong type makes enum and pattern errors at the same place redundant.
  const typeErrorPaths = new Set(errors.filter((e, i) => !dropped.has(i) && e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter(
    (e, i) => !dropped.has(i) && !(e.keyword !== 'type' && typeErrorPaths.has(e.instancePath) && ['enum', 'x-codes', 'pattern', 'format', 'const'].includes(e.keyword)),
  );
}
