/**
 * The conventions the generated mobile-survey forms (XLSForm / XForm) and the submission import share, so that
 * what the form writes is exactly what the import reads back. The form's instance mirrors the case report: one
 * element per JSON property, repeated elements for list items; everything below is how the few values that a
 * form cannot hold as they are (missing values, "none", codes with spaces) are written.
 */

/** The form's id (XForm `id` attribute, XLSForm `form_id`). */
export const FORM_ID = 'htfds-case-report';

/** The root element of the form's instance. */
export const INSTANCE_ROOT = 'data';

/** A choice standing for a missing value is the reason with this prefix: `_notAsked`. No code starts with `_`. */
export const MISSING_CHOICE_PREFIX = '_';

/** The choice of a multi-select that says "none of these" (an empty list in the report). */
export const NONE_CHOICE = '_none';

/**
 * A question that cannot offer missing reasons as choices (a date, a number, an amount) has a companion
 * question named `<name>_missing` beside it, asked only while the answer is empty. Property names are
 * lowerCamelCase, so the suffix cannot collide with one.
 */
export const MISSING_COMPANION_SUFFIX = '_missing';

/**
 * A list of objects (a repeat) is preceded by a question `<name>_none` with the one choice NONE_CHOICE, "there
 * are none", so that the form can say "no accounts" (an empty list) as well as leave the list unanswered.
 */
export const NONE_COMPANION_SUFFIX = '_none';

/** Yes/no questions store these values. */
export const YES = 'true';
export const NO = 'false';

/** The choice value of a missing reason. */
export const missingChoice = (reason: string): string => `${MISSING_CHOICE_PREFIX}${reason}`;

/**
 * The choice value of a code. Multi-select answers are space-separated lists, so whitespace inside a code
 * (a few external codes have it) becomes `_`; the import maps the value back through the code list.
 */
export const choiceValue = (code: string): string => code.replace(/\s/g, '_');

/** Elements ODK and KoboToolbox add to every submission, which hold no report data. */
export const FORM_METADATA_ELEMENTS = new Set(['meta', '__version__', 'formhub', '_version_', '_id', '_uuid', '_submission_time']);
