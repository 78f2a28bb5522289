/** HTFDS runtime library: types and validation of case reports. */
export type { CaseReport } from './generated/case-report.js';
export { validateCaseReport } from './validate/validate-case-report.js';
export { isValid, type Finding, type Severity } from './validate/finding.js';
export { default as schemaFacts } from './generated/runtime-model.js';
export { anonymiseReport, SharingRefusal, type AnonymiseOptions } from './share/anonymise.js';
export * from './exchange/messages.js';
