// Generated from the HTFDS sharing profiles by generators/profiles. Do not edit: change schema/ and run `npm run build`.
import type { ErrorObject } from 'ajv';
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
/** Profile name → validator of that profile's output (profiles that leave the organisation). */
declare const profileValidators: Record<string, Validate>;
export default profileValidators;
