// Generated from the HTFDS sharing profiles by generators/profiles. Do not edit: change schema/ and run `npm run build`.
/** Profile name → whether an output passes that profile's schema (the Ajv validator's verdict, without its errors). */
declare const profileVerdicts: Record<string, (data: unknown) => boolean>;
export default profileVerdicts;
