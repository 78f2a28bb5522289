/**
 * Anonymises one case report for sharing under a profile: each data point is kept, dropped, banded, coarsened
 * or replaced by its keyed hash as the plan says; parts marked more strictly than the output are removed; the
 * marking, permitted purposes and onward-sharing rule of the output are set from the profile. Refuses, rather
 * than downgrades, reports the profile may not take.
 */
import { createHmac } from 'node:crypto';
import runtimeModel from '../generated/runtime-model.js';
import { isValid } from '../validate/finding.js';
import { escapeToken, isMissingValue, pointerTokens, valuesAt } from '../validate/paths.js';
import type { RuntimeField, RuntimeProfile } from '../validate/runtime-model.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { fieldsByPath } from '../validate/model-index.js';
import { bandFor } from './bands.js';
import { normaliseIdentifier } from './normalise.js';
import { actionFor, type Action } from './plan.js';
import { atLeastAsStrict, stricterOnward, stricterTlp } from './tlp.js';

type Json = Record<string, unknown>;

/** Why a report cannot be shared under a profile; says what to do. */
export class SharingRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(reason);
  }
}

export interface AnonymiseOptions {
  profile: string;
  /** The sharing group's secret key (at least 32 bytes); needed by profiles that hash identifiers. */
  key?: Uint8Array;
  /** Which key made the hashes, recorded next to them so recipients use the same one. */
  keyId?: string;
  /** US dollars per unit of each currency, for turning amounts into bands (USD needs none). */
  usdRates?: Record<string, number>;
}

/** What the anonymiser did that a person should know about, counted per kind. */
export type AnonymiseNotes = Record<string, number>;

export function getProfile(name: string): RuntimeProfile {
  const profile = runtimeModel.profiles[name];
  if (!profile) throw new SharingRefusal(`there is no sharing profile "${name}"`, `use one of: ${Object.keys(runtimeModel.profiles).join(', ')}`);
  return profile;
}

/** The marking a report is released at under a profile, or a refusal when the profile may not take it. */
export function outputMarking(inputTlp: string, profile: RuntimeProfile): string {
  if (!profile.acceptsTlp.includes(inputTlp)) {
    throw new SharingRefusal(
      `the report is marked ${inputTlp}, which the ${profile.name} profile does not accept (it takes ${profile.acceptsTlp.join(', ')})`,
      'share it under a profile meant for that marking; do not change the marking unless the originator agrees',
    );
  }
  if (profile.outputTlp === 'unchanged') return inputTlp;
  return profile.sanitising ? profile.outputTlp : stricterTlp(inputTlp, profile.outputTlp);
}

function ageBand(dateOfBirth: string, onDate: string): string | undefined {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && (d ?? 1) < bd) ? 1 : 0);
  if (!Number.isFinite(age) || age < 0) return undefined;
  return bandFor('ageBand', age);
}

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

interface Located {
  parent: Json | unknown[];
  key: string;
  pointer: string;
  value: unknown;
}

/** Every value at a model path, with its parent container, so it can be replaced or removed. */
function locate(data: unknown, path: string): Located[] {
  const parentPath = path.slice(0, path.lastIndexOf('/'));
  const key = pointerTokens(path).at(-1)!;
  const out: Located[] = [];
  for (const { pointer, value: parent } of valuesAt(data, parentPath)) {
    if (parent === null || typeof parent !== 'object') continue;
    if (key === '*') {
      if (Array.isArray(parent)) parent.forEach((v, i) => out.push({ parent, key: String(i), pointer: `${pointer}/${i}`, value: v }));
    } else if (!Array.isArray(parent) && Object.hasOwn(parent, key)) {
      out.push({ parent: parent as Json, key, pointer: `${pointer}/${escapeToken(key)}`, value: (parent as Json)[key] });
    }
  }
  return out;
}

/** Removes the values at these JSON pointers, deepest and last list items first so indexes stay right. */
function removePointers(data: Json, pointers: string[]): void {
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      const [x, y] = [Number(a[i]), Number(b[i])];
      return Number.isInteger(x) && Number.isInteger(y) ? y - x : b[i]!.localeCompare(a[i]!);
    }
    return b.length - a.length;
  };
  for (const tokens of pointers.map((p) => [...pointerTokens(p)]).sort(compare)) {
    const key = tokens.pop()!;
    let parent: unknown = data;
    for (const t of tokens) parent = parent !== null && typeof parent === 'object' ? (parent as Json)[t] : undefined;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (parent !== null && typeof parent === 'object') delete (parent as Json)[key];
  }
}

const setProperty = (target: Json, key: string, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** Anonymises a valid report; throws SharingRefusal when the profile may not take it. */
export function anonymiseReport(input: unknown, options: AnonymiseOptions, notes: AnonymiseNotes = {}): Json {
  const profile = getProfile(options.profile);
  const findings = validateCaseReport(input);
  if (!isValid(findings)) {
    throw new SharingRefusal(`the report is not valid (${findings.filter((f) => f.severity === 'error').length} error(s), first at ${findings.find((f) => f.severity === 'error')!.path || '/'})`, 'run htfds validate on it and fix it before sharing');
  }
  const report = structuredClone(input) as Json;
  const sharing = report.sharing as Json;
  const outTlp = outputMarking(String(sharing.tlp), profile);
  const purposes = (sharing.permittedPurposes as string[]).filter((p) => profile.allowedPurposes.includes(p));
  if (purposes.length === 0) {
    throw new SharingRefusal(`none of the report's permitted purposes (${(sharing.permittedPurposes as string[]).join(', ')}) is allowed under the ${profile.name} profile`, `the profile allows: ${profile.allowedPurposes.join(', ')}`);
  }
  const note = (kind: string) => (notes[kind] = (notes[kind] ?? 0) + 1);
  const applied = new Set<string>();

  // Parts marked more strictly than the output leave first; the record-level marking then covers the rest.
  const fieldTlps = Array.isArray(sharing.fieldLevelTlp) ? (sharing.fieldLevelTlp as { path: string; tlp: string }[]) : [];
  if (profile.outputTlp !== 'unchanged') {
    const tooStrict = fieldTlps.filter((f) => !atLeastAsStrict(outTlp, f.tlp)).map((f) => f.path);
    removePointers(report, tooStrict);
    for (let i = 0; i < tooStrict.length; i++) note('parts removed for their stricter marking');
    delete sharing.fieldLevelTlp;
  }

  for (const field of runtimeModel.fields) {
    const action = actionFor(field, profile, outTlp);
    if (action === 'keep') continue;
    for (const at of locate(report, field.path)) {
      if (applyAction(action, field, at, report, options, note)) applied.add(field.anonymisation);
    }
  }

  // An identifier left with neither its value, its hash nor its truncated form says nothing: remove it.
  for (const [path, oneOf] of Object.entries(runtimeModel.requiresOneOf)) {
    for (const at of locate(report, path)) {
      if (!Array.isArray(at.value)) continue;
      const kept = at.value.filter((item) => item !== null && typeof item === 'object' && oneOf.some((k) => Object.hasOwn(item, k)));
      if (kept.length === at.value.length) continue;
      if (kept.length === 0) delete (at.parent as Json)[at.key];
      else (at.parent as Json)[at.key] = kept;
    }
  }
  removeDanglingReferences(report, note);

  const out = report.sharing as Json;
  out.tlp = outTlp;
  out.permittedPurposes = purposes;
  out.onwardSharing = profile.onwardSharing === 'unchanged' ? out.onwardSharing : stricterOnward(String(out.onwardSharing), profile.onwardSharing);
  if (profile.outputTlp !== 'unchanged') {
    out.sanitised = true;
    const methods = new Set([...(Array.isArray(out.sanitisationMethods) ? (out.sanitisationMethods as string[]) : []), ...applied]);
    // In the code list's order, so that the output does not depend on the order fields were visited.
    out.sanitisationMethods = Object.keys(runtimeModel.codelists.anonymisationMethod?.codes ?? {}).filter((c) => methods.has(c));
  }
  return report;
}

/** Applies one action to one located value; returns whether it changed anything. */
function applyAction(action: Action, field: RuntimeField, at: Located, report: Json, options: AnonymiseOptions, note: (k: string) => void): boolean {
  const parent = at.parent as Json;
  const drop = () => {
    if (Array.isArray(at.parent)) return false;
    delete parent[at.key];
    return true;
  };
  if (action === 'drop') return drop();
  if (isMissingValue(at.value)) return false;
  switch (action) {
    case 'keepIfRedacted': {
      const sharing = report.sharing as Json;
      const redacted = field.path === '/narrativeSummary' ? report.narrativeRedacted === true : Array.isArray(sharing.sanitisationMethods) && (sharing.sanitisationMethods as string[]).includes('FREE');
      if (redacted) return false;
      note('free texts removed because the report does not say they were redacted');
      return drop();
    }
    case 'month':
      if (typeof at.value === 'string' && at.value.length > 7) parent[at.key] = at.value.slice(0, 7);
      return true;
    case 'quarter':
      if (typeof at.value === 'string') parent[at.key] = quarterOf(at.value);
      return true;
    case 'band':
      return bandValue(field, at, report, options, note);
    case 'hmac':
      // A value that is already a keyed hash is shared as it is.
      return field.kind === 'hmac' ? false : hashValue(field, at, options, note);
    default:
      return false;
  }
}

function bandValue(field: RuntimeField, at: Located, report: Json, options: AnonymiseOptions, note: (k: string) => void): boolean {
  const parent = at.parent as Json;
  if (field.kind === 'money' && at.value !== null && typeof at.value === 'object') {
    const money = at.value as Json;
    if (money.amountBand === undefined && typeof money.amount === 'number') {
      const rate = money.currency === 'USD' ? 1 : options.usdRates?.[String(money.currency)];
      if (rate === undefined) {
        note('amounts withheld because no exchange rate was given for their currency');
        // Money the schema requires cannot be removed: it becomes a missing value instead.
        if (field.required) parent[at.key] = { missing: 'withheldForSafety' };
        else delete parent[at.key];
        return true;
      }
      money.amountBand = bandFor('amountBand', money.amount * rate);
    }
    delete money.amount;
    return true;
  }
  if (field.kind === 'date' && field.path.endsWith('/dateOfBirth')) {
    // A date of birth becomes the person's age band on the date of the report.
    const onDate = typeof report.informationAsOf === 'string' ? report.informationAsOf : String(report.dateReported);
    if (parent.ageBand === undefined && typeof at.value === 'string') {
      const band = ageBand(at.value, onDate);
      if (band) setProperty(parent, 'ageBand', band);
    }
    delete parent[at.key];
    return true;
  }
  // Values that are already bands (count and sale bands) stay as they are.
  return false;
}

function hashValue(field: RuntimeField, at: Located, options: AnonymiseOptions, note: (k: string) => void): boolean {
  const parent = at.parent as Json;
  const parentPath = field.path.slice(0, field.path.lastIndexOf('/'));
  const hashField = `${at.key}Hmac`;
  const keyIdField = fieldsByPath.has(`${parentPath}/${at.key}KeyId`) ? `${at.key}KeyId` : 'keyId';
  if (!fieldsByPath.has(`${parentPath}/${hashField}`) || typeof at.value !== 'string') {
    delete parent[at.key];
    return true;
  }
  if (!options.key) throw new SharingRefusal('this profile replaces identifiers by keyed hashes, and no key was given', 'pass the sharing group\'s key with --key-file');
  const type = typeof parent.type === 'string' ? parent.type : typeof parent.scheme === 'string' ? parent.scheme : undefined;
  setProperty(parent, hashField, createHmac('sha256', options.key).update(normaliseIdentifier(type, at.value), 'utf8').digest('hex'));
  if (fieldsByPath.has(`${parentPath}/${keyIdField}`) && options.keyId) setProperty(parent, keyIdField, options.keyId);
  delete parent[at.key];
  note('identifiers replaced by keyed hashes');
  return true;
}

/** References to items that were removed would no longer resolve: remove them too. */
function removeDanglingReferences(report: Json, note: (k: string) => void): void {
  const ids = new Set<string>();
  for (const field of runtimeModel.fields.filter((f) => f.kind === 'id')) {
    for (const { value } of valuesAt(report, field.path)) if (typeof value === 'string') ids.add(value);
  }
  for (const field of runtimeModel.fields.filter((f) => f.kind === 'ref' || f.kind === 'refs')) {
    for (const at of locate(report, field.path)) {
      const parent = at.parent as Json;
      if (Array.isArray(at.value)) {
        const kept = at.value.filter((r) => typeof r === 'string' && ids.has(r));
        if (kept.length !== at.value.length) {
          note('references to removed items removed');
          if (kept.length === 0) delete parent[at.key];
          else parent[at.key] = kept;
        }
      } else if (typeof at.value === 'string' && !ids.has(at.value)) {
        note('references to removed items removed');
        delete parent[at.key];
      }
    }
  }
}
