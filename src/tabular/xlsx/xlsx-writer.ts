/**
 * A small SpreadsheetML (.xlsx) writer: sheets of rows with styled cells, column widths and formats, frozen
 * panes, hidden rows, data validations (drop-downs, input messages), an auto-filter, sheet protection and
 * defined names. It writes only what the project's workbooks use, and writes it the same way every time: no
 * clock, no random identifiers, so the same workbook is the same bytes. Text is written as the caller gives it;
 * the caller escapes what the cell format needs (see xlsx-text.ts).
 */
import { writeZip, FIXED_DOCUMENT_DATE } from '../zip/zip-writer.js';
import { columnLetters } from '../source-table.js';

/** How a cell looks; a flat subset of SpreadsheetML styles. Colours are ARGB hex, such as FF1F3864. */
export interface CellStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  alignTop?: boolean;
  borderBottom?: boolean;
  /** A number format code, such as @ (text) or yyyy-mm-dd. */
  numFmt?: string;
}

export type CellValue = string | number | boolean | Date | null | undefined;

export interface RowSpec {
  cells: readonly CellValue[];
  /** A style per cell; a cell without one takes its column's style. */
  styles?: readonly (CellStyle | undefined)[];
  hidden?: boolean;
  /** Height in points. */
  height?: number;
}

export interface DataValidation {
  /** The cells it applies to, such as B4:B1048576. */
  sqref: string;
  type: 'any' | 'list' | 'custom' | 'date' | 'decimal' | 'whole' | 'textLength';
  operator?: 'greaterThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  /** The list's range or name, the custom formula, or the bound; a Date is written as a date serial. */
  formula?: string | number | Date;
  allowBlank?: boolean;
  promptTitle?: string;
  prompt?: string;
  errorStyle?: 'stop' | 'warning' | 'information';
  errorTitle?: string;
  error?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly { width: number; style?: CellStyle }[];
  rows: Iterable<RowSpec>;
  /** Rows and columns kept in view while scrolling. */
  frozen?: { rows: number; columns?: number };
  validations?: readonly DataValidation[];
  /** The range of an auto-filter, such as A1:D20. */
  autoFilter?: string;
  /** Locks every cell; selecting, sorting and filtering stay allowed. */
  protect?: boolean;
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  definedNames?: readonly { name: string; ref: string }[];
  creator: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML text and attribute values; line breaks and tabs as references so attribute values keep them. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

const attrs = (pairs: Record<string, string | number | boolean | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${v === true ? '1' : escapeXml(String(v))}"`)
    .join('');

/** Days since 1899-12-30, the serial numbers spreadsheets store dates as. */
export const dateSerial = (date: Date) => date.getTime() / 86_400_000 + 25_569;

/** Interns fonts, fills, borders and number formats into cell formats (xf), numbered in order of first use. */
class Styles {
  private fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', '<border><left/><right/><top/><bottom style="thin"/><diagonal/></border>'];
  private numFmts: string[] = [];
  private xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private byKey = new Map<string, number>();

  private intern(list: string[], item: string): number {
    const at = list.indexOf(item);
    return at >= 0 ? at : list.push(item) - 1;
  }

  /** The cell format index of a style (0 for none). */
  index(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify([style.bold, style.size, style.color, style.fill, style.wrap, style.alignTop, style.borderBottom, style.numFmt]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const font = this.intern(this.fonts, `<font>${style.bold ? '<b/>' : ''}<sz val="${style.size ?? 11}"/>${style.color ? `<color rgb="${style.color}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`);
    const fill = style.fill ? this.intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`) : 0;
    const border = style.borderBottom ? 1 : 0;
    // Built-in 49 is text (@); anything else gets a custom id from 164.
    const numFmt = style.numFmt === undefined ? 0 : style.numFmt === '@' ? 49 : 164 + this.intern(this.numFmts, style.numFmt);
    const alignment = style.wrap || style.alignTop ? `<alignment${attrs({ vertical: style.alignTop ? 'top' : undefined, wrapText: style.wrap })}/>` : '';
    const xf = `<xf${attrs({ numFmtId: numFmt, fontId: font, fillId: fill, borderId: border, xfId: 0, applyNumberFormat: numFmt > 0, applyFont: font > 0, applyFill: fill > 0, applyBorder: border > 0, applyAlignment: alignment !== '' })}${alignment ? `>${alignment}</xf>` : '/>'}`;
    const index = this.xfs.push(xf) - 1;
    this.byKey.set(key, index);
    return index;
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = this.numFmts.length > 0 ? list('numFmts', this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)) : '';
    return `${HEAD}<styleSheet xmlns="${MAIN_NS}">${numFmts}${list('fonts', this.fonts)}${list('fills', this.fills)}${list('borders', this.borders)}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>${list('cellXfs', this.xfs)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

/** Text cells go to the shared-string table once each. */
class SharedStrings {
  private index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${escapeXml(s).replace(/&#10;/g, '\n')}</t></si>`);
    return `${HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

/** A cell's XML; an empty cell is written only when it has a style of its own (a heading's fill). */
function cellXml(ref: string, value: CellValue, style: number, own: boolean, strings: SharedStrings): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === undefined || value === '') return own && style > 0 ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.of(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const n = value instanceof Date ? dateSerial(value) : value;
  if (!Number.isFinite(n)) throw new RangeError(`cell ${ref} holds a number a spreadsheet cannot store`);
  return `<c r="${ref}"${s}><v>${n}</v></c>`;
}

function paneXml(frozen: SheetSpec['frozen']): string {
  if (!frozen || (frozen.rows === 0 && !frozen.columns)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const x = frozen.columns ?? 0;
  const y = frozen.rows;
  const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  return `<sheetViews><sheetView workbookViewId="0"><pane${attrs({ xSplit: x || undefined, ySplit: y || undefined, topLeftCell: `${columnLetters(x + 1)}${y + 1}`, activePane: pane, state: 'frozen' })}/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function validationXml(v: DataValidation): string {
  const formula = v.formula === undefined ? '' : `<formula1>${escapeXml(v.formula instanceof Date ? String(dateSerial(v.formula)) : String(v.formula))}</formula1>`;
  const open = `<dataValidation${attrs({
    type: v.type === 'any' ? undefined : v.type,
    operator: v.operator,
    allowBlank: v.allowBlank,
    showInputMessage: v.prompt !== undefined,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: v.error !== undefined,
    errorStyle: v.error !== undefined ? (v.errorStyle ?? 'stop') : undefined,
    errorTitle: v.errorTitle,
    error: v.error,
    sqref: v.sqref,
  })}`;
  return formula ? `${open}>${formula}</dataValidation>` : `${open}/>`;
}

function sheetXml(sheet: SheetSpec, styles: Styles, strings: SharedStrings): string {
  const columnStyles = sheet.columns.map((c) => styles.index(c.style));
  const cols = sheet.columns.map((c, i) => `<col${attrs({ min: i + 1, max: i + 1, width: c.width, style: columnStyles[i]! || undefined, customWidth: true })}/>`).join('');
  const rows: string[] = [];
  let r = 0;
  for (const row of sheet.rows) {
    r++;
    const cells = row.cells
      .map((value, i) => {
        const own = row.styles?.[i];
        return cellXml(`${columnLetters(i + 1)}${r}`, value, own ? styles.index(own) : (columnStyles[i] ?? 0), own !== undefined, strings);
      })
      .join('');
    if (cells === '' && !row.hidden && row.height === undefined) continue;
    rows.push(`<row${attrs({ r, hidden: row.hidden, ht: row.height, customHeight: row.height !== undefined })}>${cells}</row>`);
  }
  const validations = sheet.validations?.length ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>` : '';
  return [
    `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    paneXml(sheet.frozen),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    `<sheetData>${rows.join('')}</sheetData>`,
    // Locked cells, but selecting, sorting and filtering allowed (0 = not protected against).
    sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" sort="0" autoFilter="0"/>' : '',
    sheet.autoFilter ? `<autoFilter ref="${sheet.autoFilter}"/>` : '',
    validations,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}

/** The workbook as .xlsx bytes. */
export function writeXlsx(spec: WorkbookSpec): Uint8Array {
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheets = spec.sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: sheetXml(sheet, styles, strings) }));
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  const contentTypes = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${[
    override('xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml'),
    ...sheets.map((s) => override(s.name, 'officedocument.spreadsheetml.worksheet+xml')),
    override('xl/styles.xml', 'officedocument.spreadsheetml.styles+xml'),
    override('xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml'),
    override('docProps/core.xml', 'package.core-properties+xml'),
    override('docProps/app.xml', 'officedocument.extended-properties+xml'),
  ].join('')}</Types>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const rootRels = `${HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel('rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml')}${rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml')}${rel('rId3', `${REL_NS}/extended-properties`, 'docProps/app.xml')}</Relationships>`;
  const workbookRels = `${HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets.map((s, i) => rel(`rId${i + 1}`, `${REL_NS}/worksheet`, s.name.slice(3))).join('')}${rel(`rId${sheets.length + 1}`, `${REL_NS}/styles`, 'styles.xml')}${rel(`rId${sheets.length + 2}`, `${REL_NS}/sharedStrings`, 'sharedStrings.xml')}</Relationships>`;
  const definedNames = spec.definedNames?.length ? `<definedNames>${spec.definedNames.map((d) => `<definedName name="${escapeXml(d.name)}">${escapeXml(d.ref)}</definedName>`).join('')}</definedNames>` : '';
  const workbook = `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${spec.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames}<calcPr calcId="171027"/></workbook>`;
  const when = FIXED_DOCUMENT_DATE.toISOString().replace('.000', '');
  const core = `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(spec.creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(spec.creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
  const app = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(spec.creator)}</Application></Properties>`;
  // Styles and shared strings are complete only once every sheet has been written.
  return writeZip([
    { name: '[Content_Types].xml', content: contentTypes },
    { name: '_rels/.rels', content: rootRels },
    { name: 'docProps/core.xml', content: core },
    { name: 'docProps/app.xml', content: app },
    { name: 'xl/workbook.xml', content: workbook },
    { name: 'xl/_rels/workbook.xml.rels', content: workbookRels },
    ...sheets,
    { name: 'xl/styles.xml', content: styles.xml() },
    { name: 'xl/sharedStrings.xml', content: strings.xml() },
  ]);
}
