/** What validation reports: one finding per problem, with a stable code, a place, and words a person can act on. */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable rule code, e.g. `code-unknown`, `reference-unresolved`. */
  code: string;
  severity: Severity;
  /** JSON pointer to the place in the report. */
  path: string;
  /** What is wrong, in plain words. Never contains the report's own values, only field names and codes. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** True when no finding is an error (warnings do not make a report invalid). */
export function isValid(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}
