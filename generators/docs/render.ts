/**
 * Handlebars for the documentation pages. HTML escaping is off (it would damage Markdown, stack.md §4d): the page
 * builders escape every value for MDX (generators/docs/mdx.ts) before it reaches a template, and the helpers
 * below write the few values that go into JSX attributes, front matter and exported data.
 */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { jsxAttr, yamlString } from './mdx.js';

const handlebars = Handlebars.create();
// Helper names are never field names of a page's data: a `{{code}}` meant as a value would otherwise
// call a helper of that name.
handlebars.registerHelper('jsxAttr', (v: unknown) => jsxAttr(String(v ?? '')));
handlebars.registerHelper('yamlString', (v: unknown) => yamlString(String(v ?? '')));
handlebars.registerHelper('jsonData', (v: unknown) => JSON.stringify(v).replaceAll('<', '\\u003c'));
// `{#id}` after a heading sets its anchor; written by a helper because `{#{{x}}}` is not valid Handlebars.
handlebars.registerHelper('headingId', (v: unknown) => `{#${String(v)}}`);

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
