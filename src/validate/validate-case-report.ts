/** Validates one case report: the schema first, then the rules beyond it. */
import { passesSchema } from '../generated/check-case-report-schema.js';
import validateSchema from '../generated/validate-case-report.js';
import type { Finding } from './finding.js';
import { ruleFindings } from './rules.js';
import { schemaFindings } from './schema-findings.js';

/**
 * Returns every finding for the report: errors make it invalid, warnings (deprecations, codes outside an
 * open list, withdrawn indicators) do not. An empty list means a valid report with nothing to note.
 *
 * The generated verdict check (no error objects) clears valid reports quickly; only a report it rejects goes
 * through the Ajv validator, whose errors become the findings. Ajv has the last word on the verdict.
 */
export function validateCaseReport(data: unknown): Finding[] {
  if (!passesSchema(data) && !validateSchema(data)) return schemaFindings(validateSchema.errors ?? [], data);
  return ruleFindings(data as Record<string, unknown>);
}
