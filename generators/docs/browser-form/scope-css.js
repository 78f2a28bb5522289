// The form engine's style sheets are written for a page of their own: a reset of every element, rules for the
// html and body elements, and grid classes (`.col`) that the site uses too. Here every rule is confined to the
// form and to the engine's pop-ups (drop-down lists and date pickers, which it adds at the end of the page's
// body), so that the site's header, sidebar and footer look on the form's page as on every other page.

/** The class of the element the form is rendered in. */
export const FORM_HOLDER_CLASS = 'htfds-form-engine';
/** The form's holder, and the engine's pop-ups at the end of the body. */
const FORM_SCOPE = `.${FORM_HOLDER_CLASS}, body > .p-component`;
const IN_SCOPE = `:where(${FORM_SCOPE}, :is(${FORM_SCOPE}) *)`;
const AT_SCOPE = `:where(${FORM_SCOPE})`;

/** Splits at the commas outside parentheses, brackets and quotes. */
function splitTopLevel(text, at) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && at(c, i)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** One complex selector, confined: its first compound must be in the scope (so the rest is too). */
export function scopeSelector(selector) {
  const text = selector.trim();
  // The end of the first compound: the first whitespace or combinator outside parentheses and brackets.
  const firstEnd = splitTopLevel(text, (c) => /[\s>+~]/.test(c))[0].length;
  const first = text.slice(0, firstEnd);
  const rest = text.slice(firstEnd);
  // The document's root and body stand for the scope itself (the engine's reset and its variables go there).
  const root = /^(?::root|html|body)(?![\w-])/.exec(first);
  if (root) return `${AT_SCOPE}${first.slice(root[0].length)}${rest}`;
  // A pseudo-element ends a compound: the condition goes before it.
  const pseudo = splitTopLevel(first, (c, i) => c === ':' && first[i + 1] === ':').length > 1 ? first.indexOf('::') : -1;
  return pseudo === -1 ? `${first}${IN_SCOPE}${rest}` : `${first.slice(0, pseudo)}${IN_SCOPE}${first.slice(pseudo)}${rest}`;
}

/** Confines every style rule of a sheet, in @media, @supports and @layer blocks too. */
function scopeRules(rules) {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) rule.selectorText = splitTopLevel(rule.selectorText, (c) => c === ',').map(scopeSelector).join(', ');
    else if (rule instanceof CSSGroupingRule) scopeRules(rule.cssRules);
  }
}

/** The text of one of the engine's <style> elements, confined to the form; its text is rewritten so that it stays so. */
export function scopeStyleElement(style) {
  if (!style.sheet) return;
  scopeRules(style.sheet.cssRules);
  style.textContent = Array.from(style.sheet.cssRules, (r) => r.cssText).join('\n');
}
