/** dist/templates/htfds-case-report.printable.html and .pdf: the questionnaire for paper interviews. */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { buildQuestionnaire } from '../questionnaire/build-questionnaire.js';
import { printableView } from './printable-view.js';
import { renderPrintableHtml } from './render-html.js';
import { renderPdf } from './render-pdf.js';

export const PRINTABLE_HTML_PATH = 'templates/htfds-case-report.printable.html';
export const PRINTABLE_PDF_PATH = 'templates/htfds-case-report.printable.pdf';

export async function generatePrintable(model: FieldModel): Promise<GeneratedFile[]> {
  const html = renderPrintableHtml(printableView(buildQuestionnaire(model)));
  const pdf = await renderPdf(html, `HTFDS case report ${model.version}, paper form`);
  return [
    { path: PRINTABLE_HTML_PATH, content: html },
    { path: PRINTABLE_PDF_PATH, content: pdf },
  ];
}
