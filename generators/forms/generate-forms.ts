/** The form generators (mobile-survey forms, paper form, blank JSON, the import model), in build order. */
import { generateBlankJson } from './blank-json/generate-blank-json.js';
import { generateFormImportModel } from './import-model/generate-form-import-model.js';
import { generatePrintable } from './printable/generate-printable.js';
import { generateFormsReadme } from './readme/generate-forms-readme.js';
import { generateXForm } from './xform/generate-xform.js';
import { generateXlsform } from './xlsform/generate-xlsform.js';

export const FORM_GENERATORS = [generateXlsform, generateXForm, generatePrintable, generateBlankJson, generateFormsReadme, generateFormImportModel];
