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

/** Every (pointer, value) in `data` at a model path; `*` expands to each list item. */
export function valuesAt(data: unknown, path: string): { pointer: string; value: unknown }[] {
  let current: { pointer: string; value: unknown }[] = [{ pointer: '', value: data }];
  for (const token of pointerTokens(path)) {
    const next: { pointer: string; value: unknown }[] = [];
    for (const { pointer, value } of current) {
      if (token === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else if (isRecord(value) && !Array.isArray(value) && Object.hasOwn(value, token)) {
        next.push({ pointer: `${pointer}/${escapeToken(token)}`, value: value[token] });
      }
    }
    current = next;
  }
  return current;
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
