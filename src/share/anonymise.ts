/**
 * Anonymises one case report for sharing under a profile: each data point is kept, dropped, banded, coarsened
 * or replaced by its keyed hash as the plan says; parts marked more strictly than the output are removed; the
 * marking, permitted purposes and onward-sharing rule of the output are set from the profile. Refuses, rather
 * than downgrades, reports the profile may not take.
 *
 * When the output leaves the organisation, what is kept passes an allow-list: every string is a code of a list,
 * a band or coarsened date, a keyed hash made with the group's key, an identifier made here, or a value whose
 * form proves what it is (src/share/safe-values.ts). Anything else is removed and counted.
 */
import runtimeModel from '../generated/runtime-model.js';
import { isValid, type Finding } from '../validate/finding.js';
import { forEachAtTokens, isMissingValue, modelPath, pointerTokens, valuesAt } from '../validate/paths.js';
import { cloneJson } from '../io/clone-json.js';
import type { RuntimeField, RuntimeProfile } from '../validate/runtime-model.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { fieldsByPath } from '../validate/model-index.js';
import { ageOn, bandFor } from './bands.js';
import { schemeBeside } from './normalise.js';
import { actionFor, leavesOrganisation, removesDataPoint, type Action } from './plan.js';
import { checkAgainstProfileSchema } from './profile-schema-check.js';
import { keyIdPathFor as keyIdPathIn } from './key-ids.js';
import { identifierHash, nodeKeyedHash, toHex, type KeyedHash } from './keyed-hash.js';
import { SharingRefusal } from './refusal.js';
import { withholdParts } from './withhold.js';
import { safePlace } from './safe-place.js';
import { hasSafeForm, SAFE_FORMS, truncateIdentifier } from './safe-values.js';
import { atLeastAsStrict, stricterOnward, stricterTlp } from './tlp.js';

type Json = Record<string, unknown>;

export { SharingRefusal };

export interface AnonymiseOptions {
  profile: string;
  /** The sharing group's secret key (at least 32 bytes); needed by profiles that hash identifiers. */
  key?: Uint8Array;
  /** Which key made the hashes, recorded next to them so recipients use the same one; keyed hashes made with another key are removed. */
  keyId?: string;
  /** US dollars per unit of each currency, for turning amounts into bands (USD needs none). */
  usdRates?: Record<string, number>;
  /** Makes the record identifiers of profiles that issue fresh ones; random UUIDs unless set (documentation examples set it to stay reproducible). */
  freshRecordId?: () => string;
  /**
   * The input was already anonymised under this profile by a member holding the group's key (a sharing hub,
   * which holds no key, re-shapes such submissions): its record identifiers were derived from that key, so they
   * are kept rather than derived again. Profiles that issue fresh identifiers still do.
   */
  recordIdsKeyedBySubmitter?: boolean;
  /** How keyed hashes are made; Node's HMAC-SHA-256 unless set (a browser passes one backed by Web Crypto). */
  keyedHash?: KeyedHash;
}

/** What the anonymiser did that a person should know about, counted per kind. */
export type AnonymiseNotes = Record<string, number>;

export function getProfile(name: string): RuntimeProfile {
  const profile = Object.hasOwn(runtimeModel.profiles, name) ? runtimeModel.profiles[name] : undefined;
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
  const age = ageOn(dateOfBirth, onDate);
  return age === undefined ? undefined : bandFor('ageBand', age);
}

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

interface Located {
  parent: Json | unknown[];
  key: string;
  value: unknown;
}

/** A model path split once, for the walks every report makes: the tokens of its parent and its last token. */
const splitPaths = new Map<string, { parent: readonly string[]; key: string }>();
function splitPath(path: string): { parent: readonly string[]; key: string } {
  let split = splitPaths.get(path);
  if (split === undefined) {
    const tokens = pointerTokens(path);
    split = { parent: tokens.slice(0, -1), key: tokens.at(-1)! };
    splitPaths.set(path, split);
  }
  return split;
}

/** Every value at a model path, with its parent container, so it can be replaced or removed (no pointers built: nothing here needs them). */
function locate(data: unknown, path: string): Located[] {
  const { parent: parentTokens, key } = splitPath(path);
  const out: Located[] = [];
  forEachAtTokens(data, parentTokens, (parent) => {
    if (parent === null || typeof parent !== 'object') return;
    if (key === '*') {
      if (Array.isArray(parent)) parent.forEach((v, i) => out.push({ parent, key: String(i), value: v }));
    } else if (!Array.isArray(parent) && Object.hasOwn(parent, key)) {
      out.push({ parent: parent as Json, key, value: (parent as Json)[key] });
    }
  });
  return out;
}

/** Each field's action under a profile and an output marking, worked out once: the same for every report so released. */
const actionCache = new WeakMap<RuntimeProfile, Map<string, readonly Action[]>>();
function actionsFor(profile: RuntimeProfile, outTlp: string): readonly Action[] {
  let byTlp = actionCache.get(profile);
  if (!byTlp) actionCache.set(profile, (byTlp = new Map()));
  let actions = byTlp.get(outTlp);
  if (!actions) byTlp.set(outTlp, (actions = runtimeModel.fields.map((field) => actionFor(field, profile, outTlp, fieldAt))));
  return actions;
}

const setProperty = (target: Json, key: string, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
const fieldAt = (path: string) => fieldsByPath.get(path);

/**
 * Throws the refusal of a report that is not valid; `findings` are validation's, or what reading its text found
 * (a key given twice), which makes a report unfit to share however valid its data looks.
 */
export function refuseInvalid(findings: readonly Finding[]): void {
  if (isValid(findings)) return;
  const first = findings.find((f) => f.severity === 'error')!;
  // The code names the kind of problem (a stable rule name, never the report's words), so that one found by reading a
  // filled template (whose pointer is often just `/`) can be told from validation's.
  throw new SharingRefusal(`the report is not valid (${findings.filter((f) => f.severity === 'error').length} error(s), first ${first.code} at ${safePlace(first.path)})`, 'run htfds validate on it and fix it before sharing');
}

/** Anonymises a valid report; throws SharingRefusal when the profile may not take it. */
export function anonymiseReport(input: unknown, options: AnonymiseOptions, notes: AnonymiseNotes = {}): Json {
  refuseInvalid(validateCaseReport(input));
  return anonymiseValidReport(input, options, notes);
}

/**
 * anonymiseReport for a report the caller has just validated (the sharing hub validates each submission once
 * and re-shapes it for several profiles): the same, without validating it again.
 */
export function anonymiseValidReport(input: unknown, options: AnonymiseOptions, notes: AnonymiseNotes = {}): Json {
  const profile = getProfile(options.profile);
  const report = cloneJson(input) as Json;
  const sharing = report.sharing as Json;
  const outTlp = outputMarking(String(sharing.tlp), profile);
  const purposes = (sharing.permittedPurposes as string[]).filter((p) => profile.allowedPurposes.includes(p));
  if (purposes.length === 0) {
    throw new SharingRefusal(`none of the report's permitted purposes (${(sharing.permittedPurposes as string[]).join(', ')}) is allowed under the ${profile.name} profile`, `the profile allows: ${profile.allowedPurposes.join(', ')}`);
  }
  const note = (kind: string) => (notes[kind] = (notes[kind] ?? 0) + 1);
  const applied = new Set<string>();
  const leaving = leavesOrganisation(profile);

  // Parts marked more strictly than the output leave first; the record-level marking then covers the rest.
  const fieldTlps = Array.isArray(sharing.fieldLevelTlp) ? (sharing.fieldLevelTlp as { path: string; tlp: string }[]) : [];
  if (leaving) {
    const tooStrict = fieldTlps.filter((f) => !atLeastAsStrict(outTlp, f.tlp)).map((f) => f.path);
    const removed = withholdParts(report, tooStrict, profile.name);
    for (let i = 0; i < removed; i++) note('parts removed for their stricter marking');
    delete sharing.fieldLevelTlp;
  }

  const actions = actionsFor(profile, outTlp);
  const fields = runtimeModel.fields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const action = actions[i]!;
    const allow = leaving && action !== 'drop';
    if (action === 'keep' && !allow) continue;
    // Located once for both steps: an action replaces or removes the value at its place and moves no container.
    const located = locate(report, field.path);
    if (action !== 'keep') {
      for (const at of located) {
        if (applyAction(action, field, at, report, options, note)) applied.add(field.anonymisation);
      }
    }
    if (!allow) continue;
    for (const at of located) {
      if (action !== 'keep') at.value = (at.parent as Json)[at.key];
      allowOnly(field, action, at, report, options, note);
    }
  }

  // An identifier left with neither its value, its hash nor its truncated form says nothing: remove it.
  for (const [path, oneOf] of Object.entries(runtimeModel.requiresOneOf)) {
    for (const at of locate(report, path)) {
      if (!Array.isArray(at.value)) continue;
      const kept = at.value.filter((item) => item !== null && typeof item === 'object' && oneOf.some((k) => Object.hasOwn(item, k)));
      // An empty list goes too: where the profile removes identifiers altogether, even "none" is not theirs to say.
      if (kept.length === 0) delete (at.parent as Json)[at.key];
      else if (kept.length === at.value.length) continue;
      else (at.parent as Json)[at.key] = kept;
    }
  }
  removeDanglingReferences(report, note);
  // Indicator IDs mean nothing without their catalogue version (the schema requires it beside them): a marking
  // that withheld the version withholds the observations too.
  if (report.indicators !== undefined && report.indicatorCatalogueVersion === undefined) {
    delete report.indicators;
    note('indicator observations removed: their catalogue version was withheld');
  }
  if (leaving) {
    keepKeyIdsOnlyBesideTheirHashes(report, options);
    renumberLocalIds(report);
    reissueRecordIds(report, profile, options, note);
  }

  const out = report.sharing as Json;
  out.tlp = outTlp;
  out.permittedPurposes = purposes;
  out.onwardSharing = profile.onwardSharing === 'unchanged' ? out.onwardSharing : stricterOnward(String(out.onwardSharing), profile.onwardSharing);
  if (leaving) {
    // The report has just passed this toolkit's schema, so it is a report of this version; the label is ours too.
    report.schemaVersion = runtimeModel.version;
    out.sanitised = true;
    const methods = new Set([...(Array.isArray(out.sanitisationMethods) ? (out.sanitisationMethods as string[]) : []), ...applied]);
    // In the code list's order, so that the output does not depend on the order fields were visited.
    out.sanitisationMethods = Object.keys(runtimeModel.codelists.anonymisationMethod?.codes ?? {}).filter((c) => methods.has(c));
    checkAgainstProfileSchema(report, profile);
  }
  return report;
}

/** Whether a person has said the report's free texts were reviewed and redacted for sharing. */
function textsReviewed(report: Json, path: string): boolean {
  const sharing = report.sharing as Json;
  if (path === '/narrativeSummary') return report.narrativeRedacted === true;
  return Array.isArray(sharing.sanitisationMethods) && (sharing.sanitisationMethods as string[]).includes('FREE');
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
  // A missing value stays where the profile keeps the data point in some form, and goes where it removes it.
  if (isMissingValue(at.value)) return removesDataPoint(action, field.kind) ? drop() : false;
  switch (action) {
    case 'keepIfRedacted':
      if (textsReviewed(report, field.path)) return false;
      note('free texts removed because the report does not say they were redacted');
      return drop();
    case 'month':
      if (typeof at.value === 'string' && at.value.length > 7) parent[at.key] = at.value.slice(0, 7);
      return true;
    case 'quarter':
      if (typeof at.value === 'string') parent[at.key] = quarterOf(at.value);
      return true;
    case 'band':
      return bandValue(field, at, report, options, note);
    case 'hmac':
      // A value that is already a keyed hash is judged by the allow-list (its key must be the group's).
      return field.kind === 'hmac' ? false : hashValue(field, at, options, note);
    default:
      return false;
  }
}

const keyIdPathFor = (hmacPath: string) => keyIdPathIn(hmacPath, (p) => fieldsByPath.has(p));
/** Each key-ID data point, with the names of the keyed hashes beside it whose key it names. */
const HASHES_BY_KEY_ID = new Map<string, string[]>();
for (const f of runtimeModel.fields.filter((x) => x.kind === 'hmac')) {
  const keyIdPath = keyIdPathFor(f.path);
  if (keyIdPath) HASHES_BY_KEY_ID.set(keyIdPath, [...(HASHES_BY_KEY_ID.get(keyIdPath) ?? []), f.path.slice(f.path.lastIndexOf('/') + 1)]);
}

/**
 * The allow-list for output that leaves the organisation: each kept value must be something this function can
 * vouch for, or it is removed and counted.
 */
function allowOnly(field: RuntimeField, action: Action, at: Located, report: Json, options: AnonymiseOptions, note: (k: string) => void): void {
  const parent = at.parent as Json;
  const remove = (why: string) => {
    delete parent[at.key];
    note(why);
  };
  if (isMissingValue(at.value) || !Object.hasOwn(parent, at.key)) return;
  const list = field.codelist ? runtimeModel.codelists[field.codelist] : undefined;
  if (list?.open) {
    // A value outside an open list could be anything typed by hand: it becomes the list's "other" code.
    const other = Object.keys(list.codes).find((c) => c.toLowerCase() === 'other');
    const recode = (v: unknown) => (typeof v === 'string' && Object.hasOwn(list.codes, v) ? v : other);
    if (Array.isArray(at.value)) {
      const original = at.value as unknown[];
      const values = [...new Set(original.map(recode).filter((v): v is string => v !== undefined))];
      if (values.length !== original.length || values.some((v, i) => v !== original[i])) note('values outside open code lists replaced by "other" or removed');
      if (values.length === 0) delete parent[at.key];
      else parent[at.key] = values;
    } else {
      const code = recode(at.value);
      if (code === at.value) return;
      if (code === undefined) remove('values outside open code lists replaced by "other" or removed');
      else {
        parent[at.key] = code;
        note('values outside open code lists replaced by "other" or removed');
      }
    }
    return;
  }
  switch (field.kind) {
    case 'hmac': {
      // Only hashes made with the group's key may travel: a hash under another key is someone else's pseudonym.
      const keyIdPath = keyIdPathFor(field.path);
      const keyIdName = keyIdPath?.slice(keyIdPath.lastIndexOf('/') + 1);
      if (!keyIdName || options.keyId === undefined || parent[keyIdName] !== options.keyId) {
        remove('keyed hashes not made with this group\'s key removed');
        if (keyIdName) delete parent[keyIdName];
      }
      return;
    }
    case 'string':
    case 'strings':
      return allowString(field, action, at, report, remove, note);
    default:
      return;
  }
}

function allowString(field: RuntimeField, action: Action, at: Located, report: Json, remove: (why: string) => void, note: (k: string) => void): void {
  const parent = at.parent as Json;
  if (field.path === '/schemaVersion') return; // replaced by this toolkit's version at the end
  if (HASHES_BY_KEY_ID.has(field.path)) return; // judged with its keyed hash
  if (field.path === '/indicators/*/indicatorId') {
    if (!Object.hasOwn(runtimeModel.indicators, String(at.value))) remove('indicator observations removed: not in the catalogue');
    return;
  }
  if (field.path === '/indicatorCatalogueVersion') {
    // Indicator IDs were checked against this toolkit's catalogue: an unknown version becomes that catalogue's.
    const known = new Set([runtimeModel.version, ...runtimeModel.releases.map((r) => r.version)]);
    if (!known.has(String(at.value))) {
      parent[at.key] = runtimeModel.version;
      note('unknown indicator catalogue versions replaced by the catalogue the IDs were checked against');
    }
    return;
  }
  if (field.anonymisation === 'TRUNC') {
    const truncated = typeof at.value === 'string' ? truncateIdentifier(at.value) : undefined;
    if (truncated === undefined) remove('truncated identifiers removed: fewer than four digits to show');
    else parent[at.key] = truncated;
    return;
  }
  const safeForm = SAFE_FORMS[field.path];
  if (safeForm) {
    if (Array.isArray(at.value)) {
      const kept = at.value.filter((v) => typeof v === 'string' && hasSafeForm(safeForm, v));
      if (kept.length === at.value.length) return;
      if (kept.length === 0) delete parent[at.key];
      else parent[at.key] = kept;
      for (let i = kept.length; i < at.value.length; i++) note('values not in the form their field requires removed');
      return;
    }
    if (typeof at.value !== 'string' || !hasSafeForm(safeForm, at.value)) remove('values not in the form their field requires removed');
    return;
  }
  // Names of institutions and the like are text: they travel only when a person has reviewed the report's texts.
  if (action === 'keep' && textsReviewed(report, field.path)) return;
  remove('texts the anonymiser cannot vouch for removed');
}

function bandValue(field: RuntimeField, at: Located, report: Json, options: AnonymiseOptions, note: (k: string) => void): boolean {
  const parent = at.parent as Json;
  if (field.kind === 'money' && at.value !== null && typeof at.value === 'object') {
    const money = at.value as Json;
    if (money.amountBand === undefined && typeof money.amount === 'number') {
      const rate = money.currency === 'USD' ? 1 : typeof money.currency === 'string' && options.usdRates && Object.hasOwn(options.usdRates, money.currency) ? options.usdRates[money.currency] : undefined;
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
  const hashPath = `${parentPath}/${at.key}Hmac`;
  if (!fieldsByPath.has(hashPath) || typeof at.value !== 'string') {
    delete parent[at.key];
    return true;
  }
  if (!options.key) throw new SharingRefusal('this profile replaces identifiers by keyed hashes, and no key was given', "pass the sharing group's key with --key-file");
  setProperty(parent, `${at.key}Hmac`, identifierHash(options.key, schemeBeside(parent), at.value, options.keyedHash));
  const keyIdPath = keyIdPathFor(hashPath);
  if (keyIdPath && options.keyId) setProperty(parent, keyIdPath.slice(keyIdPath.lastIndexOf('/') + 1), options.keyId);
  delete parent[at.key];
  note('identifiers replaced by keyed hashes');
  return true;
}

/** A key ID says which key made the hash beside it: with no hash left, or a hash of another key, it goes. */
function keepKeyIdsOnlyBesideTheirHashes(report: Json, options: AnonymiseOptions): void {
  for (const [path, hashNames] of HASHES_BY_KEY_ID) {
    for (const at of locate(report, path)) {
      const parent = at.parent as Json;
      if (at.value !== options.keyId || !hashNames.some((name) => Object.hasOwn(parent, name))) delete parent[at.key];
    }
  }
}

const ID_FIELDS = runtimeModel.fields.filter((f) => f.kind === 'id');
const REF_FIELDS = runtimeModel.fields.filter((f) => f.kind === 'ref' || f.kind === 'refs');

/** References to items that were removed would no longer resolve: remove them too. */
function removeDanglingReferences(report: Json, note: (k: string) => void): void {
  const ids = new Set<string>();
  for (const field of ID_FIELDS) for (const { value } of valuesAt(report, field.path)) if (typeof value === 'string') ids.add(value);
  for (const field of REF_FIELDS) {
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

/**
 * Local identifiers are whatever the author typed (a name, a phone number): they are renumbered from the item's
 * list and position (persons-1, accounts-2…) and every reference follows.
 */
function renumberLocalIds(report: Json): void {
  const renamed = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const field of ID_FIELDS) {
    const list = pointerTokens(field.path).at(-3)!;
    for (const at of locate(report, field.path)) {
      const n = (counters.get(list) ?? 0) + 1;
      counters.set(list, n);
      renamed.set(String(at.value), `${list}-${n}`);
      (at.parent as Json)[at.key] = `${list}-${n}`;
    }
  }
  for (const field of REF_FIELDS) {
    for (const at of locate(report, field.path)) {
      const parent = at.parent as Json;
      parent[at.key] = Array.isArray(at.value) ? at.value.map((r) => renamed.get(String(r))) : renamed.get(String(at.value));
    }
  }
}

/** A UUID (RFC 9562 version 8) made from a keyed hash. */
function keyedUuid(keyedHash: KeyedHash, key: Uint8Array, text: string): string {
  const bytes = keyedHash(key, text).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Record identifiers as the profile says: keyed per group and profile, or fresh for every release. */
function reissueRecordIds(report: Json, profile: RuntimeProfile, options: AnonymiseOptions, note: (k: string) => void): void {
  if (profile.recordIdentifiers === 'unchanged') return;
  if (profile.recordIdentifiers === 'fresh') {
    report.recordId = (options.freshRecordId ?? (() => globalThis.crypto.randomUUID()))();
    if (report.relatesToRecordId !== undefined) {
      delete report.relatesToRecordId;
      note('links to earlier records removed: this profile releases records that cannot be linked');
    }
    return;
  }
  // Already keyed under this group and profile by the member that submitted it: deriving again needs the key and adds nothing.
  if (options.recordIdsKeyedBySubmitter) return;
  if (!options.key) throw new SharingRefusal('this profile derives record identifiers from the sharing group\'s key, and no key was given', "pass the sharing group's key with --key-file");
  // The profile's name is part of the input, so the same record has unrelated identifiers under two profiles.
  for (const name of ['recordId', 'relatesToRecordId']) {
    if (typeof report[name] === 'string') report[name] = keyedUuid(options.keyedHash ?? nodeKeyedHash, options.key, `htfds record\u0000${profile.name}\u0000${String(report[name]).toLowerCase()}`);
  }
}
