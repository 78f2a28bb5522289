// Generated from the HTFDS schema by generators/forms/import-model. Do not edit: change schema/ and run `npm run build`.
import type { FormImportModel } from '../forms/form-import-model.js';
declare const formImportModel: FormImportModel;
export default formImportModel;
