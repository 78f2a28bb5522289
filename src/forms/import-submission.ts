/**
 * Reads a submission of the generated HTFDS form (ODK Collect, ODK Central, Enketo, KoboToolbox, ODK Web Forms:
 * the instance XML) back into a case report, and validates it. The form's instance mirrors the report, so the
 * import walks the two together, guided by the generated form import model; every finding names the form field
 * (its path in the form, as ODK shows it, and its label) and the JSON pointer in the report.
 */
import { readFile, stat } from 'node:fs/promises';
import formModel from '../generated/form-import-model.js';
import { UnusableInputError } from '../io/read-records.js';
import type { Finding, FindingCode } from '../validate/finding.js';
import { escapeToken, pointerTokens } from '../validate/paths.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { FORM_METADATA_ELEMENTS, MISSING_CHOICE_PREFIX, MISSING_COMPANION_SUFFIX, NO, NONE_CHOICE, NONE_COMPANION_SUFFIX, YES } from './form-conventions.js';
import type { ImportElement } from './form-import-model.js';
import { MAX_XML_BYTES, readXml, XmlSyntaxError, type XmlElement } from './xml-reader.js';

/** A finding about an imported submission: where it is in the form as well as in the report. */
export interface ImportFinding extends Finding {
  /** The question's place in the form, with 1-based positions in repeats: `transactions[2]/amount/currency`. */
  field: string;
  /** The question's label, when the place is a question of the form. */
  label?: string;
  /** The line of the submission XML, for problems found while reading it. */
  line?: number;
}

export interface SubmissionImport {
  report: Record<string, unknown>;
  findings: ImportFinding[];
}

type Json = Record<string, unknown>;
/** The form's elements by JSON path; a Map, because the generated object has hundreds of path-like keys. */
const ELEMENTS = new Map(Object.entries(formModel.elements));
/** Own properties only: a value such as `constructor` or `__proto__` is an answer, never a key of Object.prototype. */
const ownEntry = <T>(table: Record<string, T> | undefined, key: string): T | undefined => (table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined);
/** The code a form's choice value stands for (choice values cannot hold spaces); the value itself when it is no choice. */
const codeOfChoice = (codelist: string | undefined, value: string): string => (codelist ? ownEntry(ownEntry(formModel.choiceCodes, codelist), value) : undefined) ?? value;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The label of the question at a pattern; the parts of an amount are labelled by the Money part titles. */
function labelOf(pattern: string): string | undefined {
  const own = ELEMENTS.get(pattern)?.title;
  if (own !== undefined) return own;
  const parent = pattern.slice(0, pattern.lastIndexOf('/'));
  return ELEMENTS.get(parent)?.shape === 'money' ? ownEntry(formModel.moneyParts, pattern.slice(pattern.lastIndexOf('/') + 1))?.title : undefined;
}

class SubmissionReader {
  readonly findings: ImportFinding[] = [];

  private problem(code: FindingCode, element: XmlElement, pointer: string, field: string, pattern: string, message: string, hint: string): void {
    const label = labelOf(pattern);
    this.findings.push({ code, severity: 'error', path: pointer, field, ...(label ? { label } : {}), line: element.line, message, hint });
  }

  /** Reads the children of an object-like element (the root, a section, a list item) into a JSON object. */
  readObject(element: XmlElement, pattern: string, pointer: string, field: string): Json {
    const out: Json = {};
    // Text written into a group, beside its questions, belongs to no question: say so rather than drop it.
    if (element.text.trim() !== '') {
      this.problem('form-text-in-group', element, pointer, field, pattern, 'This group holds text of its own, outside its questions, so the text was not imported.', 'Move the text into one of the group’s questions, or check that the submission was not edited by hand.');
    }
    const companions = new Map<string, XmlElement>();
    const nones = new Map<string, XmlElement>();
    const seen = new Set<string>();
    const lists = new Map<string, XmlElement[]>();
    for (const child of element.children) {
      if (pattern === '' && FORM_METADATA_ELEMENTS.has(child.name)) continue;
      const childField = field ? `${field}/${child.name}` : child.name;
      if (child.name.endsWith(MISSING_COMPANION_SUFFIX)) {
        companions.set(child.name.slice(0, -MISSING_COMPANION_SUFFIX.length), child);
        continue;
      }
      if (child.name.endsWith(NONE_COMPANION_SUFFIX) && ELEMENTS.get(`${pattern}/${child.name.slice(0, -NONE_COMPANION_SUFFIX.length)}`)?.shape === 'list') {
        nones.set(child.name.slice(0, -NONE_COMPANION_SUFFIX.length), child);
        continue;
      }
      const childPattern = `${pattern}/${child.name}`;
      const spec = ELEMENTS.get(childPattern);
      if (!spec) {
        // Unknown elements are reported, not guessed at: they may be an adopter's own questions.
        this.findings.push({
          code: 'form-field-unknown',
          severity: 'warning',
          path: `${pointer}/${escapeToken(child.name)}`,
          field: childField,
          line: child.line,
          message: 'The submission has a question that is not in the HTFDS form; its answer was left out of the report.',
          hint: 'If you added questions of your own to the form, keep their answers elsewhere; otherwise check that the submission comes from the HTFDS form.',
        });
        continue;
      }
      if (spec.shape === 'list') {
        if (!lists.has(child.name)) lists.set(child.name, []);
        lists.get(child.name)!.push(child);
        continue;
      }
      const childPointer = `${pointer}/${escapeToken(child.name)}`;
      if (seen.has(child.name)) {
        this.problem('form-field-repeated', child, childPointer, childField, childPattern, 'This question appears twice in the submission; only the first answer was used.', 'Check that the submission was not edited by hand.');
        continue;
      }
      seen.add(child.name);
      const value = this.readElement(child, spec, childPattern, childPointer, childField);
      if (value !== undefined) out[child.name] = value;
    }
    for (const [name, items] of lists) {
      const listPattern = `${pattern}/${name}`;
      const values: Json[] = [];
      for (const item of items) {
        // A repeat added but left empty holds no answer.
        const value = this.readObject(item, `${listPattern}/*`, `${pointer}/${escapeToken(name)}/${values.length}`, `${field ? `${field}/` : ''}${name}[${values.length + 1}]`);
        if (Object.keys(value).length > 0) values.push(value);
      }
      if (values.length > 0) out[name] = values;
    }
    for (const [name, companion] of companions) this.applyCompanion(out, name, companion, pattern, pointer, field);
    for (const [name, none] of nones) this.applyNone(out, name, none, pattern, pointer, field);
    return out;
  }

  /** "There are none" before a repeat: an empty list, unless entries were added too. */
  private applyNone(out: Json, name: string, none: XmlElement, pattern: string, pointer: string, field: string): void {
    const text = none.text.trim();
    if (text === '') return;
    const listPointer = `${pointer}/${escapeToken(name)}`;
    const noneField = `${field ? `${field}/` : ''}${name}${NONE_COMPANION_SUFFIX}`;
    if (text !== NONE_CHOICE) {
      this.problem('form-value-invalid', none, listPointer, noneField, `${pattern}/${name}`, '“There are none” holds something other than its one choice.', 'Check that the submission was not edited by hand.');
      return;
    }
    if (out[name] !== undefined) {
      this.problem('form-none-and-entries', none, listPointer, noneField, `${pattern}/${name}`, '“There are none” is ticked, but entries were added too; the entries were kept.', 'Untick “there are none”, or remove the entries.');
      return;
    }
    out[name] = [];
  }

  /** A `<name>_missing` answer becomes the missing value of `name`, unless `name` was answered too. */
  private applyCompanion(out: Json, name: string, companion: XmlElement, pattern: string, pointer: string, field: string): void {
    const reason = companion.text.trim();
    if (reason === '') return;
    const spec = ELEMENTS.get(`${pattern}/${name}`);
    const childPointer = `${pointer}/${escapeToken(name)}`;
    const companionField = `${field ? `${field}/` : ''}${name}${MISSING_COMPANION_SUFFIX}`;
    if (!spec?.companion) {
      this.findings.push({
        code: 'form-field-unknown',
        severity: 'warning',
        path: childPointer,
        field: companionField,
        line: companion.line,
        message: 'The submission gives a reason for no answer to a question that has none in the HTFDS form; it was left out of the report.',
        hint: 'Check that the submission comes from the HTFDS form of this version.',
      });
      return;
    }
    if (!formModel.missingReasons.includes(reason)) {
      this.problem('form-missing-reason-unknown', companion, childPointer, companionField, `${pattern}/${name}`, 'The reason for no answer is not one of the reasons the form offers.', `Choose one of: ${formModel.missingReasons.join(', ')}.`);
      return;
    }
    if (out[name] !== undefined) {
      this.problem('form-answer-and-reason', companion, childPointer, companionField, `${pattern}/${name}`, 'The question has both an answer and a reason for no answer; the answer was kept.', 'Clear one of the two.');
      return;
    }
    out[name] = { missing: reason };
  }

  private readElement(element: XmlElement, spec: ImportElement, pattern: string, pointer: string, field: string): unknown {
    if (spec.shape === 'object') {
      const value = this.readObject(element, pattern, pointer, field);
      return Object.keys(value).length > 0 ? value : undefined;
    }
    if (spec.shape === 'money') return this.readMoney(element, pattern, pointer, field);
    return this.readValue(element, spec, pattern, pointer, field);
  }

  private readMoney(element: XmlElement, pattern: string, pointer: string, field: string): Json | undefined {
    const out: Json = {};
    for (const child of element.children) {
      const part = ownEntry(formModel.moneyParts, child.name);
      const partPointer = `${pointer}/${escapeToken(child.name)}`;
      const partField = `${field}/${child.name}`;
      const text = child.text.trim();
      if (!part) {
        this.findings.push({ code: 'form-field-unknown', severity: 'warning', path: partPointer, field: partField, line: child.line, message: 'The amount has a part the HTFDS form does not have; it was left out of the report.', hint: 'Check that the submission comes from the HTFDS form.' });
        continue;
      }
      if (text === '') continue;
      const value =
        part.kind === 'number'
          ? this.number(text, false, child, partPointer, partField, `${pattern}/${child.name}`)
          : part.kind === 'boolean'
            ? this.boolean(text, false, child, partPointer, partField, `${pattern}/${child.name}`)
            : this.code(text, part.codelist, false, child, partPointer, partField, `${pattern}/${child.name}`);
      if (value !== undefined) out[child.name] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private readValue(element: XmlElement, spec: ImportElement, pattern: string, pointer: string, field: string): unknown {
    if (element.children.length > 0) {
      this.problem('form-value-invalid', element, pointer, field, pattern, 'This question holds other elements instead of an answer.', 'Check that the submission was not edited by hand.');
      return undefined;
    }
    const text = element.text.trim();
    if (text === '') return undefined;
    const missing = spec.acceptsMissing ?? false;
    switch (spec.kind) {
      case 'code':
        return this.code(text, spec.codelist, missing, element, pointer, field, pattern);
      case 'codes':
        return this.codes(text, spec.codelist, missing, element, pointer, field, pattern);
      case 'boolean':
        return this.boolean(text, missing, element, pointer, field, pattern);
      case 'integer':
      case 'number':
        return this.number(text, spec.kind === 'integer', element, pointer, field, pattern);
      case 'yearMonth':
        // ODK stores a month as its first day; the report holds the year and month only.
        return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text.slice(0, 7) : text;
      case 'list':
        return text.split(/\s+/);
      default:
        return text;
    }
  }

  /** A missing-reason choice (`_notAsked`) → a missing value; undefined when the text is not one. */
  private missingChoice(text: string, allowed: boolean, element: XmlElement, pointer: string, field: string, pattern: string): { value?: unknown } | undefined {
    if (!text.startsWith(MISSING_CHOICE_PREFIX) || text === NONE_CHOICE) return undefined;
    const reason = text.slice(MISSING_CHOICE_PREFIX.length);
    if (!formModel.missingReasons.includes(reason)) return undefined;
    if (!allowed) {
      this.problem('form-missing-not-allowed', element, pointer, field, pattern, 'This question must be answered: a reason for no answer is not accepted here.', 'Give an answer.');
      return {};
    }
    return { value: { missing: reason } };
  }

  private code(text: string, codelist: string | undefined, missing: boolean, element: XmlElement, pointer: string, field: string, pattern: string): unknown {
    const m = this.missingChoice(text, missing, element, pointer, field, pattern);
    if (m) return m.value;
    return codeOfChoice(codelist, text);
  }

  private codes(text: string, codelist: string | undefined, missing: boolean, element: XmlElement, pointer: string, field: string, pattern: string): unknown {
    const values = text.split(/\s+/);
    // Only "none" and the missing reasons the form offers are special; any other value (one starting with `_`
    // included, such as `__proto__`) is an answer, which validation names as an unknown code.
    const special = values.filter((v) => v === NONE_CHOICE || (v.startsWith(MISSING_CHOICE_PREFIX) && formModel.missingReasons.includes(v.slice(MISSING_CHOICE_PREFIX.length))));
    if (special.length > 0 && values.length > 1) {
      this.problem('form-choices-combined', element, pointer, field, pattern, '“None” or a reason for no answer is chosen together with other answers.', 'Choose either the answers, or “none”, or one reason for no answer.');
      return undefined;
    }
    if (values[0] === NONE_CHOICE) return [];
    const m = this.missingChoice(values[0]!, missing, element, pointer, field, pattern);
    if (m) return m.value;
    return values.map((v) => codeOfChoice(codelist, v));
  }

  private boolean(text: string, missing: boolean, element: XmlElement, pointer: string, field: string, pattern: string): unknown {
    if (text === YES) return true;
    if (text === NO) return false;
    const m = this.missingChoice(text, missing, element, pointer, field, pattern);
    if (m) return m.value;
    this.problem('form-value-invalid', element, pointer, field, pattern, 'A yes/no question holds something other than yes or no.', `The form stores “${YES}” or “${NO}”; check that the submission was not edited by hand.`);
    return undefined;
  }

  private number(text: string, integer: boolean, element: XmlElement, pointer: string, field: string, pattern: string): number | undefined {
    const ok = integer ? INTEGER.test(text) : DECIMAL.test(text);
    const value = ok ? Number(text) : Number.NaN;
    if (Number.isFinite(value) && (!integer || Number.isSafeInteger(value))) return value;
    this.problem('form-value-invalid', element, pointer, field, pattern, integer ? 'This answer is not a whole number.' : 'This answer is not a number.', 'Write the number with digits only, a point for decimals and no thousands separators.');
    return undefined;
  }
}

/** The form field (`transactions[2]/amount`) of a JSON pointer, and the pattern of its element. */
function formPlace(pointer: string, report: unknown): { field: string; pattern: string } {
  const tokens = pointerTokens(pointer);
  const parts: string[] = [];
  let pattern = '';
  let node: unknown = report;
  for (const token of tokens) {
    const spec = ELEMENTS.get(pattern);
    if (/^\d+$/.test(token) && spec?.shape === 'list') {
      parts[parts.length - 1] += `[${Number(token) + 1}]`;
      pattern += '/*';
    } else if (spec?.shape === 'field' || spec?.shape === 'money' && !ownEntry(formModel.moneyParts, token)) {
      // Inside an answer (an item of a multi-select, the `missing` of a missing value): the question itself.
      if (token === 'missing' && spec.companion) parts[parts.length - 1] += MISSING_COMPANION_SUFFIX;
      break;
    } else {
      parts.push(token);
      pattern += `/${token}`;
    }
    node = node !== null && typeof node === 'object' ? (node as Json)[token] : undefined;
  }
  // An empty list was given by "there are none"; a missing value on a question with a companion, in the companion.
  const spec = ELEMENTS.get(pattern);
  if (spec?.shape === 'list' && Array.isArray(node) && node.length === 0) parts[parts.length - 1] += NONE_COMPANION_SUFFIX;
  if (spec?.companion && node !== null && typeof node === 'object' && 'missing' in (node as Json) && !parts.at(-1)?.endsWith(MISSING_COMPANION_SUFFIX)) {
    parts[parts.length - 1] += MISSING_COMPANION_SUFFIX;
  }
  return { field: parts.join('/'), pattern };
}

export interface SubmissionRead {
  report: Record<string, unknown>;
  /** The problems met while reading (not yet the validator's findings). */
  findings: ImportFinding[];
  /** The form field (and its label) a JSON pointer of the report came from. */
  locate(pointer: string): { field: string; label?: string };
}

/** Turns a parsed submission into a case report, with the problems met on the way; does not validate. */
export function readSubmissionDocument(root: XmlElement, file = 'submission'): SubmissionRead {
  if (root.attributes.id !== formModel.formId) {
    throw new UnusableInputError(`this is not a submission of the HTFDS case-report form (its form id is not “${formModel.formId}”)`, file, `line ${root.line}`);
  }
  const reader = new SubmissionReader();
  const report = reader.readObject(root, '', '', '');
  // The record identifier is the submission's own instance identifier (the form writes it; older engines may not).
  const instanceId = root.children.find((c) => c.name === 'meta')?.children.find((c) => c.name === 'instanceID')?.text.trim() ?? '';
  if ((typeof report.recordId !== 'string' || !UUID.test(report.recordId)) && UUID.test(instanceId.replace(/^uuid:/, ''))) report.recordId = instanceId.replace(/^uuid:/, '');
  if (report.schemaVersion === undefined && root.attributes.version) report.schemaVersion = root.attributes.version;
  const findings: ImportFinding[] = [...reader.findings];
  if (root.attributes.version !== formModel.version) {
    findings.push({
      code: 'form-version-different',
      severity: 'warning',
      path: '',
      field: root.name,
      line: root.line,
      message: `The submission comes from a version of the form other than this toolkit's (${formModel.version}).`,
      hint: 'Import it with the toolkit of the form’s version, or check the findings below with care.',
    });
  }
  const locate = (pointer: string) => {
    const { field, pattern } = formPlace(pointer, report);
    const label = labelOf(pattern);
    return { field: field || root.name, ...(label ? { label } : {}) };
  };
  return { report, findings, locate };
}

/** Turns a parsed submission into a case report and the findings of reading and validating it. */
export function importSubmissionDocument(root: XmlElement, file = 'submission'): SubmissionImport {
  const { report, findings, locate } = readSubmissionDocument(root, file);
  // Where reading already found a problem, the validator's finding about the same place adds nothing.
  const readProblems = findings.filter((f) => f.severity === 'error').map((f) => f.path);
  const all = [...findings];
  for (const finding of validateCaseReport(report)) {
    if (readProblems.some((p) => finding.path === p || finding.path.startsWith(`${p}/`))) continue;
    all.push({ ...finding, ...locate(finding.path) });
  }
  return { report, findings: all };
}

/** Parses submission XML; throws UnusableInputError (naming `file` and the place) when it cannot be read. */
export function parseSubmission(xml: string | Uint8Array, file = 'submission'): XmlElement {
  try {
    return readXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new UnusableInputError(error.reason, file, `line ${error.line}, column ${error.column}`);
    throw error;
  }
}

/** Imports a submission from XML text or bytes; throws UnusableInputError (naming `file` and the place) when it cannot be read. */
export function importSubmission(xml: string | Uint8Array, file = 'submission'): SubmissionImport {
  return importSubmissionDocument(parseSubmission(xml, file), file);
}

/** Reads a submission file's bytes, refusing what cannot be one before reading it all. */
export async function readSubmissionFile(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UnusableInputError('the file does not exist or cannot be read', file);
  if (info.size === 0) throw new UnusableInputError('the file is empty', file);
  if (info.size > MAX_XML_BYTES) throw new UnusableInputError(`the file is larger than ${MAX_XML_BYTES / 1024 / 1024} MiB; no submission is`, file);
  return readFile(file);
}

/** Reads and imports one submission file. */
export async function importSubmissionFile(file: string): Promise<SubmissionImport> {
  return importSubmission(await readSubmissionFile(file), file);
}
