/**
 * Writes a case report as a submission of the generated HTFDS form would hold it: the inverse of
 * src/forms/import-submission.ts, following the same conventions, for round-trip tests. It writes what a form
 * engine writes (empty elements are left out, months as their first day, missing reasons as choices or in
 * companion elements), and nothing of the form's relevance logic, which the import does not depend on.
 */
import formModel from '../../src/generated/form-import-model.js';
import runtimeModel from '../../src/generated/runtime-model.js';
import { choiceValue, FORM_ID, INSTANCE_ROOT, missingChoice, MISSING_COMPANION_SUFFIX, NO, NONE_CHOICE, NONE_COMPANION_SUFFIX, YES } from '../../src/forms/form-conventions.js';

/** Deprecated fields are not in the form, nor parts holding nothing else: a form engine cannot have written them. */
const askedPaths = runtimeModel.fields.filter((f) => !f.deprecated).map((f) => f.path);
const formCanHold = (path: string) => askedPaths.some((p) => p === path || p.startsWith(`${path}/`));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isMissing = (v: unknown): v is { missing: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'missing' in v;

function scalar(value: unknown, kind: string | undefined): string {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (kind === 'yearMonth' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (kind === 'code' && typeof value === 'string') return choiceValue(value);
  return String(value);
}

function element(name: string, text: string): string {
  return `<${name}>${esc(text)}</${name}>`;
}

function object(value: Record<string, unknown>, pattern: string): string {
  let out = '';
  for (const [name, v] of Object.entries(value)) {
    const path = `${pattern}/${name}`;
    const spec = formModel.elements[path];
    if (!spec) {
      if (!formCanHold(path)) continue;
      throw new Error(`${path} is not in the form`);
    }
    if (spec.shape === 'list') {
      const items = v as Record<string, unknown>[];
      if (items.length === 0) out += element(`${name}${NONE_COMPANION_SUFFIX}`, NONE_CHOICE);
      for (const item of items) out += `<${name}>${object(item, `${path}/*`)}</${name}>`;
    } else if (spec.shape === 'object') {
      out += `<${name}>${object(v as Record<string, unknown>, path)}</${name}>`;
    } else if (isMissing(v)) {
      out += spec.companion ? `<${name}/>${element(`${name}${MISSING_COMPANION_SUFFIX}`, v.missing)}` : element(name, missingChoice(v.missing));
    } else if (spec.shape === 'money') {
      const parts = Object.entries(v as Record<string, unknown>)
        .map(([part, pv]) => element(part, formModel.moneyParts[part]?.kind === 'code' ? choiceValue(String(pv)) : scalar(pv, formModel.moneyParts[part]?.kind)))
        .join('');
      out += `<${name}>${parts}</${name}>`;
    } else if (Array.isArray(v)) {
      const text = v.length === 0 && spec.kind === 'codes' ? NONE_CHOICE : v.map((x) => (spec.kind === 'codes' ? choiceValue(String(x)) : String(x))).join(' ');
      out += element(name, text);
    } else {
      out += element(name, scalar(v, spec.kind));
    }
  }
  return out;
}

/** The submission XML of a report; the instance ID is the report's record ID. */
export function reportToSubmission(report: Record<string, unknown>, version = formModel.version): string {
  const meta = typeof report.recordId === 'string' ? `<meta><instanceID>uuid:${esc(report.recordId)}</instanceID></meta>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${INSTANCE_ROOT} id="${FORM_ID}" version="${version}">${object(report, '')}${meta}</${INSTANCE_ROOT}>\n`;
}
