// Generated from the HTFDS schema by generators/templates/layout. Do not edit: change schema/ and run `npm run build`.
import type { TabularLayout } from '../tabular/layout.js';
declare const tabularLayout: TabularLayout;
export default tabularLayout;
