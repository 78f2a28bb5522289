/** HTFDS runtime library: types and validation of case reports, and sharing them safely. */
export type { CaseReport } from './generated/case-report.js';
export { validateCaseReport } from './validate/validate-case-report.js';
export { isValid, type Finding, type Severity } from './validate/finding.js';
export { default as schemaFacts } from './generated/runtime-model.js';
export { anonymiseReport, SharingRefusal, type AnonymiseOptions, type AnonymiseNotes } from './share/anonymise.js';
export { anonymiseBatch, type BatchEvent, type BatchSummary, type SourceReport } from './share/batch.js';
export { StatsAccumulator, DEFAULT_DIMENSIONS, dimensionFor, type Dimension, type StatsRelease } from './share/stats.js';
export { parseRational, type Rational } from './share/discrete-laplace.js';
export { emptyLedger, spend, spent, BudgetExceeded, type BudgetLedger } from './share/privacy-budget.js';
export * from './exchange/messages.js';
