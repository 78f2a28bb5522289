// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
/** True when the rules beyond the schema find nothing in a report that passed the schema (no error, no warning). */
export declare function passesRules(report: Record<string, unknown>): boolean;
