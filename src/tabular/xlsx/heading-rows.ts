/**
 * The heading rows a workbook sheet has under its hidden row of machine names: the section, written over the
 * first column of each, then the column titles (`*` marks a required one). The writer writes them; import
 * checks that they are still what the template wrote, since anything typed there is not read as data.
 */
import type { PlacedFinding } from '../../io/imported-record.js';
import type { ColumnLayout, TableLayout } from '../layout.js';
import { placeIn, type CellValue, type SourceTable } from '../source-table.js';

/** The section heading over a column: its group over the first column of each group, otherwise nothing. */
export const sectionHeading = (table: TableLayout, i: number): string | null => (i === 0 || table.columns[i - 1]!.group !== table.columns[i]!.group ? table.columns[i]!.group : null);

export const columnTitle = (column: ColumnLayout): string => `${column.label}${column.required ? ' *' : ''}`;

/** The heading rows below the machine names, top to bottom, by column position. */
export function headingRows(table: TableLayout): (string | null)[][] {
  return [table.columns.map((_, i) => sectionHeading(table, i)), table.columns.map(columnTitle)];
}

const headingText = (cell: CellValue | undefined) => (typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : cell === undefined ? '' : typeof cell === 'object' ? '=' : String(cell));

/**
 * A finding for every heading cell that is not what the template wrote there: a value typed in a heading row is
 * never imported, so it must not go unnoticed. Columns with an unknown machine name are left to their own warning.
 */
export function headingFindings(table: TableLayout, source: SourceTable): PlacedFinding[] {
  const findings: PlacedFinding[] = [];
  const byKey = new Map(table.columns.map((c, i) => [c.key, i]));
  const expected = headingRows(table);
  for (const row of source.headings ?? []) {
    const template = expected[row.at - source.headerAt - 1];
    for (let position = 0; position < row.cells.length; position++) {
      const found = headingText(row.cells[position]);
      if (found === '') continue;
      const name = source.columns[position];
      const index = name === undefined ? undefined : byKey.get(name);
      if (name !== undefined && index === undefined) continue;
      // A section heading may stand over any column of its section (the core template leaves some columns out).
      const column = index === undefined ? undefined : table.columns[index]!;
      if (template && column && (found === (template[index!] ?? '') || (template === expected[0] && found === column.group))) continue;
      findings.push({
        code: 'heading-changed',
        severity: 'error',
        path: '',
        place: placeIn(source, row.at, position),
        message: 'This heading cell does not hold the template\'s heading; anything typed in the heading rows is not imported.',
        hint: 'Put the template\'s heading back (copy it from a blank template) and type data only in the rows below the headings.',
      });
    }
  }
  return findings;
}
