// Generated from the HTFDS schema by generators/validators/generate-verdict.ts. Do not edit: change schema/ and run `npm run build`.
/** True when the report passes the HTFDS schema (the same verdict as the Ajv validator, without its errors). */
export declare function passesSchema(data: unknown): boolean;
