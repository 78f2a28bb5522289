/**
 * Reads a filled workbook into tables, defensively. The file's size and its zip directory are checked before
 * anything is inflated (too large, too many parts, zip-bomb ratios); then only the parts that hold data are
 * inflated, one at a time, each stopped as soon as it gives more than it declared, and scanned as a stream so
 * that a sheet of any size takes little memory. Cells are taken as the values they hold: a formula is marked
 * as such and never calculated, whatever result the file caches for it.
 *
 * Not ExcelJS's streaming reader: it decodes each inflated chunk on its own, so a character whose UTF-8 bytes
 * straddle two chunks is lost (non-Latin names come back damaged), and it expands every data-validation range
 * cell by cell when loading whole workbooks.
 */
import { readFile, stat } from 'node:fs/promises';
import { UnusableInputError } from '../../io/read-records.js';
import type { CellValue, SourceRow, SourceTable } from '../source-table.js';
import { entryString, entryText, exceedsLimits, readZipDirectory, ZipFormatError, type ZipEntry, type ZipLimits } from '../zip/zip-archive.js';
import { HEADER_ROWS } from './instructions.js';
import { decodeXlsxText } from './xlsx-text.js';
import { attributesOf, XmlScanError, XmlScanner } from './xml-scan.js';

export interface WorkbookLimits {
  /** Largest workbook file accepted. */
  maxFileBytes: number;
  zip: ZipLimits;
}

/** Room for several hundred thousand rows; far beyond that a workbook is no longer a way to exchange cases. */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  zip: { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 200 },
};

const MiB = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/** Says what the file is when it is not a workbook this can read, so that the user knows what to do. */
function notAWorkbook(bytes: Uint8Array, file: string, names: string[] | undefined): UnusableInputError {
  if (Buffer.from(bytes.subarray(0, 8)).toString('hex') === 'd0cf11e0a1b11ae1') return new UnusableInputError('this is an old-style .xls workbook; save it as .xlsx (Excel workbook) and import that', file);
  if (names?.includes('content.xml')) return new UnusableInputError('this is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel workbook) and import that', file);
  if (names) return new UnusableInputError('this is a zip archive but not an Excel workbook (.xlsx)', file);
  return new UnusableInputError('this is not an Excel workbook (.xlsx)', file);
}

/** Runs the scanner over the text of an entry. */
async function scan(bytes: Uint8Array, entry: ZipEntry, handler: ConstructorParameters<typeof XmlScanner>[0]): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of entryText(bytes, entry)) scanner.push(chunk);
  scanner.end();
}

interface SheetRef {
  name: string;
  path: string;
}

/** The sheets in workbook order, with the part each is stored in, and whether dates count from 1904. */
async function workbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): Promise<{ sheets: SheetRef[]; sharedStrings?: string; date1904: boolean }> {
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  let sharedStrings: string | undefined;
  // Targets are relative to xl/, or absolute from the root of the archive.
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/').reduce<string[]>((parts, p) => (p === '..' ? parts.slice(0, -1) : p === '.' ? parts : [...parts, p]), []).join('/');
  if (relsEntry) {
    for (const m of (await entryString(bytes, relsEntry)).matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
      const a = attributesOf(m[1]!);
      if (!a.Id || !a.Target) continue;
      targets.set(a.Id, resolve(a.Target));
      if (a.Type?.endsWith('/sharedStrings')) sharedStrings = resolve(a.Target);
    }
  }
  const workbook = await entryString(bytes, entries.get('xl/workbook.xml')!);
  const sheets: SheetRef[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributesOf(m[1]!);
    const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (a.name !== undefined && path) sheets.push({ name: a.name, path });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const date1904 = pr ? ['1', 'true'].includes(attributesOf(pr[1]!).date1904 ?? '') : false;
  return { sheets, sharedStrings: sharedStrings ?? (entries.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined), date1904 };
}

/** The shared strings, in order; phonetic guides (rPh) are not part of the text. */
async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let parts: string[] = [];
  let inText = false;
  let phonetic = 0;
  await scan(bytes, entry, {
    open(name, _, selfClosing) {
      if (name === 'si') parts = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !selfClosing) inText = phonetic === 0;
    },
    close(name) {
      if (name === 'si') strings.push(decodeXlsxText(parts.join('')));
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) parts.push(text);
    },
  });
  return strings;
}

const R = /\br\s*=\s*["']([^"']*)["']/;
const T = /\bt\s*=\s*["']([^"']*)["']/;

/** 1-based column number of a cell reference such as AB12. */
function columnOf(ref: string): number {
  let n = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/** LibreOffice stores TRUE and FALSE as the formulas TRUE() and FALSE(): constants, read as such. */
const BOOLEAN_FORMULA = /^\s*(TRUE|FALSE)\s*(\(\s*\))?\s*$/i;

/** Reads one sheet: its machine header (row 1) and its data rows (after the header rows). */
async function readSheet(bytes: Uint8Array, entry: ZipEntry, shared: readonly string[], table: SourceTable): Promise<void> {
  let rowNumber = 0;
  let cells: SourceRow['cells'] = [];
  let column = 0;
  let type = '';
  let value: string[] | undefined;
  let formula: string[] | undefined;
  let inline: string[] | undefined;
  let capture: string[] | undefined;
  let phonetic = 0;
  const cellValue = (): CellValue | undefined => {
    if (formula) {
      const constant = BOOLEAN_FORMULA.exec(formula.join(''));
      return constant ? constant[1]!.toUpperCase() === 'TRUE' : { formula: true };
    }
    const v = value?.join('') ?? '';
    switch (type) {
      case 's': {
        const s = shared[Number(v)];
        return s === undefined ? { error: true } : s === '' ? undefined : s;
      }
      case 'inlineStr': {
        const s = decodeXlsxText(inline?.join('') ?? '');
        return s === '' ? undefined : s;
      }
      case 'str':
        return v === '' ? undefined : decodeXlsxText(v);
      case 'b':
        return v === '' ? undefined : v === '1' || v.toLowerCase() === 'true';
      case 'e':
        return { error: true };
      case 'd': {
        // An ISO date cell, rare: as a date serial, like the number cells dates usually are.
        const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(ms) ? { error: true } : ms / 86_400_000 + 25_569;
      }
      default: {
        if (v.trim() === '') return undefined;
        const n = Number(v);
        return Number.isFinite(n) ? n : { error: true };
      }
    }
  };
  await scan(bytes, entry, {
    open(name, attributes, selfClosing) {
      switch (name) {
        case 'row': {
          const r = R.exec(attributes);
          rowNumber = r ? Number(r[1]) : rowNumber + 1;
          cells = [];
          column = 0;
          break;
        }
        case 'c': {
          const r = R.exec(attributes);
          column = r ? columnOf(r[1]!) : column + 1;
          type = T.exec(attributes)?.[1] ?? '';
          value = formula = inline = capture = undefined;
          phonetic = 0;
          break;
        }
        case 'v':
          if (!selfClosing) capture = value = [];
          break;
        case 'f':
          formula = [];
          if (!selfClosing) capture = formula;
          break;
        case 'is':
          inline = [];
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inline && phonetic === 0 && !selfClosing) capture = inline;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          capture = undefined;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const v = cellValue();
          if (v !== undefined && column > 0) cells[column - 1] = v;
          break;
        }
        case 'row':
          if (rowNumber === 1) table.columns = Array.from(cells, (c) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : undefined));
          else if (rowNumber > HEADER_ROWS && cells.length > 0) table.rows.push({ at: rowNumber, cells });
          // Kept so that import can tell the template's headings from anything typed over them.
          else if (cells.length > 0) (table.headings ??= []).push({ at: rowNumber, cells });
          break;
      }
    },
    text(text) {
      capture?.push(text);
    },
  });
}

export async function readWorkbook(file: string, options: { ignore?: readonly string[]; limits?: WorkbookLimits } = {}): Promise<SourceTable[]> {
  const limits = options.limits ?? WORKBOOK_LIMITS;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UnusableInputError('the file does not exist or cannot be read', file);
  if (info.size === 0) throw new UnusableInputError('the file is empty', file);
  if (info.size > limits.maxFileBytes) throw new UnusableInputError(`the workbook is ${MiB(info.size)}, more than the ${MiB(limits.maxFileBytes)} allowed; split it into several workbooks`, file);
  const bytes = await readFile(file);

  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw bytes.subarray(0, 2).toString() === 'PK' ? new UnusableInputError(error.message, file) : notAWorkbook(bytes, file, undefined);
    throw error;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/workbook.xml')) throw notAWorkbook(bytes, file, [...byName.keys()]);
  const tooBig = exceedsLimits(entries, limits.zip);
  if (tooBig) throw new UnusableInputError(`${tooBig}; it was not opened`, file);

  try {
    const parts = await workbookParts(bytes, byName);
    const sharedEntry = parts.sharedStrings ? byName.get(parts.sharedStrings) : undefined;
    const shared = sharedEntry ? await readSharedStrings(bytes, sharedEntry) : [];
    const tables: SourceTable[] = [];
    for (const sheet of parts.sheets) {
      if (options.ignore?.includes(sheet.name)) continue;
      const entry = byName.get(sheet.path);
      if (!entry) throw new ZipFormatError(`the sheet “${sheet.name}” is missing from the archive: the file is damaged`);
      const table: SourceTable = { name: sheet.name, file, sheet: sheet.name, columns: [], headerAt: 1, rows: [], date1904: parts.date1904 };
      await readSheet(bytes, entry, shared, table);
      tables.push(table);
    }
    return tables;
  } catch (error) {
    if (error instanceof ZipFormatError) throw new UnusableInputError(`${error.message}; it was not opened`, file);
    // Parser messages could quote the file's content; say only where the trouble is.
    if (error instanceof XmlScanError) throw new UnusableInputError(`the workbook's XML is damaged (${error.message})`, file);
    throw error;
  }
}
