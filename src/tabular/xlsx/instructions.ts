/**
 * The text of the instructions sheet, made from the layout: what the workbook is for, the warning about real
 * names, how to fill it in and write each kind of answer, what each sheet holds, and how sensitive each
 * section is.
 */
import { missingToken, NONE_TOKEN } from '../cell-text.js';
import type { Sensitivity, TabularLayout } from '../layout.js';

export type InstructionStyle = 'title' | 'warning' | 'heading' | 'text' | 'tableHead' | 'tableRow';

export interface InstructionRow {
  style: InstructionStyle;
  cells: string[];
}

/** What each sensitivity class means, in the words of the schema's annotation. */
export const SENSITIVITY_MEANING: Record<Sensitivity, string> = {
  P0: 'not personal, or aggregate',
  P1: 'operational, not about a person',
  P2: 'personal data that identifies indirectly',
  P3: 'special-category or criminal-offence data',
  P4: 'direct identifier: never shared in clear',
};

export const HEADER_ROWS = 3;

/** The sheets of the workbook that hold no case data. */
export const INSTRUCTIONS_SHEET = 'instructions';
export const CODELISTS_SHEET = 'codelists';

export function instructionRows(layout: TabularLayout, variant: 'full' | 'core'): InstructionRow[] {
  const rows: InstructionRow[] = [];
  const add = (style: InstructionStyle, ...cells: string[]) => rows.push({ style, cells });
  const dataTables = layout.tables;
  const caseTable = dataTables.find((t) => t.parent === undefined)!;

  add('title', `HTFDS case report workbook, version ${layout.version} (${variant === 'full' ? 'every field' : 'core fields only'})`);
  add('warning', 'Never enter real names in identifier columns.', 'Local identifiers (P1, ACC-1, T1) are made up: never a real name, case number, account number, phone number or document number. Names and identifiers in clear (sensitivity P4) are for your own records only: remove them, or use the keyed-hash columns, before the workbook leaves your organisation.');
  add('text', 'What it is for', 'Recording the financial side of human-trafficking cases in the Human Trafficking Financial Data Standard (HTFDS), so that they can be checked, converted to case reports (htfds import) and shared safely. All examples in this workbook are made up.');

  add('heading', 'How to fill it in');
  add('text', '1. The case', `Give each case one row of the sheet “${caseTable.key}”. Leave its record identifier empty the first time: checking the workbook makes one (a UUID) and tells you what it is; copy it into the cell so that the case keeps it. With several cases in one workbook, give each its own UUID.`);
  add('text', '2. The lists', 'Each list (people, accounts, transactions, …) has its own sheet, one row per item. A row belongs to the case whose record identifier is in its first column; leave that column empty when the workbook holds one case. Rows of nested lists (identifiers) name their person or account by its local identifier.');
  add('text', '3. The headings', `The first ${HEADER_ROWS} rows of each sheet are headings: a hidden row of machine names, the section, and the column title. Do not change or delete them; you may hide, reorder or widen columns. Headings marked * must be filled in on every row.`);
  add('text', '4. Help in the cells', 'Selecting a cell shows what to enter. Coded answers have a drop-down list; every code list, with what each code means, is on the sheet “codelists”.');
  add('text', '5. Check it', 'Open the Validator page of the HTFDS documentation site and drop this file on it: your browser checks it (nothing is uploaded) and names every problem with its sheet, row and column. The same page prepares a case for sharing. On a command line, htfds import does the same and converts the workbook to case reports.');

  add('heading', 'How to write answers');
  add('text', 'Choices', 'The code from the drop-down list. The title of a code is understood too, when it fits one code only.');
  add('text', 'Several choices', 'Codes separated by ; (for example ForcedLabour;SexualExploitation). Pick one from the list, then type the others.');
  add('text', 'Yes or no', 'TRUE or FALSE (yes and no are understood too).');
  add('text', 'Dates and months', 'Dates as YYYY-MM-DD (2024-03-31); months as YYYY-MM (2024-03).');
  add('text', 'Amounts', 'Digits with a dot for decimals (1250.50), with the currency in the next column. When only a rough figure is known, use the amount band instead of the amount.');
  add('text', 'Not known', `Unknown is not no. When there is no answer, write why: ${layout.missingReasons.map((r) => `${missingToken(r.code)} ${r.title.toLowerCase()}`).join('; ')}. For an amount, write it in the amount column and leave the other columns of that amount empty.`);
  add('text', 'None', `${NONE_TOKEN} in a list column means the list was checked and is empty; an empty cell means no answer. For a whole list or section that was checked and found empty, name it in the column “Empty lists and sections”.`);
  add('text', 'Text that starts with = + - @', 'Put an apostrophe in front (\'=…). Text is never run as a formula; exported files put the apostrophe there for you, and import takes it away. Formulas are never calculated on import.');

  add('heading', 'The sheets');
  add('tableHead', 'Sheet', 'What it holds', 'Most sensitive data');
  for (const table of dataTables) {
    const linked = table.parent === undefined ? '' : table.parent === caseTable.key ? ' One row per item; linked to its case.' : ` One row per item; linked to its item of “${table.parent}”.`;
    add('tableRow', table.key, `${table.title}: ${table.description}${linked}`, `${table.sensitivity}: ${SENSITIVITY_MEANING[table.sensitivity]}`);
  }
  add('tableRow', 'codelists', 'Every code list used in the drop-down lists: the codes, their titles and what they mean. The sheet is protected.', '');

  add('heading', 'Sensitivity of each section');
  add('tableHead', 'Section', 'Sheet', 'Most sensitive data');
  for (const section of layout.sections) add('tableRow', section.title, section.table, `${section.sensitivity}: ${SENSITIVITY_MEANING[section.sensitivity]}`);
  add('text', 'Sensitivity classes', (Object.entries(SENSITIVITY_MEANING) as [Sensitivity, string][]).map(([k, v]) => `${k} ${v}`).join('; ') + '. Each column’s class is shown when its cell is selected.');
  return rows;
}
