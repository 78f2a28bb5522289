/** What the browser bundle exposes: validation of one report, and the schema facts for showing results. */
export { validateCaseReport, validateCaseReportCapped, MAX_FINDINGS_PER_REPORT, type CappedFindings } from './validate/validate-case-report.js';
export { isValid, type Finding, type FindingCode } from './validate/finding.js';
export { default as schemaFacts } from './generated/runtime-model.js';
export { parseReportJson, ReportJsonError, type ParsedReport } from './io/report-json.js';
export { validationBeyond } from './io/imported-record.js';
