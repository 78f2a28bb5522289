/**
 * datapackage.json for the CSV package (Frictionless Data Package 2.0): one tabular resource per table with
 * its fields' types, code lists (as categories and, for closed lists, an enum), keys linking rows to their
 * case and parent item, references between tables, and the missing-value tokens. `htfds:` properties carry
 * what the Frictionless vocabulary has no word for: the JSON pointer, sensitivity class and code list.
 */
import { missingToken, NONE_TOKEN } from '../cell-text.js';
import type { ColumnLayout, TableLayout, TabularLayout } from '../layout.js';

export const CODELISTS_FILE = 'codelists.csv';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const csvFileOf = (table: string) => `${table}.csv`;

const DIALECT = { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n' };

function fieldOf(column: ColumnLayout, table: TableLayout, layout: TabularLayout): Record<string, unknown> {
  const tables = layout.tables;
  const list = column.codelist ? layout.lists.find((l) => l.name === column.codelist) : undefined;
  const type =
    column.many ? { type: 'list', delimiter: ';', itemType: 'string' }
    : column.kind === 'date' ? { type: 'date' }
    : column.kind === 'yearMonth' ? { type: 'yearmonth' }
    : column.kind === 'boolean' ? { type: 'boolean', trueValues: ['true'], falseValues: ['false'] }
    : column.kind === 'number' ? { type: 'number' }
    : column.kind === 'integer' ? { type: 'integer' }
    : column.kind === 'uuid' ? { type: 'string', format: 'uuid' }
    : { type: 'string' };
  const constraints = {
    ...(column.required && !column.acceptsMissing ? { required: true } : {}),
    ...(column.minimum !== undefined ? { minimum: column.minimum } : {}),
    ...(column.maxLength !== undefined && !column.many ? { maxLength: column.maxLength } : {}),
    ...(list && !list.open && !column.many ? { enum: list.entries.map((e) => e.code) } : {}),
  };
  const refTables = column.refTables?.filter((t) => tables.some((x) => x.key === t));
  return {
    name: column.key,
    title: column.label,
    description: column.deprecated ? `${column.description} ${column.deprecated}` : column.description,
    ...type,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(list && !column.many ? { categories: list.entries.map((e) => ({ value: e.code, label: e.title })) } : {}),
    ...(column.pointer.length > 0 ? { 'htfds:pointer': `${table.path === '' ? '' : `${table.path}/*`}/${column.pointer.join('/')}` } : {}),
    'htfds:sensitivity': column.sensitivity,
    ...(column.codelist ? { 'htfds:codelist': column.codelist } : {}),
    ...(column.acceptsMissing ? { 'htfds:acceptsMissing': true } : {}),
    ...(refTables && refTables.length > 0 ? { 'htfds:refersTo': refTables } : {}),
  };
}

function keysOf(table: TableLayout, tables: readonly TableLayout[]) {
  const caseTable = tables.find((t) => t.parent === undefined)!;
  const has = (key: string) => table.columns.some((c) => c.key === key);
  const primaryKey = table.parent === undefined ? [table.idColumn!] : table.idColumn ? ['#case', table.idColumn] : undefined;
  const foreignKeys: unknown[] = [];
  if (table.parent !== undefined) foreignKeys.push({ fields: ['#case'], reference: { resource: caseTable.key, fields: [caseTable.idColumn] } });
  if (table.parent !== undefined && table.parent !== caseTable.key && has('#parent')) {
    const parent = tables.find((t) => t.key === table.parent)!;
    foreignKeys.push({ fields: ['#case', '#parent'], reference: { resource: parent.key, fields: ['#case', parent.idColumn] } });
  }
  // A single reference that can point into one table only is a foreign key (rows of the case table link by record identifier, not by #case).
  for (const column of table.columns) {
    const target = column.kind === 'ref' && column.refTables?.length === 1 ? tables.find((t) => t.key === column.refTables![0]) : undefined;
    if (target?.idColumn && table.parent !== undefined) foreignKeys.push({ fields: ['#case', column.key], reference: { resource: target.key, fields: ['#case', target.idColumn] } });
  }
  return { ...(primaryKey ? { primaryKey } : {}), ...(foreignKeys.length > 0 ? { foreignKeys } : {}) };
}

export function dataPackage(layout: TabularLayout, variant: 'full' | 'core'): Record<string, unknown> {
  const missingValues = ['', NONE_TOKEN, ...layout.missingReasons.map((r) => missingToken(r.code))];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `htfds-case-reports-${variant}`,
    title: `HTFDS case reports (${variant === 'full' ? 'every field' : 'core fields only'})`,
    description:
      'Case reports of the Human Trafficking Financial Data Standard as tables: one row per case in case.csv, one row per item of each list in its own file, linked to the case by #case (its record identifier) and to a parent item by #parent (its local identifier). ' +
      `An empty cell is no answer; ${NONE_TOKEN} is an empty list; (missing: reason) says why an answer is missing; several values are separated by ; (a literal ; is written \\;). ` +
      'A leading apostrophe marks literal text and is not part of the value. The empty lists and sections of a row are named in its #empty column. Convert to JSON with `htfds import <folder>`.',
    version: layout.version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    'htfds:missingReasons': layout.missingReasons.map((r) => ({ token: missingToken(r.code), code: r.code, title: r.title })),
    resources: [
      ...layout.tables.map((table) => ({
        name: table.key,
        title: table.title,
        description: table.description,
        path: csvFileOf(table.key),
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: DIALECT,
        'htfds:sensitivity': table.sensitivity,
        schema: {
          $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
          fields: table.columns.map((c) => fieldOf(c, table, layout)),
          missingValues,
          ...keysOf(table, layout.tables),
        },
      })),
      {
        name: 'codelists',
        title: 'Code lists',
        description: 'Every code list used by the tables: one row per code, with its title and meaning.',
        path: CODELISTS_FILE,
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: DIALECT,
        schema: {
          $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
          fields: ['list', 'code', 'title', 'description'].map((name) => ({ name, type: 'string', constraints: { required: name !== 'description' } })),
          primaryKey: ['list', 'code'],
        },
      },
    ],
  };
}
