/**
 * Escaping for MDX, which Docusaurus 3 uses for every page: text from the schema (titles, descriptions, code
 * list entries) must show literally. MDX reads `{` as an expression and `<` as JSX, so one stray character in a
 * description would break the build; Markdown reads `*`, `_`, `[`, backticks and `|` (in tables) as markup.
 * Each such character becomes a numeric character reference, which MDX and Markdown show as the character.
 */

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  '|': '&#124;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
};
const SPECIAL = /[&<>{}|*_`[\]\\~#]/g;

/** Text shown literally in a paragraph, list item or table cell (line breaks become spaces). */
export function mdxText(text: string): string {
  // A paragraph that starts with "import" or "export" would be read by MDX as an ES module statement.
  return text.replace(SPECIAL, (c) => REFERENCES[c]!).replace(/\r?\n/g, ' ').replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Text shown literally in a Markdown table cell (one line). */
export function mdxCell(text: string): string {
  return mdxText(text).trim() || ' ';
}

/** A code span that survives MDX and tables: backticks long enough for the content, `|` escaped for GFM tables. */
export function mdxCode(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine.replaceAll('|', '\\|')}${pad}${fence}`;
}

/** A JavaScript string literal, for JSX attributes and exported data (`title={"…"}`). */
export function jsString(text: string): string {
  // JSON is valid JavaScript; `<` is escaped so that no `</script>` or JSX can appear in the output.
  return JSON.stringify(text).replaceAll('<', '\\u003c');
}

/** A JSX attribute value holding any text: `{"…"}` (a plain quoted JSX attribute would not understand escapes). */
export function jsxAttr(text: string): string {
  return `{${jsString(text)}}`;
}

/** Front matter value: always a quoted YAML string. */
export function yamlString(text: string): string {
  return JSON.stringify(text.replace(/\r?\n/g, ' '));
}

/** A URL-fragment-safe anchor from any text: lower case letters, digits and hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A Markdown document with its prose escaped for MDX and its code (fenced blocks and code spans) left alone,
 * for Markdown written for GitHub (CONTRIBUTING.md) that is published on the site too.
 */
export function markdownForMdx(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      out.push(line);
      if (opening && opening[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1]!;
      out.push(line);
      continue;
    }
    // Outside code, only what MDX itself would misread (expressions, JSX) is escaped: Markdown stays Markdown.
    out.push(line.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[{}<]/g, (c) => REFERENCES[c]!))).join(''));
  }
  return out.join('\n');
}
