/** Validates one case report: the schema first, then the rules beyond it. */
import { passesRules } from '../generated/check-case-report-rules.js';
import { passesSchema } from '../generated/check-case-report-schema.js';
import validateSchema from '../generated/validate-case-report.js';
import { isValid, type Finding } from './finding.js';
import { ruleFindings } from './rules.js';
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
  } else if (!validateSchema(data)) return { ...schemaFindingsCapped(validateSchema.errors ?? [], data, max), valid: false };
  const findings = ruleFindings(data as Record<string, unknown>);
  const valid = isValid(findings);
  return findings.length > max ? { findings: findings.slice(0, max), omitted: findings.length - max, valid } : { findings, omitted: 0, valid };
}
