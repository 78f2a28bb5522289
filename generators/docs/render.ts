/**
 * Handlebars for the documentation pages. HTML escaping is off (it would damage Markdown, stack.md §4d):
 * templates escape for MDX explicitly with the helpers below, so a template shows at a glance which values are
 * text (`{{text x}}`), table cells (`{{cell x}}`), code (`{{code x}}`) or JavaScript strings (`{{js x}}`).
 */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { jsString, jsxAttr, mdxCell, mdxCode, mdxText, yamlString } from './mdx.js';

const handlebars = Handlebars.create();
handlebars.registerHelper('text', (v: unknown) => mdxText(String(v ?? '')));
handlebars.registerHelper('cell', (v: unknown) => mdxCell(String(v ?? '')));
handlebars.registerHelper('code', (v: unknown) => mdxCode(String(v ?? '')));
handlebars.registerHelper('js', (v: unknown) => jsString(String(v ?? '')));
handlebars.registerHelper('attr', (v: unknown) => jsxAttr(String(v ?? '')));
handlebars.registerHelper('yaml', (v: unknown) => yamlString(String(v ?? '')));
handlebars.registerHelper('json', (v: unknown) => JSON.stringify(v, null, 2));
handlebars.registerHelper('jsonData', (v: unknown) => JSON.stringify(v).replaceAll('<', '\\u003c'));
// `{#id}` after a heading sets its anchor; written by a helper because `{#{{x}}}` is not valid Handlebars.
handlebars.registerHelper('headingId', (v: unknown) => `{#${String(v)}}`);
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
handlebars.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Renders generators/docs/templates/<name>.hbs with `data`; strict, so a misspelt variable fails the build. */
export function render(name: string, data: object): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), 'utf8');
    template = handlebars.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  // Collapse the blank lines that block helpers leave behind; Markdown treats 2+ blank lines like one.
  return template(data).replace(/\n{3,}/g, '\n\n');
}
