/**
 * IOM's HTCDS v2.0 Excel template (the single-select workbook), filled in: sheet "Case Sheet", HTCDS field names
 * in hidden row 1, labels in row 2, one case per row from row 3. The workbook is read by the project's own
 * defensive reader (src/tabular/xlsx/read-workbook.ts: size, zip-bomb and formula handling).
 *
 * IOM's file has known defects (see the crosswalk page): a misspelt field name in row 1, one column without a
 * name, and machine names that do not sit over their labels in the mailing-address block. A person filling in the
 * sheet sees the labels, so where row 1 and row 2 name different HTCDS fields the label wins, with a warning.
 */
import type { ImportedRecord, Place, PlacedFinding } from '../io/imported-record.js';
import { columnLetters, type SourceRow, type SourceTable } from '../tabular/source-table.js';
import { fold, HTCDS_FIELDS, htcdsCaseToReport, type HtcdsCell, type HtcdsImportOptions } from './htcds-case.js';

/** Field names IOM's own files spell differently from the standard. */
export const IOM_FILE_ALIASES: Record<string, string> = {
  vic_TraffickinStatusDecisionMakingOrg: 'vic_TraffickingStatusDecisionMakingOrg',
  prs_First_Name: 'prs_FirstName',
  prs_Second_Name: 'prs_SecondName',
  vic_Methods_of_Control: 'vic_MethodsOfControl',
};

/** The HTCDS field a name stands for, if any. */
export const htcdsFieldName = (name: string | undefined): string | undefined => {
  const trimmed = name?.trim() ?? '';
  const field = IOM_FILE_ALIASES[trimmed] ?? trimmed;
  return HTCDS_FIELDS.has(field) ? field : undefined;
};

const byLabel = new Map<string, string[]>();
for (const f of HTCDS_FIELDS.values()) byLabel.set(fold(f.label), [...(byLabel.get(fold(f.label)) ?? []), f.field]);

/** The sheet of a workbook that is an HTCDS case sheet: at least three HTCDS field names in row 1. */
export function htcdsSheet(tables: SourceTable[]): SourceTable | undefined {
  return tables.find((t) => t.columns.filter((c) => htcdsFieldName(c) !== undefined).length >= 3);
}

interface ResolvedColumn {
  position: number;
  field?: string;
  /** What the header says, for a column that names no HTCDS field. */
  heading?: string;
}

/** Each column's HTCDS field, from its name in row 1 and its label in row 2. */
function resolveColumns(table: SourceTable, findings: PlacedFinding[]): ResolvedColumn[] {
  const labels = table.headings?.find((h) => h.at === 2)?.cells ?? [];
  const width = Math.max(table.columns.length, labels.length);
  const columns: ResolvedColumn[] = [];
  for (let position = 0; position < width; position++) {
    const name = table.columns[position];
    const label = typeof labels[position] === 'string' ? (labels[position] as string) : undefined;
    const named = htcdsFieldName(name);
    const labelled = label ? byLabel.get(fold(label)) : undefined;
    const place = (row: number): Place => ({ file: table.file, sheet: table.sheet, row, column: columnLetters(position + 1) });
    if (labelled?.length === 1 && labelled[0] !== named) {
      findings.push({
        code: 'htcds-column-relabelled', severity: 'warning', path: '', place: place(1),
        message: name ? `Row 1 names this column ${name}, but its label in row 2 is that of ${labelled[0]}; it was read as ${labelled[0]}, the field people filling in the sheet saw.` : `This column has no HTCDS field name in row 1; its label in row 2 is that of ${labelled[0]}, so it was read as that field.`,
        hint: 'This is a known defect of IOM’s template. To be sure, check that the values in the column are what its label asks for.',
      });
      columns.push({ position, field: labelled[0] });
    } else if (named) columns.push({ position, field: named });
    else if (name || label) columns.push({ position, heading: name ?? label });
    else columns.push({ position });
  }
  return columns;
}

/** The cases of an HTCDS case sheet, one report per filled row, then the findings about the sheet as a whole. */
export function* htcdsWorkbookRecords(table: SourceTable, options: Omit<HtcdsImportOptions, 'multiSeparator' | 'date1904'>): Generator<ImportedRecord> {
  const sheetFindings: PlacedFinding[] = [];
  const columns = resolveColumns(table, sheetFindings);
  // Data starts in row 3 (where IOM's drop-downs start), which the reader keeps with the heading rows.
  const rows: SourceRow[] = [...(table.headings ?? []).filter((h) => h.at === 3), ...table.rows];
  let cases = 0;
  for (const row of rows) {
    const cells: HtcdsCell[] = [];
    const findings: PlacedFinding[] = [];
    for (const column of columns) {
      const value = row.cells[column.position];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      const place: Place = { file: table.file, sheet: table.sheet, row: row.at, column: columnLetters(column.position + 1), ...(column.field ? { field: column.field } : {}) };
      if (column.field) cells.push({ field: column.field, value, place });
      // IOM's row counter in column A has neither name nor label: numbers there are not data.
      else if (column.heading === undefined && typeof value === 'number') continue;
      else {
        findings.push({
          code: 'htcds-column-unknown', severity: 'error', path: '', place,
          message: column.heading ? `The column headed ${JSON.stringify(column.heading.slice(0, 60))} is not a field of HTCDS v2.0 (renamed?), so this cell was not read.` : 'This cell is in a column without a heading, so it was not read.',
          hint: 'Give the column its HTCDS field name in row 1 (see the HTCDS crosswalk page), or move the value to the right column.',
        });
      }
    }
    if (cells.length === 0 && findings.length === 0) continue;
    cases++;
    const origin: Place = { file: table.file, sheet: table.sheet, row: row.at };
    yield htcdsCaseToReport({ origin, cells, findings }, { ...options, multiSeparator: /;/, date1904: table.date1904 });
  }
  if (cases === 0) sheetFindings.unshift({ code: 'no-case', severity: 'error', path: '', place: { file: table.file, sheet: table.sheet }, message: 'The HTCDS case sheet has no filled rows, so there is no case to import.', hint: 'Fill in one row per case from row 3 on.' });
  if (sheetFindings.length > 0) yield { origin: { file: table.file, sheet: table.sheet }, findings: sheetFindings, locate: () => undefined };
}
