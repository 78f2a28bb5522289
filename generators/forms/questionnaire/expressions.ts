/**
 * Form expressions (relevant, required, constraint, calculation) as XPath text with references to other
 * questions kept apart, so that the XForm can write them as XPath paths and the XLSForm as `${name}` where
 * that is unambiguous.
 */

/** A reference to a node of the form's instance, by its path without positions, e.g. `/data/transactions/method`. */
export interface NodeRef {
  ref: string;
}

/** XPath text and references, concatenated. */
export type Expr = (string | NodeRef)[];

export const ref = (path: string): NodeRef => ({ ref: path });

/** XPath string literal; XPath 1.0 has no escape, so a value holding both quote kinds cannot be written. */
export function literal(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new Error(`a form value cannot contain both quote characters: ${value}`);
}

/** Joins expressions with an operator (`and`, `or`), each in brackets when there are several. */
export function join(parts: Expr[], operator: 'and' | 'or'): Expr {
  if (parts.length === 1) return parts[0]!;
  return parts.flatMap((p, i) => [...(i > 0 ? [` ${operator} `] : []), '(', ...p, ')']);
}

/** True when nothing has been entered at the node (works for text, numbers, dates and selections). */
export const isEmpty = (path: string): Expr => ['string-length(', ref(path), ') = 0'];
export const isFilled = (path: string): Expr => ['string-length(', ref(path), ') > 0'];

/**
 * Writes a reference as XPath from the node the expression belongs to (`context`). Inside a repeat the path
 * must be relative, so that it points into the same repeat instance; elsewhere an absolute path reads better.
 */
export function xpathFrom(context: string, target: string, repeats: ReadonlySet<string>): string {
  const c = context.split('/').filter(Boolean);
  const t = target.split('/').filter(Boolean);
  let common = 0;
  while (common < c.length && common < t.length && c[common] === t[common]) common++;
  let sharedRepeat = false;
  for (let i = 1; i <= common; i++) if (repeats.has(`/${c.slice(0, i).join('/')}`)) sharedRepeat = true;
  if (!sharedRepeat) return target;
  if (common === c.length && common === t.length) return '.';
  return [...Array(c.length - common).fill('..'), ...t.slice(common)].join('/');
}

/** Renders an expression as XForm XPath for the node at `context`. */
export function toXPath(expr: Expr, context: string, repeats: ReadonlySet<string>): string {
  return expr.map((part) => (typeof part === 'string' ? part : xpathFrom(context, part.ref, repeats))).join('');
}

/**
 * Renders an expression for an XLSForm cell: `${name}` when the name is unique in the form (pyxform then writes
 * the right path itself), otherwise the same XPath as the XForm.
 */
export function toXlsform(expr: Expr, context: string, repeats: ReadonlySet<string>, uniqueNames: ReadonlyMap<string, string>): string {
  return expr
    .map((part) => {
      if (typeof part === 'string') return part;
      const name = part.ref.slice(part.ref.lastIndexOf('/') + 1);
      return uniqueNames.get(name) === part.ref && part.ref !== context ? `\${${name}}` : xpathFrom(context, part.ref, repeats);
    })
    .join('');
}
