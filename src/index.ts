/** HTFDS runtime library: types and validation of case reports, and sharing them safely. */
export type { CaseReport } from './generated/case-report.js';
export { validateCaseReport } from './validate/validate-case-report.js';
export { isValid, type Finding, type Severity } from './validate/finding.js';
// Migrating reports written for an earlier version, with the account of every value that could not be carried.
export { upgradeReport, upgradeReportWithNotes, UpgradeError, type UpgradeNote } from './upgrade/upgrade.js';
export { default as schemaFacts } from './generated/runtime-model.js';
export { anonymiseReport, SharingRefusal, type AnonymiseOptions, type AnonymiseNotes } from './share/anonymise.js';
// The keyed hash of one identifier as the anonymiser makes it, for a member matching its own records against a lead's hashes.
export { identifierHash, type KeyedHash } from './share/keyed-hash.js';
export { anonymiseBatch, type BatchEvent, type BatchSummary, type SourceReport } from './share/batch.js';
export { StatsAccumulator, DEFAULT_DIMENSIONS, dimensionFor, type Dimension, type StatsRelease } from './share/stats.js';
export { parseRational, type Rational } from './share/discrete-laplace.js';
export { emptyLedger, spend, spent, BudgetExceeded, type BudgetLedger } from './share/privacy-budget.js';
export * from './exchange/messages.js';

// Reading reports, for programs as for the CLI: JSON and NDJSON (streamed, one report per line), and the filled
// templates (a workbook, a CSV package, ODK / KoboToolbox form submissions), each report with its findings placed.
export { readRecords, UnusableInputError, type InputRecord } from './io/read-records.js';
export { formatPlace, type ImportedRecord, type Place, type PlacedFinding } from './io/imported-record.js';
export { importCsvPackage, importWorkbook } from './tabular/import-tabular.js';
export { readSubmissionRecords } from './forms/submission-importer.js';
export { importSubmission, type SubmissionImport } from './forms/import-submission.js';
// HTCDS v2.0 data (IOM's Excel template, submissions of IOM's XLSForm) through the crosswalk, and the crosswalk itself.
export { importAnySubmission, importAnyWorkbook, type HtcdsOptions } from './htcds/import-htcds.js';
export { default as htcdsCrosswalk } from './generated/htcds-crosswalk.js';
export type { CrosswalkRow, HtcdsCrosswalk, HtcdsField } from './htcds/crosswalk.js';
// Writing the templates back: the exact inverse of the importers.
export { exportCsvPackage, exportWorkbook, ExportRefused, type ExportProblem } from './tabular/export-tabular.js';
export { IMPORT_CODES, VALIDATION_CODES, type FindingCode } from './validate/finding.js';
// The sharing hub: its configuration, the hub itself, and the member client (the NATS packages it needs are optional peer dependencies, loaded on first use).
export { HUB_CONFIG_SCHEMA, HubConfigError, loadHubConfig, parseHubConfig, type HubConfig, type HubMember } from './hub/config.js';
export { startHub, type HubEvent, type HubOptions, type RunningHub } from './hub/pipeline.js';
export { MemberClient, pseudonymiseForGroup, type Delivery, type MemberSettings, type SubmitResult } from './hub/member.js';
export { natsServerConfig } from './hub/nats-config.js';
