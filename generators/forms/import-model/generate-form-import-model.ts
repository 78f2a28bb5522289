/**
 * src/generated/form-import-model.js: how to read a submission of the generated forms back into a case report
 * (see src/forms/form-import-model.ts). Written from the same questionnaire as the forms, so that the import
 * always matches the forms of the same build.
 */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { choiceValue } from '../../../src/forms/form-conventions.js';
import type { FormImportModel, ImportElement, ImportValueKind } from '../../../src/forms/form-import-model.js';
import { buildQuestionnaire, type FormNode, type Question } from '../questionnaire/build-questionnaire.js';
import { moneyParts } from '../questionnaire/schema-facts.js';

const BANNER = '// Generated from the HTFDS schema by generators/forms/import-model. Do not edit: change schema/ and run `npm run build`.';

function valueKind(q: Question): ImportValueKind {
  if (q.role.of !== 'field') throw new Error('only answers have value kinds');
  const field = q.role.field;
  if (field.kind === 'boolean') return 'boolean';
  if (q.type === 'select_multiple') return 'codes';
  if (q.type === 'select_one') return field.codelist ? 'code' : 'text';
  if (q.type === 'integer') return 'integer';
  if (q.type === 'decimal') return 'number';
  if (field.kind === 'yearMonth') return 'yearMonth';
  return field.cardinality === 'many' ? 'list' : 'text';
}

export function formImportModel(model: FieldModel): FormImportModel {
  const q = buildQuestionnaire(model);
  const elements: Record<string, ImportElement> = {};
  const visit = (node: FormNode) => {
    if (node.kind === 'calculate') {
      elements[node.path] = { shape: 'field', title: node.label, kind: 'text', acceptsMissing: false };
    } else if (node.kind === 'question') {
      if (node.role.of !== 'field') return;
      const field = node.role.field;
      elements[node.path] = {
        shape: 'field',
        title: node.label,
        kind: valueKind(node),
        ...(field.codelist ? { codelist: field.codelist } : {}),
        acceptsMissing: field.acceptsMissing,
        ...(field.acceptsMissing && !node.list ? { companion: true } : {}),
      };
    } else if (node.money) {
      elements[node.path] = { shape: 'money', title: node.label, acceptsMissing: node.money.acceptsMissing, ...(node.money.acceptsMissing ? { companion: true } : {}) };
    } else {
      elements[node.path] = { shape: node.kind === 'repeat' ? 'list' : 'object', title: node.label };
      node.children.forEach(visit);
    }
  };
  q.root.children.forEach(visit);

  const choiceCodes: Record<string, Record<string, string>> = {};
  for (const list of [...model.codelists.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const differing = list.codes.filter((c) => choiceValue(c.code) !== c.code);
    if (differing.length > 0) choiceCodes[list.name] = Object.fromEntries(differing.map((c) => [choiceValue(c.code), c.code]));
  }
  return {
    formId: q.formId,
    version: q.version,
    elements,
    moneyParts: Object.fromEntries(moneyParts(model).map((p) => [p.name, { kind: p.kind, ...(p.codelist ? { codelist: p.codelist } : {}), title: p.title }])),
    choiceCodes,
    missingReasons: model.codelists.get('missingReason')!.codes.map((c) => c.code),
  };
}

export function* generateFormImportModel(model: FieldModel): Generator<GeneratedFile> {
  yield { root: 'src', path: 'form-import-model.js', content: `${BANNER}\nexport default ${JSON.stringify(formImportModel(model))};\n` };
  yield {
    root: 'src',
    path: 'form-import-model.d.ts',
    content: `${BANNER}\nimport type { FormImportModel } from '../forms/form-import-model.js';\ndeclare const formImportModel: FormImportModel;\nexport default formImportModel;\n`,
  };
}
