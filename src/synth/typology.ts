/**
 * Typologies as data: what a file of schema/typologies/ says (schema/typologies/typology.schema.json checks it),
 * read and checked here so that a mistake in a file is one clear line naming the file and the place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { UnusableInputError } from '../io/read-records.js';

export interface Range {
  min: number;
  max: number;
}

/** Who shares a contact point: each actor its own, all actors of the role one, or the first actor of another role's. */
export type Sharing = 'own' | 'sharedInRole' | { role: string };

export interface ActorSpec {
  role: string;
  count: Range;
  /** A customer of the bank (customer row and accounts) or a party outside it. */
  customer: boolean;
  customerType?: 'individual' | 'business';
  birthYear?: Range;
  accountType?: string;
  /** How long before the period the actor's account was opened; new accounts are a red flag of their own. */
  accountAgeDays?: Range;
  /** Country of an outside party's account (default: the bank's). */
  country?: string;
  /** An outside party paid by card: a merchant identifier instead of an account. */
  merchant?: boolean;
  address?: Sharing;
  phone?: Sharing;
  device?: Sharing;
  /** The actor also leads an ordinary financial life (salary, shopping, rent…). */
  background?: boolean;
  /** The role whose first actor employs this one (customers.employerId). */
  employedBy?: string;
  /** Whether the actor's customer and accounts are ground truth of the typology (default true for customers). */
  inTruth?: boolean;
  /** How the actor appears in the case report: a person with this personRole, an organisation with these roles, or not at all. */
  report?: { personRole: string; roleInProcess?: string[] } | { orgRoleInCase: string[]; sector?: string };
}

export type Amount =
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'logNormal'; median: number; sigma: number }
  | { dist: 'normal'; mean: number; sd: number; min?: number }
  | { dist: 'choice'; values: number[] }
  /** One amount per actor, drawn once, then repeated: instalments of a debt, a fixed wage. */
  | { dist: 'fixedPerActor'; min: number; max: number };

export type Schedule =
  | { kind: 'monthly'; dayOfMonth: Range }
  | { kind: 'rate'; perWeek: number }
  /** One event for each event of another flow that reached the same actor: money moved on after it arrived. */
  | { kind: 'after'; flow: string; delayHours: Range; share?: Range; probability?: number };

export interface FlowSpec {
  id: string;
  /** A role, or "cash" for money paid in or taken out in cash. */
  from: string;
  to: string;
  /** The role each of whose actors makes its own series of events (not needed for `after`). */
  per?: string;
  schedule: Schedule;
  amount?: Amount;
  /** Round amounts to a multiple of this (e.g. 10 for cash). */
  roundTo?: number;
  /** Local hours in which it happens; max may pass 24 to run past midnight. */
  hours: Range;
  channel: string;
  counterpartyType?: string;
  purpose?: string;
  merchantCategory?: string;
  /** Country where it happens or where the other side's account is (default: the bank's). */
  place?: string;
  /** Distinct terminals or branches used, drawn from a pool of this size per scheme. */
  terminals?: number;
  /** Reference text; {month} becomes YYYY-MM and {n} the actor's number in its role. */
  paymentReference?: string;
  description?: string;
  /** How the case report describes this flow (the investigator's view, which the bank's export does not have); not in a look-alike. */
  report?: { counterpartyType: string; directionRelativeToVictim: string; traffickingStage: string; purpose?: string };
}

export interface TypologyDefinition {
  id: string;
  title: string;
  description: string;
  /** How often this typology is planted relative to the others (of its kind: labelled or look-alike). */
  weight: number;
  /** A look-alike: legitimate activity resembling a typology, planted without label or case report. */
  benign?: boolean;
  durationDays: Range;
  actors: ActorSpec[];
  flows: FlowSpec[];
  /** The case report of one planted scheme: fixed sections, and indicators with the flows and roles that evidence them (none for a look-alike). */
  caseReport?: {
    template: Record<string, unknown>;
    indicators: { indicatorId: string; evidence: string[] }[];
  };
}

export interface BackgroundDefinition {
  employmentRate: number;
  customersPerEmployer: number;
  savingsAccountShare: number;
  birthYear: Range;
  /** Probability that two neighbouring customers form a household sharing one address. */
  householdShare: number;
  salary: { amount: Amount; dayOfMonth: Range };
  rent: { share: number; amount: Amount; dayOfMonth: Range };
  utilities: { merchantCategory: string; description: string; share: number; amount: Amount; dayOfMonth: Range }[];
  cardPurchases: {
    perMonth: number;
    merchantsPerCategory: number;
    categories: { merchantCategory: string; weight: number; amount: Amount; hours: Range; description: string; counterpartyType?: string }[];
  };
  friendTransfers: { perMonth: number; amount: Amount; hours: Range };
  cashWithdrawals: { perMonth: number; amount: Amount; atms: number };
  savingsTransfer: { amount: Amount; dayOfMonth: Range };
}

/** A typology as read, with the file it came from (for error messages). */
export type LoadedTypology = TypologyDefinition & { file: string };

export const TYPOLOGY_SCHEMA_FILE = 'typology.schema.json';
export const BACKGROUND_FILE = 'background.json';

function compile(dir: string, pointer: string) {
  const schema = JSON.parse(readFileSync(join(dir, TYPOLOGY_SCHEMA_FILE), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false });
  ajv.addSchema(schema, 'typology');
  return ajv.getSchema(`typology${pointer}`)!;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UnusableInputError('cannot be read', file);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnusableInputError(`is not JSON (${(error as Error).message}); fix the syntax`, file);
  }
}

function checked<T>(file: string, data: unknown, validate: ReturnType<typeof compile>): T {
  if (!validate(data)) {
    const e = validate.errors![0]!;
    throw new UnusableInputError(`${e.message ?? 'is not valid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}; see ${TYPOLOGY_SCHEMA_FILE}`, file, e.instancePath || '/');
  }
  return data as T;
}

/** Every range ({min, max}) anywhere in the file runs upwards. */
function checkRanges(file: string, value: unknown, pointer = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => checkRanges(file, v, `${pointer}/${i}`));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.min === 'number' && typeof o.max === 'number' && o.min > o.max) throw new UnusableInputError('min is greater than max; give min ≤ max', file, pointer || '/');
    for (const [k, v] of Object.entries(o)) checkRanges(file, v, `${pointer}/${k}`);
  }
}

/** Checks what JSON Schema cannot: ranges run upwards, roles named by flows exist, `after` flows follow a flow into the same role. */
function checkReferences(file: string, t: TypologyDefinition): void {
  checkRanges(file, t);
  const roles = new Set(t.actors.map((a) => a.role));
  const fail = (pointer: string, message: string) => {
    throw new UnusableInputError(message, file, pointer);
  };
  if (roles.size !== t.actors.length) fail('/actors', 'two actors have the same role; give each role once');
  t.actors.forEach((a, i) => {
    for (const kind of ['address', 'phone', 'device'] as const) {
      const s = a[kind];
      if (typeof s === 'object' && !roles.has(s.role)) fail(`/actors/${i}/${kind}/role`, `no actor has the role "${s.role}"`);
    }
    if (a.employedBy && !roles.has(a.employedBy)) fail(`/actors/${i}/employedBy`, `no actor has the role "${a.employedBy}"`);
  });
  const flows = new Map<string, FlowSpec>();
  t.flows.forEach((f, i) => {
    if (flows.has(f.id)) fail(`/flows/${i}/id`, `the flow id "${f.id}" is used twice`);
    for (const end of ['from', 'to'] as const) if (f[end] !== 'cash' && !roles.has(f[end])) fail(`/flows/${i}/${end}`, `no actor has the role "${f[end]}"`);
    if (f.schedule.kind === 'after') {
      const before = flows.get(f.schedule.flow);
      if (!before) fail(`/flows/${i}/schedule/flow`, `"${f.schedule.flow}" is not a flow listed before this one`);
      else if (before.to !== f.from) fail(`/flows/${i}/from`, `money moved on after "${before.id}" must leave from where it arrived ("${before.to}")`);
      if (!f.amount && !f.schedule.share) fail(`/flows/${i}/schedule`, 'give the share of the arriving amount moved on, or an amount');
    } else {
      if (!f.per || !roles.has(f.per)) fail(`/flows/${i}/per`, 'give per: the role whose actors each make their own series of events');
      if (!f.amount) fail(`/flows/${i}/amount`, 'give the amount distribution');
    }
    if (!t.benign && !f.report) fail(`/flows/${i}`, 'say how the case report describes the flow (report), or mark the typology a look-alike (benign)');
    flows.set(f.id, f);
  });
  t.caseReport?.indicators.forEach((ind, i) =>
    ind.evidence.forEach((e, j) => {
      if (!roles.has(e) && !flows.has(e)) fail(`/caseReport/indicators/${i}/evidence/${j}`, `"${e}" is neither a role nor a flow of this typology`);
    }),
  );
}

/** Reads every typology of the folder (all *.json files but the background and the schema), sorted by id. */
export function loadTypologies(dir: string): LoadedTypology[] {
  const validate = compile(dir, '');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== TYPOLOGY_SCHEMA_FILE && f !== BACKGROUND_FILE)
    .sort();
  const out = files.map((name) => {
    const file = join(dir, name);
    const t = checked<TypologyDefinition>(file, readJson(file), validate);
    checkReferences(file, t);
    return { ...t, file };
  });
  const ids = new Set<string>();
  for (const t of out) {
    if (ids.has(t.id)) throw new UnusableInputError(`two typology files have the id "${t.id}"`, dir);
    ids.add(t.id);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function loadBackground(dir: string): BackgroundDefinition {
  const file = join(dir, BACKGROUND_FILE);
  const background = checked<BackgroundDefinition>(file, readJson(file), compile(dir, '#/$defs/Background'));
  checkRanges(file, background);
  return background;
}
