/**
 * What changed between two versions of the standard, field by field and code by code, each change classified
 * by semantic versioning for standards: major when some data valid before becomes invalid, minor for new
 * optional things (and deprecations), patch for wording and additions to open code lists.
 */
import type { Constraints, FieldEntry, FieldModel } from '../model/field-model.js';

export type Level = 'major' | 'minor' | 'patch';

export type ChangeKind =
  | 'field-added' | 'field-removed' | 'field-renamed' | 'field-made-required' | 'field-made-optional'
  | 'type-narrowed' | 'type-widened' | 'field-deprecated' | 'wording-changed'
  | 'code-added' | 'code-removed' | 'code-deprecated' | 'code-wording-changed' | 'codelist-opened' | 'codelist-closed'
  | 'codelist-added' | 'codelist-removed';

export interface Change {
  kind: ChangeKind;
  level: Level;
  /** The field path, or `codelist:<name>` / `codelist:<name>/<code>`. */
  subject: string;
  message: string;
}

/** A field moved to another path between the versions (from the upgrade steps). */
export interface Rename {
  from: string;
  to: string;
}

const LEVELS: Level[] = ['patch', 'minor', 'major'];
/** The bump a list of changes requires: the highest level among them, or none. */
export function requiredBump(changes: readonly Change[]): Level | 'none' {
  return changes.reduce<Level | 'none'>((acc, c) => (acc === 'none' || LEVELS.indexOf(c.level) > LEVELS.indexOf(acc) ? c.level : acc), 'none');
}

/** Whether `next` accepts everything `previous` accepted (true), or may reject some of it (false). */
function constraintsWidened(previous: Constraints, next: Constraints): { narrowed: string[]; widened: string[] } {
  const narrowed: string[] = [];
  const widened: string[] = [];
  const lower = (key: 'minimum' | 'minLength' | 'minItems') => {
    const [a, b] = [previous[key], next[key]];
    if (a === b) return;
    if (b !== undefined && (a === undefined || b > a)) narrowed.push(`${key} ${a ?? 'none'} → ${b}`);
    else widened.push(`${key} ${a} → ${b ?? 'none'}`);
  };
  const upper = (key: 'maximum' | 'maxLength' | 'maxItems') => {
    const [a, b] = [previous[key], next[key]];
    if (a === b) return;
    if (b !== undefined && (a === undefined || b < a)) narrowed.push(`${key} ${a ?? 'none'} → ${b}`);
    else widened.push(`${key} ${a} → ${b ?? 'none'}`);
  };
  lower('minimum');
  lower('minLength');
  lower('minItems');
  upper('maximum');
  upper('maxLength');
  upper('maxItems');
  for (const key of ['pattern', 'format'] as const) {
    if (previous[key] === next[key]) continue;
    // A new or different pattern or format may reject old values; only removing one surely accepts them all.
    if (next[key] === undefined) widened.push(`${key} removed`);
    else narrowed.push(`${key} ${previous[key] === undefined ? 'added' : 'changed'}`);
  }
  return { narrowed, widened };
}

function compareField(previous: FieldEntry, next: FieldEntry, model: { previous: FieldModel; next: FieldModel }, out: Change[]): void {
  const at = next.path;
  if (!previous.required && next.required) out.push({ kind: 'field-made-required', level: 'major', subject: at, message: `${at} is now required: reports without it become invalid` });
  if (previous.required && !next.required) out.push({ kind: 'field-made-optional', level: 'minor', subject: at, message: `${at} is now optional` });
  const narrowed: string[] = [];
  const widened: string[] = [];
  if (previous.kind !== next.kind) {
    const codeToText = (previous.kind === 'code' && ['string', 'text'].includes(next.kind)) || (previous.kind === 'codes' && next.kind === 'strings');
    (codeToText ? widened : narrowed).push(`kind ${previous.kind} → ${next.kind}`);
  }
  if (previous.cardinality !== next.cardinality) narrowed.push(`${previous.cardinality} value(s) → ${next.cardinality}`);
  if (previous.acceptsMissing !== next.acceptsMissing) (next.acceptsMissing ? widened : narrowed).push(next.acceptsMissing ? 'now accepts a missing value' : 'no longer accepts a missing value');
  if (previous.codelist !== next.codelist && previous.codelist && next.codelist) {
    const before = new Set(model.previous.codelists.get(previous.codelist)?.codes.map((c) => c.code));
    const after = new Set(model.next.codelists.get(next.codelist)?.codes.map((c) => c.code));
    ([...before].every((c) => after.has(c)) ? widened : narrowed).push(`code list ${previous.codelist} → ${next.codelist}`);
  }
  const constraints = constraintsWidened(previous.constraints, next.constraints);
  narrowed.push(...constraints.narrowed);
  widened.push(...constraints.widened);
  if (narrowed.length > 0) out.push({ kind: 'type-narrowed', level: 'major', subject: at, message: `${at} accepts less than before (${narrowed.join('; ')})` });
  else if (widened.length > 0) out.push({ kind: 'type-widened', level: 'minor', subject: at, message: `${at} accepts more than before (${widened.join('; ')})` });
  if (!previous.deprecated && next.deprecated) out.push({ kind: 'field-deprecated', level: 'minor', subject: at, message: `${at} is deprecated: ${next.deprecated.reason}` });
  if (previous.title !== next.title || previous.description !== next.description) out.push({ kind: 'wording-changed', level: 'patch', subject: at, message: `${at}: ${previous.title !== next.title ? 'title' : 'description'} reworded` });
}

/** A path after the renames: the most specific one that names it or a section above it (a moved section takes its fields along). */
export function renamedPath(path: string, renames: readonly Rename[]): string {
  let best: Rename | undefined;
  for (const r of renames) if ((path === r.from || path.startsWith(`${r.from}/`)) && r.from.length > (best?.from.length ?? -1)) best = r;
  return best ? best.to + path.slice(best.from.length) : path;
}

/** The section or list a field or container is in: /persons/*\/sanctions/*\/id → /persons/*\/sanctions, /consent/scope → /consent. */
function parentContainer(path: string): string {
  const parent = path.slice(0, path.lastIndexOf('/'));
  return parent.endsWith('/*') ? parent.slice(0, -2) : parent;
}

/** Every change from `previous` to `next`; renamed fields are reported as renames, not as a removal and an addition. */
export function diffModels(previous: FieldModel, next: FieldModel, renames: readonly Rename[] = []): Change[] {
  const changes: Change[] = [];
  const before = new Map(previous.fields.map((f) => [f.path, f]));
  const after = new Map(next.fields.map((f) => [f.path, f]));
  const renamedFrom = (path: string) => renamedPath(path, renames.map((r) => ({ from: r.to, to: r.from })));
  const renamedTo = (path: string) => renamedPath(path, renames);

  // A requirement binds the reports valid before only where they could already have its parent: a required field of
  // a new optional section or list (such as each item's id) breaks nothing; the new section itself is what to report.
  const containersBefore = new Set(previous.containers.map((c) => c.path));
  const existedBefore = (container: string) => container === '' || containersBefore.has(renamedFrom(container));
  const requiredNew = (path: string, required: boolean) => required && existedBefore(parentContainer(path));
  for (const container of next.containers) {
    if (existedBefore(container.path) || !requiredNew(container.path, container.required)) continue;
    changes.push({ kind: 'field-added', level: 'major', subject: container.path, message: `${container.path} added as a required ${container.kind === 'list' ? 'list' : 'section'}: reports without it become invalid` });
  }
  for (const field of next.fields) {
    const oldPath = renamedFrom(field.path);
    const old = before.get(oldPath);
    if (!old) {
      changes.push(requiredNew(field.path, field.required)
        ? { kind: 'field-added', level: 'major', subject: field.path, message: `${field.path} added as a required field: reports without it become invalid` }
        : { kind: 'field-added', level: 'minor', subject: field.path, message: field.required ? `${field.path} added (required in ${parentContainer(field.path)}, which is new)` : `${field.path} added (${field.obligation})` });
      continue;
    }
    if (oldPath !== field.path) changes.push({ kind: 'field-renamed', level: 'major', subject: field.path, message: `${oldPath} renamed to ${field.path}: reports using the old name become invalid until upgraded` });
    compareField(old, field, { previous, next }, changes);
  }
  for (const field of previous.fields) {
    if (after.has(renamedTo(field.path))) continue;
    changes.push({ kind: 'field-removed', level: 'major', subject: field.path, message: `${field.path} removed: reports that use it become invalid` });
  }

  // A bundled schema carries no code titles, deprecations or codes of open lists: those are not compared.
  const partial = previous.fromBundle === true || next.fromBundle === true;
  for (const [name, list] of next.codelists) {
    const old = previous.codelists.get(name);
    const subject = `codelist:${name}`;
    if (!old) {
      // A bundle holds only the lists the case report uses (not those of the catalogue or the profiles).
      if (previous.fromBundle) continue;
      changes.push({ kind: 'codelist-added', level: 'minor', subject, message: `code list ${name} added` });
      continue;
    }
    if (old.open && !list.open) changes.push({ kind: 'codelist-closed', level: 'major', subject, message: `code list ${name} is now closed: codes outside it become invalid` });
    if (!old.open && list.open) changes.push({ kind: 'codelist-opened', level: 'minor', subject, message: `code list ${name} is now open: other codes are accepted with a warning` });
    if (partial && (old.open || list.open)) continue;
    const oldCodes = new Map(old.codes.map((c) => [c.code, c]));
    const newCodes = new Map(list.codes.map((c) => [c.code, c]));
    for (const code of list.codes) {
      const was = oldCodes.get(code.code);
      const at = `${subject}/${code.code}`;
      if (!was) changes.push({ kind: 'code-added', level: list.open ? 'patch' : 'minor', subject: at, message: `code ${code.code} added to the ${list.open ? 'open' : 'closed'} code list ${name}` });
      else if (!partial) {
        if (!was.deprecated && code.deprecated) changes.push({ kind: 'code-deprecated', level: 'minor', subject: at, message: `code ${code.code} of ${name} deprecated: ${code.deprecated.note}` });
        if (was.title !== code.title || was.description !== code.description) changes.push({ kind: 'code-wording-changed', level: 'patch', subject: at, message: `code ${code.code} of ${name} reworded` });
      }
    }
    for (const code of old.codes) {
      if (newCodes.has(code.code)) continue;
      // Removing a code from an open list keeps old data valid (with a warning); from a closed list it does not.
      changes.push({ kind: 'code-removed', level: list.open ? 'minor' : 'major', subject: `${subject}/${code.code}`, message: `code ${code.code} removed from ${name}${list.open ? '' : ': reports that use it become invalid'}` });
    }
  }
  for (const name of previous.codelists.keys()) {
    if (!next.codelists.has(name) && !next.fromBundle) changes.push({ kind: 'codelist-removed', level: 'minor', subject: `codelist:${name}`, message: `code list ${name} no longer used` });
  }
  return changes;
}
