/**
 * Which data points each rule beyond the schema looks at, derived from a runtime model. One definition for the
 * rules that write findings (rules.ts) and for the generator of their verdict-only check
 * (generators/validators/generate-rules-verdict.ts), so that the two can never look at different fields.
 */
import { pointerTokens } from './paths.js';
import type { RuntimeField, RuntimeModel } from './runtime-model.js';

/** Markings that allow wide sharing: reports marked so must carry no direct identifiers (P4 data). */
export const OPEN_MARKINGS: ReadonlySet<string> = new Set(['TLP:CLEAR', 'TLP:GREEN']);

/** Where indicator IDs are, checked against the catalogue. */
export const INDICATOR_PATH = '/indicators/*/indicatorId';

/** Observation statuses that lean on an indicator: an unverified (provisional) one draws a warning under them. */
export const LEANING_STATUSES: ReadonlySet<string> = new Set(['observed', 'suspected']);

/** Dates and months both compare correctly as text; a month is compared with the month of a date. */
export const laterThan = (a: string, b: string) => (a.length === b.length ? a > b : a.slice(0, b.length) > b.slice(0, a.length));

export interface OrderedPair {
  start: RuntimeField;
  end: RuntimeField;
  /** The path of the object holding both, and the two property names. */
  parentPath: string;
  from: string;
  to: string;
}

export interface RuleTargets {
  /** The lists items can be referenced in (x-refTarget names) → their path in a report. */
  listPaths: Record<string, string>;
  /** Identifier fields → the top-level list whose items they identify (only those can be referenced), if any. */
  idFields: Map<RuntimeField, string | undefined>;
  refFields: RuntimeField[];
  /** Pairs of fields that must be in order: xStart ≤ xEnd, periodStart ≤ periodEnd, openedX ≤ closedX. */
  orderedPairs: OrderedPair[];
  /** Dates of events; the report's own date and forward-looking dates (retention) are not events. */
  datedFields: RuntimeField[];
  /** Fields that can produce code warnings: deprecated ones, and those whose code list is open or has deprecated codes. */
  codeCheckedFields: RuntimeField[];
  /** Whether a code list can produce warnings (open, or with deprecated codes). */
  needsCodeCheck: (listName: string | undefined) => boolean;
  /** The parts of an amount whose code lists can produce warnings, with their list. */
  moneyCodeParts: [string, string][];
  /** Direct identifiers, refused in reports marked for wide sharing. */
  p4Fields: RuntimeField[];
}

export function ruleTargets(model: RuntimeModel): RuleTargets {
  const { fields, codelists } = model;
  const listPaths: Record<string, string> = Object.fromEntries(
    Object.keys(model.containers)
      .filter((p) => !p.includes('*'))
      .map((p) => [pointerTokens(p).at(-1)!, p]),
  );
  const idFields = new Map(fields.filter((f) => f.kind === 'id').map((field) => {
    const list = pointerTokens(field.path).at(-3);
    return [field, list && listPaths[list] === field.path.slice(0, -'/*/id'.length) ? list : undefined];
  }));
  const orderedPairs = fields.flatMap((start): OrderedPair[] => {
    const m = /^(.*\/)(.*)Start$/.exec(start.path) ?? /^(.*\/)opened(.*)$/.exec(start.path);
    if (!m) return [];
    const endPath = start.path.endsWith('Start') ? `${m[1]}${m[2]}End` : `${m[1]}closed${m[2]}`;
    const end = fields.find((f) => f.path === endPath);
    if (!end) return [];
    return [{ start, end, parentPath: start.path.slice(0, start.path.lastIndexOf('/')), from: pointerTokens(start.path).at(-1)!, to: pointerTokens(end.path).at(-1)! }];
  });
  const needsCodeCheck = (listName: string | undefined) => {
    const list = listName ? codelists[listName] : undefined;
    return list !== undefined && (list.open || Object.keys(list.deprecated).length > 0);
  };
  const moneyCodeParts = Object.entries(model.moneyCodes).filter(([, listName]) => needsCodeCheck(listName));
  return {
    listPaths,
    idFields,
    refFields: fields.filter((f) => f.kind === 'ref' || f.kind === 'refs'),
    orderedPairs,
    datedFields: fields.filter((f) => (f.kind === 'date' || f.kind === 'yearMonth') && f.path !== '/dateReported' && !f.path.includes('retention')),
    codeCheckedFields: fields.filter((f) => f.deprecated || needsCodeCheck(f.codelist) || (f.kind === 'money' && moneyCodeParts.length > 0)),
    needsCodeCheck,
    moneyCodeParts,
    p4Fields: fields.filter((f) => f.sensitivity === 'P4'),
  };
}
