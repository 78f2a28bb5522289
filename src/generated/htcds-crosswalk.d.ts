// Generated from schema/crosswalks by generators/crosswalk. Do not edit: change schema/ and run `npm run build`.
import type { HtcdsCrosswalk } from '../htcds/crosswalk.js';
declare const htcdsCrosswalk: HtcdsCrosswalk;
export default htcdsCrosswalk;
