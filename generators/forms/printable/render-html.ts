/** The printable form as one self-contained HTML page (no scripts, no external files), rendered with Handlebars. */
import Handlebars from 'handlebars';
import { ANSWER_PARTIAL, BLOCK_PARTIAL, PRINTABLE_CSS, PRINTABLE_TEMPLATE, QUESTION_PARTIAL } from './printable-template.js';
import type { PrintableView } from './printable-view.js';

let compiled: Handlebars.TemplateDelegate | undefined;

function template(): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  // An environment of our own, so that helpers and partials registered here reach no other generator.
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerPartial('block', BLOCK_PARTIAL);
  hbs.registerPartial('question', QUESTION_PARTIAL);
  hbs.registerPartial('answer', ANSWER_PARTIAL);
  compiled = hbs.compile(PRINTABLE_TEMPLATE, { noEscape: false, strict: false, preventIndent: true });
  return compiled;
}

/** Renders the page; blank lines left by the template's control blocks are dropped so the output stays small. */
export function renderPrintableHtml(view: PrintableView): string {
  const html = template()({ ...view, css: PRINTABLE_CSS.trim() });
  return `${html.split('\n').filter((line) => line.trim() !== '').join('\n')}\n`;
}
