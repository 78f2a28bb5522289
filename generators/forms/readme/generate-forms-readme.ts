/** dist/templates/README-forms.md: what the form templates are, how to fill them in and how to import them. */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { MISSING_COMPANION_SUFFIX, NONE_CHOICE, NONE_COMPANION_SUFFIX, missingChoice } from '../../../src/forms/form-conventions.js';
import { BLANK_JSON_PATH } from '../blank-json/generate-blank-json.js';
import { PRINTABLE_HTML_PATH, PRINTABLE_PDF_PATH } from '../printable/generate-printable.js';
import { buildQuestionnaire, isGroup, type FormNode } from '../questionnaire/build-questionnaire.js';
import { SHOW_RULES } from '../questionnaire/form-logic.js';
import { XFORM_PATH } from '../xform/generate-xform.js';
import { XLSFORM_PATH } from '../xlsform/generate-xlsform.js';

export const FORMS_README_PATH = 'templates/README-forms.md';

const file = (path: string) => path.replace(/^templates\//, '');

export function* generateFormsReadme(model: FieldModel): Generator<GeneratedFile> {
  const q = buildQuestionnaire(model);
  let questions = 0;
  const count = (n: FormNode) => {
    if (n.kind === 'question') questions++;
    if (isGroup(n)) n.children.forEach(count);
  };
  q.root.children.forEach(count);
  const reasons = model.codelists.get('missingReason')!.codes;
  const text = `# HTFDS case report: mobile-survey forms, paper form and blank JSON

Generated from HTFDS version ${model.version}; do not edit these files by hand. They are built from the schema,
so every question, choice and code matches the standard of this version.

| file | what it is for |
|---|---|
| \`${file(XLSFORM_PATH)}\` | the XLSForm (survey, choices, settings sheets) for KoboToolbox, ODK Central or pyxform; start here to add questions of your own |
| \`${file(XFORM_PATH)}\` | the same form as ODK XForm XML, ready for ODK Collect, ODK Central, Enketo and ODK Web Forms |
| \`${file(PRINTABLE_HTML_PATH)}\`, \`${file(PRINTABLE_PDF_PATH)}\` | the paper form for interviews without a device |
| \`${file(BLANK_JSON_PATH)}\` | every section and data point of a report, for writing reports as JSON or mapping a system onto the standard |

The form has ${questions} questions in ${q.repeats.size} repeatable groups (one per list of the report: people,
accounts, transactions, debts, indicators and the others) and ${SHOW_RULES.length} rules that ask a question
only after the answer it depends on (debt details only when debt bondage is reported, the scam-compound
section only for forced criminality or a scam-compound case, crypto details only for crypto payments, …).

## How the form holds what a form normally cannot

- **Unknown is not no.** Every question that may be left unanswered offers the reasons as choices:
  ${reasons.map((r) => `\`${missingChoice(r.code)}\` (${r.title})`).join(', ')}. Questions that are not
  choices (dates, numbers, amounts, free text) have a companion question \`<name>${MISSING_COMPANION_SUFFIX}\`,
  shown while the answer is empty, that asks why.
- **None.** Multiple-choice questions whose answer may be an empty list have a choice \`${NONE_CHOICE}\`
  (“None of these”): it is imported as an empty list, which the standard reads as “none”, while an unanswered
  question is left out.
- **No entries.** Every list (people, accounts, transactions, …) is preceded by a box “there are none”
  (\`<list>${NONE_COMPANION_SUFFIX}\`): ticked, the report gets an empty list, which means none; left empty with no
  entry added, the list is left out of the report, which means not known or not asked. Lists of references or
  addresses typed as text cannot say “none”: an empty answer is left out.
- **Months** (year and month only) are date questions shown as month and year; ODK stores the first day of the
  month and the import keeps the year and month.
- **References** between parts of the report (an account's holders, a transaction's payer and payee) are the
  local identifiers you gave those people, organisations or accounts (P1, ACC-2, …), separated by spaces.
- **Record identifier**: the form uses the submission's own random instance identifier.

## Importing filled forms

\`\`\`sh
npx htfds import submission.xml --out reports/      # ODK / Kobo submission XML → reports/submission.json
\`\`\`

The import turns each submission into a case report and validates it. Every finding names the form field (its
place in the form, such as \`transactions[2]/amount/currency\`, and its label) and the JSON pointer in the report
(\`/transactions/1/amount/currency\`). Exit code 0: every report is valid; 1: a report has errors; 2: a file
could not be read as a submission.

## The blank JSON

\`${file(BLANK_JSON_PATH)}\` has every section and data point, in schema order:

- an answer that may be missing holds \`{"missing": "notAsked"}\`, which is valid and honest for a blank: replace
  it with the answer, or with another reason (\`unknown\`, \`declinedToAnswer\`, …);
- an answer that may not be missing (identifiers, references, the handling markings, the record's own details)
  holds \`null\`, which the validator rejects until it is filled in: \`npx htfds validate\` lists each one by
  JSON pointer. The TLP marking and the permitted purposes get no default on purpose: sharing decisions must be
  made by a person;
- every list holds one example item: copy it for more, delete the list when nothing is known (an empty list
  \`[]\` means “none”).

## The paper form

Questions are numbered by section; conditions say “Answer only if …” with the number of the question they
depend on. Long code lists (countries, currencies, the indicator catalogue) are not printed: write the code from
the list named, found in \`codelists/\` of this release. The PDF is the HTML printed by Chromium on A4.
`;
  yield { path: FORMS_README_PATH, content: text };
}
