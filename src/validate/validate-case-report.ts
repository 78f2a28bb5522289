/** Validates one case report: the schema first, then the rules beyond it. */
import { passesSchema } from '../generated/check-case-report-schema.js';
import validateSchema from '../generated/validate-case-report.js';
import type { Finding } from './finding.js';
import { ruleFindings, SHAPE_SAFE_RULES } from './rules.js';
import { schemaFindings } from './schema-findings.js';

/**
 * Returns every finding for the report: errors make it invalid, warnings (deprecations, codes outside an
 * open list, withdrawn indicators) do not. An empty list means a valid report with nothing to note.
 *
 * The generated verdict check (no error objects) clears valid reports quickly; only a report it rejects goes
 * through the Ajv validator, whose errors become the findings. Ajv has the last word on the verdict.
 */
export function validateCaseReport(data: unknown): Finding[] {
  if (!passesSchema(data) && !validateSchema(data)) {
    const findings = schemaFindings(validateSchema.errors ?? [], data);
    // References and date order are reported in the same round as the cell errors, so that a person fixes
    // everything at once; a place that already has a schema finding is not named twice.
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return findings;
    const placed = new Set(findings.map((f) => f.path));
    const rules = SHAPE_SAFE_RULES.flatMap((rule) => rule(data as Record<string, unknown>)).filter((f) => !placed.has(f.path));
    return [...findings, ...rules];
  }
  return ruleFindings(data as Record<string, unknown>);
}
