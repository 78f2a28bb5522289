// Generated from the HTFDS schema by generators/validators. Do not edit: change schema/ and run `npm run build`.
import type { ErrorObject } from 'ajv';
/** Validates a case report against the HTFDS schema; on failure, errors are in validate.errors. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
