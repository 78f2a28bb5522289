// Generated from the HTFDS schema by generators/runtime-model. Do not edit: change schema/ and run `npm run build`.
import type { RuntimeModel } from '../validate/runtime-model.js';
declare const runtimeModel: RuntimeModel;
export default runtimeModel;
