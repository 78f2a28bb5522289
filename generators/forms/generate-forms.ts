/** The form generators (mobile-survey forms, paper form, blank JSON, the import model), in build order. */
import { generateFormImportModel } from './import-model/generate-form-import-model.js';
import { generateXForm } from './xform/generate-xform.js';
import { generateXlsform } from './xlsform/generate-xlsform.js';

export const FORM_GENERATORS = [generateXlsform, generateXForm, generateFormImportModel];
