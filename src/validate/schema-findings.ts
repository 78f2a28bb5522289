/**
 * Turns the validator's errors into findings a non-programmer can act on: the field's title instead of
 * JSON Schema vocabulary, the closest valid codes for a wrong code, the missing field's name, and which
 * shape an "answer or missing value" field expected. Values from the report are never repeated.
 */
import type { ErrorObject } from 'ajv';
import runtimeModel from '../generated/runtime-model.js';
import { fieldsByPath } from './model-index.js';
import type { Finding } from './finding.js';
import { escapeToken, modelPath, pointerTokens } from './paths.js';
import { primaryErrors } from './primary-errors.js';
import type { RuntimeField } from './runtime-model.js';
import { bandFor, isBandList } from '../share/bands.js';

/**
 * How to name whatever sits at a model path, for a person: a data point or section by its title, an item of
 * a list as such, and a part of a value (the currency of an amount) by the value's title and the part's name.
 */
export function titleAt(path: string): string {
  if (path === '') return 'the report';
  const own = fieldsByPath.get(path)?.title ?? runtimeModel.containers[path];
  if (own) return own;
  const tokens = [...pointerTokens(path)];
  const last = tokens.pop()!;
  const parent = `/${tokens.map(escapeToken).join('/')}`;
  if (last === '*') return `an item of ${quote(titleAt(parent))}`;
  return tokens.length === 0 ? last : `${titleAt(parent)}: ${last}`;
}

export function fieldAt(pointer: string): RuntimeField | undefined {
  return fieldsByPath.get(modelPath(pointer));
}

const quote = (s: string) => `“${s}”`;

/** A title ready to put in a sentence: quoted, unless it is already a phrase. */
export function named(path: string): string {
  const title = titleAt(path);
  return title === 'the report' || title.startsWith('an item of ') ? title : quote(title);
}

/** Edit distance, for suggesting what was probably meant. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** Up to three codes of a list closest to what was written (by code or by label), best first. */
export function closestCodes(listName: string, written: unknown): string[] {
  const list = runtimeModel.codelists[listName];
  // A number where a band is asked for (an age of 28 in an age-band column): the band that holds it, not codes that look alike.
  const number = typeof written === 'number' ? written : typeof written === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(written) ? Number(written) : undefined;
  if (number !== undefined && isBandList(listName)) {
    const band = bandFor(listName, number);
    return band ? [band] : [];
  }
  if (!list || typeof written !== 'string') return [];
  const w = written.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  // Lengths that differ by more than the limit cannot be within it: a long value (a 60 MB cell) costs nothing here.
  const near = (other: string) => (Math.abs(other.length - w.length) > limit ? Infinity : distance(w, other.toLowerCase()));
  const scored = Object.entries(list.codes).map(([code, title]) => ({ code, score: Math.min(near(code), near(title)) }));
  return scored.filter((s) => s.score <= limit).sort((a, b) => a.score - b.score).slice(0, 3).map((s) => s.code);
}

function describeCodes(listName: string, codes: string[]): string {
  const list = runtimeModel.codelists[listName];
  return codes.map((c) => `${quote(c)} (${list?.codes[c] ?? c})`).join(', ');
}

function missingValueHint(field: RuntimeField | undefined): string {
  return field?.acceptsMissing ? ' If the answer is not known, write {"missing": "unknown"} (or notAsked, declinedToAnswer, notApplicable, withheldForSafety) instead.' : '';
}

const KIND_WORDS: Record<string, string> = {
  boolean: 'true (yes) or false (no)',
  code: 'one code from its code list',
  codes: 'a list of codes, like ["codeA", "codeB"]',
  refs: 'a list of local identifiers',
  strings: 'a list of texts',
  money: 'an amount: {"amount": 120, "currency": "USD"} or {"amountBand": "100-499"}',
  integer: 'a whole number',
  number: 'a number',
  date: 'a date written YYYY-MM-DD',
  yearMonth: 'a month written YYYY-MM',
};

function expectedShape(error: ErrorObject, field: RuntimeField | undefined): string {
  if (field && KIND_WORDS[field.kind]) return KIND_WORDS[field.kind]!;
  const type = String((error.params as { type?: unknown }).type ?? '');
  return { object: 'a group of fields in { }', array: 'a list in [ ]', string: 'text', boolean: 'true or false', integer: 'a whole number', number: 'a number' }[type] ?? type;
}

function patternWords(field: RuntimeField | undefined): string {
  switch (field?.kind) {
    case 'yearMonth': return 'a month written YYYY-MM, for example 2024-03';
    case 'hmac': return 'a keyed hash: exactly 64 characters 0-9 and a-f, in lower case';
    case 'id': return 'a local identifier: letters, digits and . _ : - only, no spaces, at most 64 characters, for example P1';
    case 'ref': case 'refs': return 'the local identifier of another item of the report, for example P1';
    default: return field ? `what the field expects: ${field.description.replace(/\.$/, '')}` : 'the form the documentation describes';
  }
}

/** Converts validator errors for one report into findings. */
export function schemaFindings(errors: readonly ErrorObject[], data: unknown): Finding[] {
  return schemaFindingsCapped(errors, data, Infinity).findings;
}

/** The first `max` findings, and how many more there are (those are counted, never put into words). */
export function schemaFindingsCapped(errors: readonly ErrorObject[], data: unknown, max: number): { findings: Finding[]; omitted: number } {
  const primary = primaryErrors(errors, data);
  return { findings: primary.slice(0, max).map((error) => toFinding(error)), omitted: Math.max(0, primary.length - max) };
}

function toFinding(error: ErrorObject): Finding {
  const path = error.instancePath;
  const field = fieldAt(path);
  const where = named(modelPath(path));
  const params = error.params as Record<string, unknown>;
  const base = { severity: 'error' as const, path };
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const childPath = `${path}/${escapeToken(name)}`;
      const child = fieldAt(childPath);
      return { ...base, code: 'required-missing', path: childPath, message: `${named(modelPath(childPath))} is required in ${where} but is not there.`, hint: `Add ${quote(name)}.${missingValueHint(child)}` };
    }
    case 'x-codes': {
      const listName = String((error.parentSchema as Record<string, unknown> | undefined)?.['x-codelist'] ?? field?.codelist ?? '');
      const list = runtimeModel.codelists[listName];
      const suggestions = closestCodes(listName, error.data);
      // Several codes typed with commas in one cell or answer: the separator is the problem, not the codes.
      const commaList = /\/\d+$/.test(path) && typeof error.data === 'string' && error.data.includes(',');
      return {
        ...base,
        code: 'code-unknown',
        message: `${where} holds a value that is not a code of the list ${quote(list?.title ?? listName)}.`,
        hint: commaList
          ? 'Several codes are separated by ; (a semicolon), not by commas: write them as CodeA;CodeB in a spreadsheet cell, or as separate items of the list in JSON.'
          : suggestions.length > 0
          ? `Did you mean ${describeCodes(listName, suggestions)}? Codes are case-sensitive; write the code, not its label.`
          : Object.keys(list?.codes ?? {}).length <= 15
            ? `Use one of: ${Object.keys(list?.codes ?? {}).join(', ')}.`
            : `Use one of the codes of ${quote(list?.title ?? listName)} (see the code list ${listName}).`,
      };
    }
    case 'type':
      return { ...base, code: 'wrong-type', message: `${where} has the wrong kind of value.`, hint: `Write ${expectedShape(error, field)}.${missingValueHint(field)}` };
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema as Record<string, unknown> | undefined)?.properties ?? {}) as Record<string, unknown>);
      const near = allowed
        .filter((a) => Math.abs(a.length - extra.length) <= Math.max(2, Math.floor(extra.length / 4)))
        .map((a) => ({ a, d: distance(a.toLowerCase(), extra.toLowerCase()) }))
        .filter(({ d }) => d <= Math.max(2, Math.floor(extra.length / 4)))
        .sort((x, y) => x.d - y.d)
        .slice(0, 3)
        .map(({ a }) => a);
      const at = `${path}/${escapeToken(extra)}`;
      if (extra === '__proto__') {
        return { ...base, path: at, code: 'unknown-field', message: `${where} contains a "__proto__" field, which no HTFDS report has.`, hint: 'Remove it: such keys are used to attack programs that read JSON.' };
      }
      return {
        ...base,
        path: at,
        code: 'unknown-field',
        message: `${quote(extra)} is not a field of ${where}; its data would be lost.`,
        hint: near.length > 0 ? `Did you mean ${near.map(quote).join(' or ')}? Field names are case-sensitive.` : `Remove it, or check the field names of ${where} in the documentation.`,
      };
    }
    case 'format': {
      const words = { date: 'a real date written YYYY-MM-DD, for example 2024-03-31', 'date-time': 'a date and time such as 2024-03-31T14:05:00Z', uuid: 'a UUID such as 3f2b0c1e-8d7a-4c55-9a40-2e6f1b7d9c10 (a random identifier, never a case number)' }[String(params.format)] ?? String(params.format);
      return { ...base, code: 'wrong-format', message: `${where} is not written in the expected form.`, hint: `Write ${words}.` };
    }
    case 'pattern':
      return { ...base, code: 'wrong-format', message: `${where} is not written in the expected form.`, hint: `Write ${patternWords(field)}.` };
    case 'minimum':
      return { ...base, code: 'out-of-range', message: `${where} is below the smallest allowed value, ${String(params.limit)}.`, hint: path.endsWith('/amount') ? 'Amounts are never negative: record the direction of a payment with its from and to fields.' : `Give a value of at least ${String(params.limit)}.` };
    case 'maximum':
      return { ...base, code: 'out-of-range', message: `${where} is above the largest allowed value, ${String(params.limit)}.`, hint: `Give a value of at most ${String(params.limit)}.` };
    case 'maxLength':
      return { ...base, code: 'too-long', message: `${where} is longer than ${String(params.limit)} characters.`, hint: 'Shorten it; long free text is also more likely to contain identifying details.' };
    case 'minLength':
      return { ...base, code: 'too-short', message: `${where} is empty.`, hint: 'Fill it in, or leave the field out.' };
    case 'minItems':
      return { ...base, code: 'too-few-items', message: `${where} needs at least ${String(params.limit)} item(s).`, hint: 'Add at least one, or leave the field out if it is optional.' };
    case 'uniqueItems':
      return { ...base, code: 'duplicate-item', message: `${where} lists the same item twice (items ${String(params.j)} and ${String(params.i)}, counting from 0).`, hint: 'Give each code or reference once.' };
    case 'dependentRequired': {
      const missing = String(params.missingProperty);
      const because = String(params.property);
      const missingPath = `${path}/${escapeToken(missing)}`;
      return { ...base, code: 'required-missing', path: missingPath, message: `${named(modelPath(missingPath))} is required because ${named(modelPath(`${path}/${escapeToken(because)}`))} is given.`, hint: `Add ${quote(missing)}.` };
    }
    case 'anyOf':
      return field?.kind === 'money'
        ? { ...base, code: 'amount-incomplete', message: `${where} gives neither an amount nor an amount band.`, hint: 'Give {"amount": …, "currency": …}, or an "amountBand" when only a rough figure is known.' }
        : { ...base, code: 'no-shape-matches', message: `${where} matches none of the forms it may take.`, hint: `Write ${expectedShape(error, field)}.${missingValueHint(field)}` };
    default:
      return { ...base, code: `schema-${error.keyword}`, message: `${where} is not valid (${error.message ?? error.keyword}).`, hint: 'See the field’s description in the documentation.' };
  }
}
