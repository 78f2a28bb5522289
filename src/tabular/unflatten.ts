/**
 * Rows → reports (import). Each case row becomes a report; each row of another table becomes an item of a
 * list, linked to its case by the record identifier (`#case`, optional when there is one case) and, for
 * nested lists, to its parent item by the parent's local identifier (`#parent`). Rows keep their order.
 * Every problem names the row and column it comes from and the JSON pointer the value was meant for, and the
 * result can place any later validation finding (a JSON pointer) back on its cell.
 */
import type { ImportedRecord, Place, PlacedFinding } from '../io/imported-record.js';
import { CodeLookup } from './code-lookup.js';
import type { ColumnLayout, TableLayout, TabularLayout } from './layout.js';
import { ensureTree, getAt, isTree, pointerOf, setOwn, type Tree } from './object-tree.js';
import { readCell, type CellContext, type CellProblem } from './read-cell.js';
import { placeIn, type SourceRow, type SourceTable } from './source-table.js';
import type { FindingCode } from '../validate/finding.js';

export interface UnflattenResult {
  records: ImportedRecord[];
  /** Findings about input that belongs to no report: rows that link to no case. */
  unplaced: PlacedFinding[];
  /** Findings about whole tables and columns (sheets and columns not in the template, a table or column given twice, a lost header); none with `part`. */
  aboutTables: PlacedFinding[];
}

interface Item {
  tree: Tree;
  pointer: string;
  table: TableLayout;
  source: SourceTable;
  row: SourceRow;
  /** Column position of `#empty`, and the names listed in it. */
  marks: { position: number; names: string[] } | undefined;
}

interface CaseEntry {
  root: Item;
  key: string | undefined;
  findings: PlacedFinding[];
  /** Every item of the report by its JSON pointer ('' for the case itself). */
  items: Map<string, Item>;
  /** Per table, local identifier → items with it (more than one: rows pointing at it are ambiguous). */
  byId: Map<string, Map<string, Item[]>>;
}

interface RowProblem extends CellProblem {
  tokens: string[];
  position: number;
  severity?: 'error' | 'warning';
}

interface BuiltRow {
  tree: Tree;
  links: { case?: string; parent?: string };
  marks: { position: number; names: string[] } | undefined;
  problems: RowProblem[];
}

const FREE_TEXT = new Set(['string', 'text']);
const isBlank = (row: SourceRow) => row.cells.every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''));

export interface UnflattenOptions {
  /** Sheets or files that are part of the template but hold no data (instructions, code lists). */
  ignore?: readonly string[];
  lookup?: CodeLookup;
  /**
   * For reading a large package case by case (src/tabular/csv/csv-package-stream.ts): leave out the findings
   * about tables and columns (given once, not with every case), and count cases read in other calls when saying
   * how many cases a row without a case could belong to.
   */
  part?: { casesElsewhere: number };
}

/** The finding for input in which no case was found. */
export function noCaseFinding(layout: TabularLayout, origin: string): PlacedFinding {
  const caseTable = layout.tables.find((t) => t.parent === undefined)!.key;
  return { code: 'no-case', severity: 'error', path: '', place: { file: origin }, message: `No case was found: the ${caseTable} table is missing, empty, or could not be read.`, hint: `Give each case one row of the ${caseTable} table, below its heading rows.` };
}

export function unflatten(layout: TabularLayout, sources: readonly SourceTable[], options: UnflattenOptions = {}): UnflattenResult {
  const lookup = options.lookup ?? new CodeLookup(layout.lists);
  const unplaced: PlacedFinding[] = [];
  const aboutTables: PlacedFinding[] = [];
  const note = (finding: Omit<PlacedFinding, 'path'> & { path?: string }) => unplaced.push({ path: '', ...finding });
  const noteTable = options.part ? () => undefined : (finding: Omit<PlacedFinding, 'path'>) => aboutTables.push({ path: '', ...finding });

  // Which source is which table, and which of its columns are which layout column.
  const sourceOf = new Map<string, SourceTable>();
  for (const source of sources) {
    if (options.ignore?.includes(source.name)) continue;
    const table = layout.tables.find((t) => t.key === source.name);
    if (!table) {
      noteTable({ code: 'table-unknown', severity: 'warning', place: { file: source.file, ...(source.sheet !== undefined ? { sheet: source.sheet } : {}) }, message: `“${source.name}” is not a table of the template, so nothing in it was imported.`, hint: `The tables are ${layout.tables.map((t) => t.key).join(', ')}; move the data into them.` });
    } else if (sourceOf.has(table.key)) {
      noteTable({ code: 'table-repeated', severity: 'error', place: { file: source.file }, message: `The table “${table.key}” is given twice; only the first was imported.`, hint: 'Keep one sheet or file per table.' });
    } else sourceOf.set(table.key, source);
  }
  const columnsOf = new Map<SourceTable, (ColumnLayout | undefined)[]>();
  for (const [key, source] of [...sourceOf]) {
    const table = layout.tables.find((t) => t.key === key)!;
    const named = source.columns.map((name) => (name === undefined ? undefined : table.columns.find((c) => c.key === name.trim())));
    // A table whose first row names none of its columns has lost its machine header: nothing in it can be placed.
    if (!named.some((c) => c !== undefined)) {
      noteTable({ code: 'header-missing', severity: 'error', place: placeIn(source, source.headerAt), message: `The first ${source.sheet !== undefined ? 'row' : 'line'} of this table, with the machine names of its columns, is missing or changed, so nothing in it was imported.`, hint: 'Copy the first rows from a blank template back in place.' });
      sourceOf.delete(key);
      continue;
    }
    const seen = new Set<string>();
    columnsOf.set(source, named.map((column, position) => {
      const name = source.columns[position];
      if (name === undefined || name.trim() === '') return undefined;
      const place = placeIn(source, source.headerAt, position);
      if (!column) {
        noteTable({ code: 'column-unknown', severity: 'warning', place, message: 'This column is not part of the template, so nothing in it was imported.', hint: 'Do not change the machine names in the first row; move the data into a column of the template.' });
        return undefined;
      }
      if (seen.has(column.key)) {
        noteTable({ code: 'column-repeated', severity: 'error', place, message: 'This column appears twice in the table; only the first was imported.', hint: 'Keep one column per data point.' });
        return undefined;
      }
      seen.add(column.key);
      return column;
    }));
  }

  const contexts = new Map<SourceTable, CellContext>();
  const buildRow = (table: TableLayout, source: SourceTable, row: SourceRow): BuiltRow => {
    const tree: Tree = {};
    const links: BuiltRow['links'] = {};
    let marks: BuiltRow['marks'];
    const problems: RowProblem[] = [];
    // Amounts given as missing in this row, by the pointer of the amount.
    let missingAt: Set<string> | undefined;
    const columns = columnsOf.get(source)!;
    let context = contexts.get(source);
    if (!context) contexts.set(source, (context = { lookup, missingReasons: layout.missingReasons, date1904: source.date1904 ?? false }));
    const cells = row.cells;
    for (let position = 0; position < cells.length; position++) {
      const cell = cells[position];
      const column = columns[position];
      if (cell === undefined || cell === '') continue;
      if (!column) {
        // A value under no heading at all (past the last heading, or under an empty one) would be lost without a word;
        // under an unknown heading, the column's own warning already says so.
        const heading = source.columns[position];
        if ((heading === undefined || heading.trim() === '') && !(typeof cell === 'string' && cell.trim() === '')) {
          const what = source.sheet !== undefined ? 'This cell holds a value but its column has no heading in the first row' : `Field ${position + 1} of this record holds a value but the header line names no column for it`;
          problems.push({ code: 'cell-without-column', message: `${what}, so it was not imported.`, hint: 'Move the value into the column of the template it belongs to, or delete it.', tokens: [], position });
        }
        continue;
      }
      // Stray spaces are not an answer, except in free text, where they are the text.
      if (typeof cell === 'string' && !FREE_TEXT.has(column.kind) && cell.trim() === '') continue;
      const result = readCell(column, cell, context);
      if ('problem' in result) {
        problems.push({ ...result.problem, tokens: column.pointer, position });
        // What the cell holds stays in the report as written, so nothing typed is lost.
        if (result.kept !== undefined && column.pointer.length > 0 && !missingAt?.has(pointerOf(column.pointer.slice(0, -1)))) {
          const holder = ensureTree(tree, column.pointer, column.pointer.length - 1);
          if (holder && !Object.hasOwn(holder, column.pointer.at(-1)!)) setOwn(holder, column.pointer.at(-1)!, result.kept);
        }
        continue;
      }
      if (column.kind === 'case' || column.kind === 'parent') {
        links[column.kind] = result.value as string;
        continue;
      }
      if (column.kind === 'empty') {
        const names = result.value as string[];
        const known = [...table.objects.map((o) => o.pointer.join('/')), ...table.childLists.map((l) => l.pointer.join('/'))];
        const unknown = names.filter((n) => !known.includes(n));
        if (unknown.length > 0) problems.push({ code: 'empty-name-unknown', message: 'The cell names something that is neither a list nor a section of this table.', hint: `Use only these names, separated by ;: ${known.join('; ')}.`, tokens: [], position });
        marks = { position, names: names.filter((n) => known.includes(n)) };
        continue;
      }
      // A missing-value token in the first column of an amount stands for the whole amount.
      const replacesParent = column.missingReplacesParent === true && isTree(result.value) && 'missing' in result.value;
      const depth = replacesParent ? column.pointer.length - 1 : column.pointer.length;
      const last = column.pointer[depth - 1]!;
      const inMissing = missingAt !== undefined && missingAt.has(pointerOf(column.pointer.slice(0, depth - 1)));
      const holder = inMissing ? undefined : ensureTree(tree, column.pointer, depth - 1);
      if (!holder || (replacesParent && Object.hasOwn(holder, last))) {
        problems.push({ code: 'amount-missing-and-given', message: `“${column.label}” belongs to an amount that is both given as missing and filled in.`, hint: 'Either give the amount, or the missing-value reason in its first column and nothing else for that amount.', tokens: column.pointer, position });
        continue;
      }
      setOwn(holder, last, result.value);
      if (replacesParent) (missingAt ??= new Set()).add(pointerOf(column.pointer.slice(0, depth)));
    }
    return { tree, links, marks, problems };
  };

  const placed = (source: SourceTable, itemPointer: string, p: RowProblem, at: number): PlacedFinding => ({
    code: p.code,
    severity: p.severity ?? 'error',
    path: `${itemPointer}${pointerOf(p.tokens)}`,
    message: p.message,
    hint: p.hint,
    place: placeIn(source, at, p.position),
  });

  // The case rows.
  const caseTable = layout.tables.find((t) => t.parent === undefined)!;
  const cases: CaseEntry[] = [];
  const casesByKey = new Map<string, CaseEntry[]>();
  const caseSource = sourceOf.get(caseTable.key);
  for (const row of caseSource?.rows ?? []) {
    if (isBlank(row)) continue;
    const built = buildRow(caseTable, caseSource!, row);
    const root: Item = { tree: built.tree, pointer: '', table: caseTable, source: caseSource!, row, marks: built.marks };
    const key = caseTable.idColumn === undefined ? undefined : built.tree[caseTable.idColumn];
    const findings = built.problems.map((p) => placed(caseSource!, '', p, row.at));
    if (typeof key === 'string' && casesByKey.has(key)) {
      const position = columnsOf.get(caseSource!)!.findIndex((c) => c?.key === caseTable.idColumn);
      findings.push({ code: 'case-repeated', severity: 'error', path: pointerOf([caseTable.idColumn!]), place: placeIn(caseSource!, row.at, position), message: 'Another case row has the same record identifier.', hint: 'Give every case its own record identifier (a new UUID), so that its rows can be told apart.' });
    }
    const entry: CaseEntry = { root, key: typeof key === 'string' ? key : undefined, findings, items: new Map([['', root]]), byId: new Map() };
    cases.push(entry);
    if (entry.key !== undefined) casesByKey.set(entry.key, [...(casesByKey.get(entry.key) ?? []), entry]);
  }

  // The other tables, parents before children (the layout lists them in that order).
  for (const table of layout.tables) {
    const source = sourceOf.get(table.key);
    if (!source || table === caseTable) continue;
    const columns = columnsOf.get(source)!;
    const positionOf = (kind: string) => columns.findIndex((c) => c?.kind === kind);
    for (const row of source.rows) {
      if (isBlank(row)) continue;
      const built = buildRow(table, source, row);
      const rowPlace = (kind?: string) => placeIn(source, row.at, kind && positionOf(kind) >= 0 ? positionOf(kind) : undefined);
      const orphan = (code: FindingCode, message: string, hint: string, kind: string) => {
        note({ code, severity: 'error', place: rowPlace(kind), message, hint });
        for (const p of built.problems) unplaced.push(placed(source, '', p, row.at));
      };
      const withKey = built.links.case === undefined ? [] : (casesByKey.get(built.links.case) ?? []);
      let entry: CaseEntry;
      if (built.links.case === undefined) {
        const caseCount = cases.length + (options.part?.casesElsewhere ?? 0);
        if (cases.length !== 1 || caseCount !== 1) {
          orphan('row-without-case', `This row does not say which case it belongs to, and the ${caseTable.key} table holds ${caseCount === 0 ? 'no case' : 'several cases'}.`, 'Write the record identifier of its case in the “Case: record identifier” column.', 'case');
          continue;
        }
        entry = cases[0]!;
      } else if (withKey.length !== 1) {
        orphan(withKey.length === 0 ? 'case-not-found' : 'case-ambiguous', withKey.length === 0 ? `No row of the ${caseTable.key} table has the record identifier this row gives for its case.` : `Several rows of the ${caseTable.key} table have the record identifier this row gives for its case.`, 'Check the record identifier against the case table.', 'case');
        continue;
      } else entry = withKey[0]!;

      let parent: Item = entry.root;
      if (table.parent !== caseTable.key) {
        const candidates = built.links.parent === undefined ? undefined : entry.byId.get(table.parent!)?.get(built.links.parent);
        if (candidates?.length !== 1) {
          const code = built.links.parent === undefined ? 'parent-missing' : candidates === undefined ? 'parent-not-found' : 'parent-ambiguous';
          const what = code === 'parent-missing' ? 'does not say which item of' : code === 'parent-not-found' ? 'names an item that is not in' : 'names an identifier used by several rows of';
          entry.findings.push({ code, severity: 'error', path: '', place: rowPlace('parent'), message: `This row ${what} the ${table.parent} table of its case.`, hint: `Write the local identifier of its item of the ${table.parent} table in the parent column.` });
          for (const p of built.problems) entry.findings.push(placed(source, '', p, row.at));
          continue;
        }
        parent = candidates[0]!;
      }
      const link = parent.table.childLists.find((l) => l.table === table.key)!;
      const holder = ensureTree(parent.tree, link.pointer.slice(0, -1));
      const existing = holder?.[link.pointer.at(-1)!];
      const list = Array.isArray(existing) ? existing : [];
      if (holder && !Array.isArray(existing)) setOwn(holder, link.pointer.at(-1)!, list);
      const pointer = `${parent.pointer}${pointerOf(link.pointer)}/${list.length}`;
      list.push(built.tree);
      const item: Item = { tree: built.tree, pointer, table, source, row, marks: built.marks };
      entry.items.set(pointer, item);
      for (const p of built.problems) entry.findings.push(placed(source, pointer, p, row.at));
      if (table.idColumn) {
        const id = built.tree[table.idColumn];
        if (typeof id === 'string') {
          const ids = entry.byId.get(table.key) ?? new Map<string, Item[]>();
          ids.set(id, [...(ids.get(id) ?? []), item]);
          entry.byId.set(table.key, ids);
        }
      }
    }
  }

  for (const entry of cases) {
    for (const item of entry.items.values()) completeItem(item, entry.findings);
    fillWhatTheWorkbookKnows(entry, caseTable, layout, cases.length);
    orderKeys(entry.root.tree, '', layout.keyOrder);
  }

  return {
    records: cases.map((entry) => ({
      record: entry.root.tree,
      origin: placeIn(entry.root.source, entry.root.row.at),
      findings: entry.findings,
      locate: (pointer: string) => locate(entry, pointer),
    })),
    unplaced,
    aboutTables,
  };
}

/**
 * Findings about whole tables (their columns, their heading rows) go with every report when they are errors:
 * something typed in the template was not imported (a value over a heading, a second column or sheet of the same
 * name, a table whose header was lost) and no one can say which case it belonged to, so no report of the input is
 * fit to use until it is put right, as a value under no heading makes its own report unfit. Warnings (a sheet or
 * column the template does not have) leave the reports as they are and are given once, with the unplaced findings.
 */
export function splitTableFindings(aboutTables: readonly PlacedFinding[]): { everyReport: PlacedFinding[]; once: PlacedFinding[] } {
  return { everyReport: aboutTables.filter((f) => f.severity === 'error'), once: aboutTables.filter((f) => f.severity !== 'error') };
}

/** The report with the findings that concern every report of its input put first. */
export const withFindingsOfEveryReport = (record: ImportedRecord, everyReport: readonly PlacedFinding[]): ImportedRecord =>
  everyReport.length === 0 ? record : { ...record, findings: [...everyReport, ...record.findings] };

/**
 * What a person filling in a workbook cannot be expected to supply, filled in on import:
 * - the record identifier of the one case of a workbook, when its cell is empty: a new random UUID, with a
 *   warning that gives it, so that it can be written into the cell and stay the same at the next import (no
 *   spreadsheet function makes a UUID that stays put, and a template cannot carry one: every copy would share it);
 * - the version of the indicator catalogue, when indicators are given without it: the workbook's drop-down
 *   offers the catalogue of the workbook's own version, so that is the version the IDs come from.
 */
function fillWhatTheWorkbookKnows(entry: CaseEntry, caseTable: TableLayout, layout: TabularLayout, caseCount: number): void {
  const tree = entry.root.tree;
  const idColumn = caseTable.idColumn;
  if (idColumn !== undefined && caseCount === 1 && tree[idColumn] === undefined) {
    const made = globalThis.crypto.randomUUID();
    setOwn(tree, idColumn, made);
    const position = entry.root.source.columns.findIndex((key) => key === idColumn);
    entry.findings.push({
      code: 'record-id-made', severity: 'warning', path: pointerOf([idColumn]), place: placeIn(entry.root.source, entry.root.row.at, position >= 0 ? position : undefined),
      message: `The case had no record identifier, so the import made one: ${made}.`,
      hint: 'Copy it into this cell, so that the case keeps the same identifier the next time the workbook is read.',
    });
  }
  if (Array.isArray(tree[INDICATORS]) && (tree[INDICATORS] as unknown[]).length > 0 && tree[CATALOGUE_VERSION] === undefined) setOwn(tree, CATALOGUE_VERSION, layout.version);
}
const INDICATORS = 'indicators';
const CATALOGUE_VERSION = 'indicatorCatalogueVersion';

/** Lists named empty and sections named present; required sections created; checks that named-empty lists have no rows. */
function completeItem(item: Item, findings: PlacedFinding[]): void {
  const { table, tree } = item;
  for (const name of item.marks?.names ?? []) {
    const tokens = name.split('/');
    const list = table.childLists.find((l) => l.pointer.join('/') === name);
    if (list) {
      const current = getAt(tree, tokens);
      if (Array.isArray(current) && current.length > 0) {
        findings.push({ code: 'empty-list-has-rows', severity: 'error', path: `${item.pointer}${pointerOf(tokens)}`, place: placeIn(item.source, item.row.at, item.marks!.position), message: `The list ${name} is named empty here, and rows of the ${list.table} table belong to it.`, hint: 'Take the name out of this cell, or delete those rows.' });
      } else if (current === undefined) {
        const holder = ensureTree(tree, tokens.slice(0, -1));
        if (holder) setOwn(holder, tokens.at(-1)!, []);
      }
    } else ensureTree(tree, tokens);
  }
  // Required sections and lists exist whenever what holds them does; shallow ones first.
  const required = [
    ...table.objects.filter((o) => o.required).map((o) => ({ tokens: o.pointer, empty: () => ({}) })),
    ...table.childLists.filter((l) => l.required).map((l) => ({ tokens: l.pointer, empty: () => [] })),
  ].sort((a, b) => a.tokens.length - b.tokens.length);
  for (const { tokens, empty } of required) {
    const holder = getAt(tree, tokens.slice(0, -1));
    if (isTree(holder) && !('missing' in holder) && !Object.hasOwn(holder, tokens.at(-1)!)) setOwn(holder, tokens.at(-1)!, empty());
  }
}

/** Puts the properties of every object in schema order, so that reports read the same as those written by hand. */
function orderKeys(node: unknown, path: string, keyOrder: Record<string, string[]>): void {
  if (Array.isArray(node)) {
    const itemPath = `${path}/*`;
    for (const item of node) orderKeys(item, itemPath, keyOrder);
    return;
  }
  if (!isTree(node)) return;
  const order = keyOrder[path] ?? [];
  const keys = Object.keys(node);
  const ranks = keys.map((k) => rank(order, k));
  // Rows are read column by column, in schema order, so most objects are in order already.
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) {
    const sorted = keys.map((k, i) => [k, ranks[i]!] as const).sort((a, b) => a[1] - b[1]).map(([k]) => k);
    const entries = sorted.map((k) => [k, node[k]] as const);
    for (const k of keys) delete node[k];
    for (const [k, v] of entries) setOwn(node, k, v);
  }
  for (const k of keys) {
    const child = node[k];
    if (typeof child === 'object' && child !== null) orderKeys(child, `${path}/${k}`, keyOrder);
  }
}
const rank = (order: string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

/** The place a JSON pointer of the report came from: the row of its item, and the column when one matches. */
function locate(entry: CaseEntry, pointer: string): Place | undefined {
  let best: Item | undefined;
  for (let at = pointer; best === undefined; at = at.slice(0, at.lastIndexOf('/'))) {
    best = entry.items.get(at);
    if (at === '') break;
  }
  if (!best) return undefined;
  const rest = pointer.slice(best.pointer.length);
  const columns = best.source.columns;
  // The column of the value itself, of a value inside it (an item of a list, a part of an amount), or the first column of a section.
  const position = columns.findIndex((key) => key !== undefined && !key.startsWith('#') && (rest === `/${key}` || rest.startsWith(`/${key}/`)));
  const within = position >= 0 ? position : columns.findIndex((key) => key !== undefined && rest !== '' && `/${key}`.startsWith(`${rest}/`));
  return placeIn(best.source, best.row.at, within >= 0 ? within : undefined);
}
