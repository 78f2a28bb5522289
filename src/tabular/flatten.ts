/**
 * Reports → rows (export), the inverse of unflatten.ts: one case row per report, one row per item of every
 * list, in list order. What rows cannot say by their cells alone (a list that is present but empty, a section
 * present with nothing in it) is named in the `#empty` column.
 */
import type { CodeLookup } from './code-lookup.js';
import type { TableLayout, TabularLayout } from './layout.js';
import { getAt, isTree, type Tree } from './object-tree.js';
import { isMissingValue, writeCell, type OutCell } from './write-cell.js';

/** Rows of each table (by key), each row a list of cells in the order of the table's columns. */
export type FlatTables = Map<string, OutCell[][]>;

interface Placed {
  tree: Tree;
  /** The local identifier of the item, for its children's `#parent`. */
  id: unknown;
}

/** The rows of the given reports, appended to `into` (so that reports can be added one by one). */
export function flattenReports(layout: TabularLayout, reports: readonly unknown[], lookup: CodeLookup, into: FlatTables = new Map()): FlatTables {
  for (const table of layout.tables) if (!into.has(table.key)) into.set(table.key, []);
  const caseTable = layout.tables.find((t) => t.parent === undefined)!;
  for (const report of reports) {
    const caseId = isTree(report) && caseTable.idColumn ? report[caseTable.idColumn] : undefined;
    const itemsOf = new Map<string, Placed[]>([[caseTable.key, [{ tree: isTree(report) ? report : {}, id: caseId }]]]);
    for (const table of layout.tables) {
      const items: Placed[] = table === caseTable ? itemsOf.get(caseTable.key)! : [];
      if (table !== caseTable) {
        for (const parent of itemsOf.get(table.parent!) ?? []) {
          const link = layout.tables.find((t) => t.key === table.parent)!.childLists.find((l) => l.table === table.key)!;
          const list = getAt(parent.tree, link.pointer);
          if (!Array.isArray(list)) continue;
          for (const entry of list) {
            const tree = isTree(entry) ? entry : {};
            const row = rowOf(table, tree, lookup, caseId, parent.id);
            into.get(table.key)!.push(row);
            items.push({ tree, id: table.idColumn ? tree[table.idColumn] : undefined });
          }
        }
        itemsOf.set(table.key, items);
      } else into.get(table.key)!.push(rowOf(table, items[0]!.tree, lookup, caseId, undefined));
    }
  }
  return into;
}

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? undefined : JSON.stringify(v));

function rowOf(table: TableLayout, item: Tree, lookup: CodeLookup, caseId: unknown, parentId: unknown): OutCell[] {
  const cells = table.columns.map((column): OutCell => {
    switch (column.kind) {
      case 'case':
        return writeCell(column, text(caseId), lookup);
      case 'parent':
        return writeCell(column, text(parentId), lookup);
      case 'empty':
        return undefined;
      default: {
        if (column.missingReplacesParent) {
          const whole = getAt(item, column.pointer.slice(0, -1));
          if (isMissingValue(whole)) return writeCell(column, whole, lookup);
        }
        return writeCell(column, getAt(item, column.pointer), lookup);
      }
    }
  });
  const emptyAt = table.columns.findIndex((c) => c.kind === 'empty');
  if (emptyAt >= 0) {
    const names = emptyNames(table, item, cells);
    if (names.length > 0) cells[emptyAt] = writeCell(table.columns[emptyAt]!, names, lookup);
  }
  return cells;
}

/** Present lists with no items, and present sections that nothing else in the row shows. */
function emptyNames(table: TableLayout, item: Tree, cells: OutCell[]): string[] {
  const under = (prefix: string[], tokens: string[]) => prefix.every((t, i) => tokens[i] === t);
  const names: string[] = [];
  const lists = table.childLists.filter((l) => Array.isArray(getAt(item, l.pointer)));
  for (const list of lists) if ((getAt(item, list.pointer) as unknown[]).length === 0) names.push(list.pointer.join('/'));
  // Deepest sections first, so that a named inner section makes its outer one visible.
  const objects = [...table.objects].sort((a, b) => b.pointer.length - a.pointer.length);
  const shown: string[][] = [];
  for (const object of objects) {
    const value = getAt(item, object.pointer);
    if (!isTree(value) || isMissingValue(value)) continue;
    const visible =
      table.columns.some((c, i) => cells[i] !== undefined && c.pointer.length > 0 && under(object.pointer, c.pointer)) ||
      lists.some((l) => under(object.pointer, l.pointer)) ||
      shown.some((s) => under(object.pointer, s));
    if (!visible) {
      names.push(object.pointer.join('/'));
      shown.push(object.pointer);
    }
  }
  return names;
}
