/** A problem found in the schema source, with the place it is and what to do about it. */
export interface SourceFinding {
  /** Stable rule code, e.g. `codelist-enum-mismatch`. */
  rule: string;
  /** Path of the file, relative to the repository. */
  file: string;
  /** JSON pointer inside a JSON file, when the problem has one. */
  pointer?: string;
  /** 1-based line in the file (CSV row or JSON line), when known. */
  line?: number;
  message: string;
  hint: string;
}

/** Formats a finding as one line: place, message, hint. */
export function formatFinding(f: SourceFinding): string {
  const place = [f.file, f.line !== undefined ? `line ${f.line}` : '', f.pointer !== undefined ? `#${f.pointer}` : '']
    .filter(Boolean)
    .join(' ');
  return `${place}: ${f.message} [${f.rule}] — ${f.hint}`;
}
