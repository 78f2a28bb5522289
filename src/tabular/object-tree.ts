/** Reading and building nested report objects by pointer tokens. */

export type Tree = Record<string, unknown>;

export const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `tokens` below `root`, or undefined. */
export function getAt(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  for (const t of tokens) {
    if (!isTree(node) || !Object.hasOwn(node, t)) return undefined;
    node = node[t];
  }
  return node;
}

/**
 * The object at the first `length` tokens (all by default), created with the objects above it when absent;
 * undefined when a non-object is in the way.
 */
export function ensureTree(root: Tree, tokens: readonly string[], length = tokens.length): Tree | undefined {
  let node: Tree = root;
  for (let i = 0; i < length; i++) {
    const t = tokens[i]!;
    if (!Object.hasOwn(node, t)) setOwn(node, t, {});
    const next = node[t];
    if (!isTree(next)) return undefined;
    node = next;
  }
  return node;
}

/** Sets an own property, whatever its name: `__proto__` becomes data, never a prototype. */
export function setOwn(node: Tree, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
}

/** JSON pointer from tokens. */
export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The first place where two JSON values differ, as a JSON pointer; undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isTree(a) && isTree(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined, `${at}${pointerOf([key])}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return at;
}
