/**
 * dist/templates/htfds-case-report.xlsform.xlsx: the questionnaire as an XLSForm (survey, choices, settings
 * sheets) for KoboToolbox, ODK Central and pyxform. It is the same questionnaire as the XForm, row for row:
 * adopters who want to add their own questions start here. Expressions use `${name}` where the name is unique
 * in the form and the XForm's own paths elsewhere, so both files say the same thing.
 */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { INSTANCE_ROOT } from '../../../src/forms/form-conventions.js';
import { writeXlsx, type SheetSpec } from '../../../src/tabular/xlsx/xlsx-writer.js';
import { toXlsform, type Expr } from '../questionnaire/expressions.js';
import { buildQuestionnaire, isGroup, type FormNode, type Questionnaire } from '../questionnaire/build-questionnaire.js';

export const XLSFORM_PATH = 'templates/htfds-case-report.xlsform.xlsx';

/** Translatable columns carry the language, as in the XForm's itext, so a translation is one more column. */
const LANGUAGE = 'English (en)';
export const SURVEY_COLUMNS = [
  'type',
  'name',
  `label::${LANGUAGE}`,
  `hint::${LANGUAGE}`,
  'required',
  `required_message::${LANGUAGE}`,
  'relevant',
  'constraint',
  `constraint_message::${LANGUAGE}`,
  'appearance',
  'calculation',
] as const;
export const CHOICES_COLUMNS = ['list_name', 'name', `label::${LANGUAGE}`] as const;
export const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'default_language', 'name'] as const;

type SurveyRow = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;

/** The survey rows of a questionnaire, in form order. */
export function surveyRows(q: Questionnaire): SurveyRow[] {
  const counts = new Map<string, string[]>();
  const count = (n: FormNode) => {
    counts.set(n.name, [...(counts.get(n.name) ?? []), n.xpath]);
    if (isGroup(n)) n.children.forEach(count);
  };
  q.root.children.forEach(count);
  const unique = new Map([...counts].filter(([, paths]) => paths.length === 1).map(([name, paths]) => [name, paths[0]!]));
  const expr = (e: Expr | undefined, context: string) => (e ? toXlsform(e, context, q.repeats, unique) : undefined);

  const rows: SurveyRow[] = [];
  const visit = (n: FormNode) => {
    const relevant = expr(n.relevant, n.xpath);
    if (isGroup(n)) {
      rows.push({ type: `begin ${n.kind}`, name: n.name, [`label::${LANGUAGE}`]: n.label, relevant });
      n.children.forEach(visit);
      rows.push({ type: `end ${n.kind}`, name: n.name });
      return;
    }
    if (n.kind === 'calculate') {
      rows.push({ type: 'calculate', name: n.name, [`label::${LANGUAGE}`]: n.label, relevant, calculation: expr(n.calculation, n.xpath) });
      return;
    }
    const required = expr(n.required, n.xpath);
    const constraint = expr(n.constraint, n.xpath);
    rows.push({
      type: n.list ? `${n.type} ${n.list}` : n.type,
      name: n.name,
      [`label::${LANGUAGE}`]: n.label,
      [`hint::${LANGUAGE}`]: n.hint || undefined,
      // pyxform writes `yes` as true(); anything else is an expression.
      required: required === 'true()' ? 'yes' : required,
      [`required_message::${LANGUAGE}`]: required ? n.requiredMessage : undefined,
      relevant,
      constraint,
      [`constraint_message::${LANGUAGE}`]: constraint ? n.constraintMessage : undefined,
      appearance: n.appearance,
    });
  };
  q.root.children.forEach(visit);
  return rows;
}

function sheet(name: string, columns: readonly string[], rows: Partial<Record<string, string>>[]): SheetSpec {
  return {
    name,
    columns: columns.map((key) => ({ width: key.startsWith('hint') || key.startsWith('constraint') || key === 'relevant' ? 60 : key.startsWith('label') ? 40 : 20 })),
    rows: [{ cells: columns, styles: columns.map(() => ({ bold: true })) }, ...rows.map((row) => ({ cells: columns.map((c) => row[c] ?? null) }))],
    frozen: { rows: 1 },
  };
}

/** The XLSForm workbook; the same bytes from build to build. */
export async function renderXlsform(q: Questionnaire): Promise<Buffer> {
  const bytes = writeXlsx({
    creator: 'HTFDS generators/forms/xlsform',
    sheets: [
      sheet('survey', SURVEY_COLUMNS, surveyRows(q)),
      sheet('choices', CHOICES_COLUMNS, [...q.lists.values()].flatMap((list) => list.choices.map((c) => ({ list_name: list.name, name: c.value, [`label::${LANGUAGE}`]: c.label })))),
      sheet('settings', SETTINGS_COLUMNS, [{ form_title: q.title, form_id: q.formId, version: q.version, default_language: LANGUAGE, name: INSTANCE_ROOT }]),
    ],
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function generateXlsform(model: FieldModel): Promise<GeneratedFile[]> {
  return [{ path: XLSFORM_PATH, content: await renderXlsform(buildQuestionnaire(model)) }];
}
