/** Validates one case report: the schema first, then the rules beyond it. */
import validateSchema from '../generated/validate-case-report.js';
import type { Finding } from './finding.js';
import { ruleFindings } from './rules.js';
import { schemaFindings } from './schema-findings.js';

/**
 * Returns every finding for the report: errors make it invalid, warnings (deprecations, codes outside an
 * open list, withdrawn indicators) do not. An empty list means a valid report with nothing to note.
 */
export function validateCaseReport(data: unknown): Finding[] {
  if (!validateSchema(data)) return schemaFindings(validateSchema.errors ?? [], data);
  return ruleFindings(data as Record<string, unknown>);
}
