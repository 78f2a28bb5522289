/**
 * Builds the tabular layout from the field model: the case and its sections become one table, every list of
 * objects becomes a table of its own (nested lists too, linked to their parent by its local identifier), and
 * every data point a column (an amount of money five). Nothing here names a field: it all follows the model.
 */
import type { ContainerEntry, FieldEntry, FieldModel, IndicatorDefinition, Sensitivity } from '../../model/field-model.js';
import { isOffered, offeredTitle } from '../../../src/types/indicator-catalogue.js';
import type {
  ChildListLayout, ColumnLayout, DropdownList, ListEntry, ObjectLayout, SectionSummary, TableLayout, TabularLayout,
} from '../../../src/tabular/layout.js';
import { YES_NO_LIST } from '../../../src/tabular/layout.js';
import { limitsOf, moneyParts, siblingOrder } from './schema-facts.js';

const CASE_TABLE = 'case';
const SENSITIVITY_ORDER: Sensitivity[] = ['P0', 'P1', 'P2', 'P3', 'P4'];
const highest = (levels: Sensitivity[]): Sensitivity => SENSITIVITY_ORDER[Math.max(0, ...levels.map((s) => SENSITIVITY_ORDER.indexOf(s)))]!;

const tokens = (path: string) => (path === '' ? [] : path.slice(1).split('/'));

/** `/persons/*\/identifiers` → `persons.identifiers`; the root → `case`. */
export function tableKeyOf(listPath: string): string {
  return listPath === '' ? CASE_TABLE : tokens(listPath).filter((t) => t !== '*').join('.');
}

/** The deepest list whose items hold `path` ('' when none does: the case itself). */
function owningList(path: string, lists: ContainerEntry[]): string {
  let owner = '';
  for (const list of lists) if (path.startsWith(`${list.path}/*/`) && list.path.length > owner.length) owner = list.path;
  return owner;
}

const itemPath = (listPath: string) => (listPath === '' ? '' : `${listPath}/*`);
/** Pointer tokens from the item of `listPath` to `path`. */
const relative = (listPath: string, path: string) => tokens(path.slice(itemPath(listPath).length));

/** The indicator column offers the catalogue as a drop-down, as code lists are offered (its IDs are checked against it). */
const INDICATOR_ID_PATH = '/indicators/*/indicatorId';
export const INDICATOR_LIST = 'indicatorCatalogue';

const YES_NO_ENTRIES: ListEntry[] = [
  { code: 'true', title: 'Yes', description: 'Yes: true.' },
  { code: 'false', title: 'No', description: 'No: false.' },
];

export function buildTabularLayout(model: FieldModel): TabularLayout {
  const lists = model.containers.filter((c) => c.kind === 'list');
  const containerAt = new Map(model.containers.map((c) => [c.path, c]));
  const parts = moneyParts(model);

  /** The containers from the root down to (not including) `path`. */
  const containersAbove = (path: string) => {
    const out: ContainerEntry[] = [];
    const t = tokens(path);
    for (let i = 1; i < t.length; i++) {
      const c = containerAt.get(`/${t.slice(0, i).join('/')}`);
      if (c) out.push(c);
    }
    return out;
  };
  const isCore = (path: string, obligation: string) => obligation !== 'optional' && containersAbove(path).every((c) => c.obligation !== 'optional');
  /** The objects between a list item (or the root) and `path`: all required means every row must answer. */
  const objectsBetween = (listPath: string, path: string) => containersAbove(path).filter((c) => c.kind === 'object' && c.path.length > itemPath(listPath).length);
  const groupOf = (listPath: string, path: string, tableTitle: string) => {
    const objects = objectsBetween(listPath, path).map((c) => c.title);
    return objects.length > 0 ? objects.join(' – ') : tableTitle;
  };
  const tableKeyOfRefTarget = (name: string) => {
    const list = lists.find((l) => !l.path.includes('*') && tokens(l.path).at(-1) === name);
    if (!list) throw new Error(`x-refTarget ${name} names no list of the report`);
    return tableKeyOf(list.path);
  };

  const fieldColumns = (listPath: string, field: FieldEntry, tableTitle: string): ColumnLayout[] => {
    const pointer = relative(listPath, field.path);
    const required = field.required && objectsBetween(listPath, field.path).every((c) => c.required);
    const common = {
      field: field.path,
      group: groupOf(listPath, field.path, tableTitle),
      sensitivity: field.sensitivity,
      core: isCore(field.path, field.obligation) && !field.deprecated,
      ...(field.deprecated ? { deprecated: `Deprecated since ${field.deprecated.since}: ${field.deprecated.reason}` } : {}),
    };
    if (field.kind === 'money') {
      return parts.map((part, i) => ({
        key: [...pointer, part.name].join('/'),
        pointer: [...pointer, part.name],
        kind: part.kind,
        many: false,
        ...(part.codelist ? { codelist: part.codelist } : {}),
        acceptsMissing: i === 0 && field.acceptsMissing,
        ...(i === 0 ? { missingReplacesParent: true } : {}),
        // The first part (the amount itself) carries the data point's own title.
        label: i === 0 ? field.title : `${field.title}: ${part.title.toLowerCase()}`,
        description: `${part.title} of “${field.title}”. ${field.description}`,
        required: i === 0 && required,
        ...common,
        ...(part.minimum !== undefined ? { minimum: part.minimum } : {}),
      }));
    }
    return [{
      key: pointer.join('/'),
      pointer,
      kind: field.kind,
      many: field.cardinality === 'many',
      ...(field.codelist ? { codelist: field.codelist } : field.path === INDICATOR_ID_PATH ? { codelist: INDICATOR_LIST } : {}),
      acceptsMissing: field.acceptsMissing,
      label: field.title,
      description: field.description,
      required,
      ...common,
      ...limitsOf(model, field.schemaPointer),
      ...(field.refTarget ? { refTables: field.refTarget.map(tableKeyOfRefTarget) } : {}),
    }];
  };

  const tableOf = (list: ContainerEntry | undefined): TableLayout => {
    const listPath = list?.path ?? '';
    const key = tableKeyOf(listPath);
    const title = list?.title ?? 'Case';
    const parentList = list ? owningList(list.path, lists) : undefined;
    const columns: ColumnLayout[] = [];
    const linking = { pointer: [], many: false, acceptsMissing: false, field: '', group: 'Links', sensitivity: 'P0' as const, core: true, required: false };
    if (list) {
      columns.push({ ...linking, key: '#case', kind: 'case', label: 'Case: record identifier', description: 'The record identifier of the case this row belongs to, as in the case sheet. Leave it empty when the workbook holds one case only.' });
    }
    if (list && parentList) {
      const parent = containerAt.get(parentList)!;
      columns.push({ ...linking, key: '#parent', kind: 'parent', label: `${parent.title}: local identifier`, description: `The local identifier of the item of “${parent.title}” (sheet ${tableKeyOf(parentList)}) this row belongs to.`, required: true });
    }
    const fields = model.fields.filter((f) => owningList(f.path, lists) === listPath);
    for (const field of fields) columns.push(...fieldColumns(listPath, field, title));

    const objects: ObjectLayout[] = model.containers
      .filter((c) => c.kind === 'object' && owningList(c.path, lists) === listPath)
      .map((c) => ({ pointer: relative(listPath, c.path), title: c.title, required: c.required }));
    const childLists: ChildListLayout[] = lists
      .filter((l) => l !== list && owningList(l.path, lists) === listPath)
      .map((l) => ({ table: tableKeyOf(l.path), pointer: relative(listPath, l.path), required: l.required }));
    if (objects.some((o) => !o.required) || childLists.length > 0) {
      const names = [...objects.filter((o) => !o.required).map((o) => o.pointer.join('/')), ...childLists.map((l) => l.pointer.join('/'))];
      columns.push({
        ...linking,
        key: '#empty',
        kind: 'empty',
        many: true,
        label: 'Empty lists and sections',
        description: `Name the lists you checked and found empty, separated by ; (an empty list means “none”). Possible names: ${names.join('; ')}.`,
      });
    }
    // Items of a list are known by their local identifier; a case by its record identifier, the one required UUID of the root.
    const keys = fields.filter((f) => relative(listPath, f.path).length === 1 && (list ? f.kind === 'id' : f.kind === 'uuid' && f.required));
    if (!list && keys.length !== 1) throw new Error('the case report needs exactly one required UUID at its root to link rows to their case');
    const idField = keys[0];
    return {
      key,
      path: listPath,
      title,
      description: list?.description ?? 'The case: what kind of report it is, the sharing markings, consent and provenance, and every section that is not a list.',
      ...(list ? { parent: tableKeyOf(parentList!) } : {}),
      ...(idField ? { idColumn: relative(listPath, idField.path).join('/') } : {}),
      columns,
      objects,
      childLists,
      core: list ? isCore(list.path, list.obligation) : true,
      sensitivity: highest(fields.map((f) => f.sensitivity)),
    };
  };

  const tables = [tableOf(undefined), ...lists.map(tableOf)];
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.key)) throw new Error(`two lists give the table name ${table.key}`);
    seen.add(table.key);
    // Rows of a nested list point at their parent item by its identifier; without one they could not be linked.
    if (table.parent && table.parent !== CASE_TABLE && !tables.find((t) => t.key === table.parent)?.idColumn) {
      throw new Error(`the list ${table.path} is inside list items without a local identifier, so its rows cannot be linked`);
    }
  }

  return {
    version: model.version,
    tables,
    lists: dropdownLists(model, tables),
    missingReasons: codeEntries(model, 'missingReason'),
    sections: sections(model, tables),
    keyOrder: keyOrder(model, parts.map((p) => p.name)),
  };
}

/** An indicator as the workbook's list describes it: its paraphrase, whom it describes, and a warning when unverified. */
function indicatorEntryDescription(model: FieldModel, indicator: IndicatorDefinition): string {
  const subjects = model.codelists.get('indicatorSubject')?.codes ?? [];
  const describes = indicator.subject.map((s) => subjects.find((c) => c.code === s)?.title ?? s).join('; ');
  const unverified = indicator.verification === 'unverified' ? ' Unverified: nobody has yet found it in its source; do not rely on it alone.' : '';
  return `${indicator.paraphrase} Describes: ${describes}.${unverified}`;
}

function codeEntries(model: FieldModel, name: string): ListEntry[] {
  const list = model.codelists.get(name);
  if (!list) throw new Error(`the model has no code list ${name}`);
  return list.codes.map((c) => ({ code: c.code, title: c.title, description: c.description }));
}

function dropdownLists(model: FieldModel, tables: TableLayout[]): DropdownList[] {
  const withMissing = new Map<string, boolean>();
  for (const column of tables.flatMap((t) => t.columns)) {
    const name = column.kind === 'boolean' ? YES_NO_LIST : column.codelist;
    if (name) withMissing.set(name, (withMissing.get(name) ?? false) || column.acceptsMissing);
  }
  return [...withMissing.keys()].sort().map((name) => {
    if (name === YES_NO_LIST) return { name, title: 'Yes or no', open: false, entries: YES_NO_ENTRIES, withMissing: withMissing.get(name)! };
    if (name === INDICATOR_LIST) {
      // Withdrawn indicators stay valid but are not offered; the list is open so that one can still be kept.
      // Unverified and deprecated ones say so in their title, and each says whom it describes.
      const entries = model.indicators.filter(isOffered).map((i) => ({ code: i.id, title: offeredTitle(i), description: indicatorEntryDescription(model, i) }));
      return { name, title: 'Red-flag indicator catalogue', open: true, entries, withMissing: withMissing.get(name)! };
    }
    const list = model.codelists.get(name)!;
    return { name, title: list.title, open: list.open, entries: codeEntries(model, name), withMissing: withMissing.get(name)! };
  });
}

function sections(model: FieldModel, tables: TableLayout[]): SectionSummary[] {
  const top = model.containers.filter((c) => tokens(c.path).length === 1);
  const rootFields = model.fields.filter((f) => f.section === '');
  const out: SectionSummary[] = [{
    title: 'Case',
    description: 'What kind of report this is, who makes it, the kind of exploitation and the countries involved.',
    table: CASE_TABLE,
    sensitivity: highest(rootFields.map((f) => f.sensitivity)),
    core: true,
  }];
  for (const section of top) {
    const inside = model.fields.filter((f) => f.path.startsWith(`${section.path}/`));
    const table = section.kind === 'list' ? tableKeyOf(section.path) : CASE_TABLE;
    out.push({
      title: section.title,
      description: section.description,
      table,
      sensitivity: highest(inside.map((f) => f.sensitivity)),
      core: section.obligation !== 'optional' && tables.some((t) => t.key === table && t.core),
    });
  }
  return out;
}

function keyOrder(model: FieldModel, moneyPartNames: string[]): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const field of model.fields) {
    const parent = field.path.slice(0, field.path.lastIndexOf('/'));
    order[parent] ??= siblingOrder(model, field.schemaPointer);
    if (field.kind === 'money') order[field.path] = moneyPartNames;
  }
  return order;
}
