/**
 * IOM's blank HTCDS v2.0 Excel template (../shared/reference/htcds, CC BY 4.0), filled in by editing its sheet XML
 * inside the zip: cells given by reference (`H3`) become inline text or numbers, row-1 headers can be renamed,
 * and a cell can be made a formula. The values tests put in are synthetic.
 */
import { readFileSync } from 'node:fs';
import { entryString, readZipDirectory } from '../../src/tabular/zip/zip-archive.js';
import { writeZip } from '../../src/tabular/zip/zip-writer.js';
import { escapeXml } from '../../src/tabular/xlsx/xlsx-writer.js';

export const HTCDS_REFERENCE = '../shared/reference/htcds';
export const HTCDS_TEMPLATE = `${HTCDS_REFERENCE}/htcds-excel-single-select-v2.0.xlsx`;
const SHEET = 'xl/worksheets/sheet1.xml';

export type TemplateCell = string | number | { formula: string };

const cellXml = (ref: string, value: TemplateCell) =>
  typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>`
  : typeof value === 'string' ? `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`
  : `<c r="${ref}"><f>${escapeXml(value.formula)}</f><v>0</v></c>`;

/**
 * The template with `cells` filled in (row-1 refs rename a header); the bytes of a new .xlsx. `padSheet` adds that
 * many spaces to the sheet, which deflate to almost nothing: a zip bomb's shape.
 */
export async function fillHtcdsTemplate(cells: Record<string, TemplateCell>, padSheet = 0): Promise<Uint8Array> {
  const bytes = readFileSync(HTCDS_TEMPLATE);
  const parts = [];
  for (const entry of readZipDirectory(bytes)) {
    let text = await entryString(bytes, entry);
    if (entry.name === SHEET) {
      for (const [ref, value] of Object.entries(cells)) {
        // The template has an empty styled cell (or a shared-string header) there; replace it, or add it to its row.
        const existing = new RegExp(`<c r="${ref}"(?:\\s[^>/]*)?(?:/>|>(?:(?!<c[ >]).)*?</c>)`);
        if (existing.test(text)) text = text.replace(existing, cellXml(ref, value));
        else {
          const row = ref.replace(/^[A-Z]+/, '');
          text = text.replace(new RegExp(`(<row r="${row}"[^>]*>)`), `$1${cellXml(ref, value)}`);
        }
      }
    }
    if (entry.name === SHEET && padSheet > 0) text = text.replace('</worksheet>', `${' '.repeat(padSheet)}</worksheet>`);
    parts.push({ name: entry.name, content: text });
  }
  return writeZip(parts);
}
