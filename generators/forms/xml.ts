/** Writing XML text by hand, safely: every attribute value and text node goes through these. */

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  // Newlines and tabs would be normalised to spaces by any XML reader; keep them as character references.
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `name="value"` pairs in the given order, skipping undefined values. */
export function attributes(pairs: [string, string | undefined][]): string {
  return pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`).join('');
}
