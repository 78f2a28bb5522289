/** Validates one case report: the schema first, then the rules beyond it. */
import { passesRules } from '../generated/check-case-report-rules.js';
import { passesSchema } from '../generated/check-case-report-schema.js';
import validateSchema from '../generated/validate-case-report.js';
import type { Finding } from './finding.js';
import { ruleFindings } from './rules.js';
import { schemaFindings } from './schema-findings.js';

/**
 * Returns every finding for the report: errors make it invalid, warnings (deprecations, codes outside an
 * open list, withdrawn indicators) do not. An empty list means a valid report with nothing to note.
 *
 * Generated verdict checks (no error objects, no pointers) clear reports with nothing to note quickly: only a
 * report the schema check rejects goes through the Ajv validator, whose errors become the findings (Ajv has the
 * last word on the verdict), and only one the rules check does not clear goes through the rules that write them.
 */
export function validateCaseReport(data: unknown): Finding[] {
  if (passesSchema(data)) return passesRules(data as Record<string, unknown>) ? [] : ruleFindings(data as Record<string, unknown>);
  if (!validateSchema(data)) return schemaFindings(validateSchema.errors ?? [], data);
  return ruleFindings(data as Record<string, unknown>);
}
