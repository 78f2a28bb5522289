/** Applies RFC 6902 add / replace / remove operations to a copy of a JSON value (enough for test fixtures). */
export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

export function applyPatch<T>(document: T, operations: readonly PatchOperation[]): T {
  const result = structuredClone(document);
  for (const { op, path, value } of operations) {
    const tokens = path.split('/').slice(1).map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = tokens.pop();
    if (last === undefined) throw new Error(`cannot ${op} the whole document`);
    let parent: any = result;
    for (const token of tokens) parent = parent[token];
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op === 'remove') parent.splice(index, 1);
      else parent.splice(index, op === 'replace' ? 1 : 0, value);
    } else if (op === 'remove') {
      delete parent[last];
    } else {
      // defineProperty, so that a "__proto__" key becomes data rather than changing the prototype.
      Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return result;
}
