/** JSON pointers and the model's `*` paths. */

/** Turns a JSON pointer with list indexes into the model's path form: /transactions/3/amount → /transactions/*\/amount. */
export function modelPath(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

const tokenCache = new Map<string, string[]>();

/** The reference tokens of a JSON pointer (cached: the same model paths are split for every report — never mutate the result). */
export function pointerTokens(pointer: string): readonly string[];

export function pointerTokens(pointer: string): string[] {
  let tokens = tokenCache.get(pointer);
  if (tokens === undefined) {
    tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (tokenCache.size < 10_000) tokenCache.set(pointer, tokens);
  }
  return tokens;
}

export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replaceAll('~', '~0').replaceAll('/', '~1') : token;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Calls `visit` with every value in `data` at a model path (`*` expands to each list item, an index selects one), in document order,
 * without building pointers: `indexes` holds the list index of each `*` and is reused between calls, so pass it
 * to pointerAt at once when a pointer is needed. Rules run on every report; most of them find nothing.
 */
export function forEachAt(data: unknown, path: string, visit: (value: unknown, indexes: readonly number[]) => void): void {
  walkTokens(data, pointerTokens(path), 0, [], visit);
}

/** forEachAt for a path already split into its tokens (by a caller that walks the same path for every report). */
export function forEachAtTokens(data: unknown, tokens: readonly string[], visit: (value: unknown, indexes: readonly number[]) => void): void {
  walkTokens(data, tokens, 0, [], visit);
}

// A module-level function, not a closure per call: rules walk some sixty paths in every report.
function walkTokens(node: unknown, tokens: readonly string[], depth: number, indexes: number[], visit: (value: unknown, indexes: readonly number[]) => void): void {
  if (depth === tokens.length) return visit(node, indexes);
  const token = tokens[depth]!;
  if (token === '*') {
    if (!Array.isArray(node)) return;
    for (let i = 0; i < node.length; i++) {
      indexes.push(i);
      walkTokens(node[i], tokens, depth + 1, indexes, visit);
      indexes.pop();
    }
  } else if (isRecord(node) && !Array.isArray(node) && Object.hasOwn(node, token)) walkTokens(node[token], tokens, depth + 1, indexes, visit);
  // A list index names one item (upgrade steps that act on /victimProfiles/0/… after a move made it); not a `*`, so not in `indexes`.
  else if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.length) walkTokens(node[Number(token)], tokens, depth + 1, indexes, visit);
}

/** The JSON pointer of a value forEachAt visited: the model path with each `*` replaced by its index. */
export function pointerAt(path: string, indexes: readonly number[]): string {
  if (indexes.length === 0) return path;
  let i = 0;
  return pointerTokens(path).map((token) => `/${token === '*' ? indexes[i++] : escapeToken(token)}`).join('');
}

/** Every (pointer, value) in `data` at a model path; `*` expands to each list item. */
export function valuesAt(data: unknown, path: string): { pointer: string; value: unknown }[] {
  const found: { pointer: string; value: unknown }[] = [];
  forEachAt(data, path, (value, indexes) => found.push({ pointer: pointerAt(path, indexes), value }));
  return found;
}

/** Whether a JSON pointer into the data (with list indexes, e.g. /persons/0) points at something. */
export function pointerResolves(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.length) node = node[Number(token)];
    else if (isRecord(node) && !Array.isArray(node) && Object.hasOwn(node, token)) node = node[token];
    else return false;
  }
  return true;
}

/** True for a MissingValue ({"missing": reason}). */
export function isMissingValue(value: unknown): boolean {
  return isRecord(value) && !Array.isArray(value) && Object.hasOwn(value, 'missing');
}
