/** Validates one case report: the schema first, then the rules beyond it. */
import { passesRules } from '../generated/check-case-report-rules.js';
import { passesSchema } from '../generated/check-case-report-schema.js';
import validateSchema from '../generated/validate-case-report.js';
import { isValid, type Finding } from './finding.js';
import { ruleFindings, SHAPE_SAFE_RULES } from './rules.js';
import { schemaFindingsCapped } from './schema-findings.js';

/** Findings kept per report unless the caller says otherwise; the rest are counted, not built. */
export const MAX_FINDINGS_PER_REPORT = 1000;

export interface CappedFindings {
  /** The first findings, at most the cap. */
  findings: Finding[];
  /** How many more the report has. */
  omitted: number;
  /** The verdict over all the findings, kept or not. */
  valid: boolean;
}

/**
 * Returns every finding for the report: errors make it invalid, warnings (deprecations, codes outside an
 * open list, withdrawn indicators) do not. An empty list means a valid report with nothing to note.
 *
 * Generated verdict checks (no error objects, no pointers) clear reports with nothing to note quickly: only a
 * report the schema check rejects goes through the Ajv validator, whose errors become the findings (Ajv has the
 * last word on the verdict), and only one the rules check does not clear goes through the rules that write them.
 */
export function validateCaseReport(data: unknown): Finding[] {
  return validateCaseReportCapped(data, Infinity).findings;
}

/**
 * As validateCaseReport, keeping at most `max` findings and counting the rest: a report with hundreds of
 * thousands of errors costs little more than reading them, since only the kept ones are put into words.
 */
export function validateCaseReportCapped(data: unknown, max = MAX_FINDINGS_PER_REPORT): CappedFindings {
  if (passesSchema(data)) {
    if (passesRules(data as Record<string, unknown>)) return { findings: [], omitted: 0, valid: true };
  } else if (!validateSchema(data)) {
    const schema = schemaFindingsCapped(validateSchema.errors ?? [], data, max);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ...schema, valid: false };
    // References and date order are reported in the same round as the cell errors, so that a person fixes
    // everything at once; a place that already has a schema finding is not named twice.
    const placed = new Set(schema.findings.map((f) => f.path));
    const rules = SHAPE_SAFE_RULES.flatMap((rule) => rule(data as Record<string, unknown>)).filter((f) => !placed.has(f.path));
    return { ...capped([...schema.findings, ...rules], max, schema.omitted), valid: false };
  }
  const findings = ruleFindings(data as Record<string, unknown>);
  return { ...capped(findings, max, 0), valid: isValid(findings) };
}

function capped(findings: Finding[], max: number, alreadyOmitted: number): { findings: Finding[]; omitted: number } {
  return findings.length > max ? { findings: findings.slice(0, max), omitted: alreadyOmitted + findings.length - max } : { findings, omitted: alreadyOmitted };
}
