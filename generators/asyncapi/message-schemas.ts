/**
 * Schema files the exchange description's payloads point at: the case report as one flat document (refs
 * `#/$defs/…`, no embedded resources, so that any JSON reference resolver reads it), an indicator alert, and a
 * validation report.
 */
import type { GeneratedFile } from '../generated-file.js';
import { canonicalJson } from '../lint/lint-schema.js';
import { flattenBundle, withFlatRefs } from '../model/bundle-schema.js';
import type { FieldModel } from '../model/field-model.js';
import type { JsonObject } from '../model/source.js';

export const FLAT_SCHEMA_PATH = 'schema/htfds-case-report.flat.schema.json';
export const INDICATOR_ALERT_SCHEMA_PATH = 'schema/indicator-alert.schema.json';
export const VALIDATION_REPORT_SCHEMA_PATH = 'schema/validation-report.schema.json';

/** The published URI of a file of dist/schema/, mirroring the file layout so relative references work both ways. */
const idOf = (model: FieldModel, path: string) => String(model.bundle.$id).replace(/case-report\.schema\.json$/, path.replace(/^schema\//, ''));

/** The case-report schema as one flat document, annotations included. */
export function flatCaseReportSchema(model: FieldModel): JsonObject {
  const flat = flattenBundle(model.bundle, (schema, file) => withFlatRefs(schema, file) as JsonObject);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: idOf(model, FLAT_SCHEMA_PATH), ...flat };
}

export function indicatorAlertSchema(model: FieldModel): JsonObject {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: idOf(model, INDICATOR_ALERT_SCHEMA_PATH),
    title: 'Indicator alert',
    description: 'A red-flag indicator observed in a case, with its confidence and references to the evidence in the report it came from.',
    type: 'object',
    additionalProperties: false,
    required: ['recordId', 'indicatorCatalogueVersion', 'observation'],
    properties: {
      recordId: { type: 'string', format: 'uuid', description: 'The report the observation belongs to.' },
      indicatorCatalogueVersion: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', examples: [model.version] },
      observation: { $ref: './htfds-case-report.flat.schema.json#/$defs/IndicatorObservation' },
      detection: detectionSchema(),
    },
  };
}

/** What `htfds detect` adds to an alert raised by a detection rule over a bank's own transactions. */
function detectionSchema(): JsonObject {
  const ids = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
  return {
    type: 'object',
    description: 'Present when a detection rule raised the alert: the rule (named after the indicator), the parameter values it ran with, its score, and the evidence as the bank\'s own transaction and account keys. unverifiedIndicator is true when the catalogue has not verified the indicator against its source.',
    additionalProperties: false,
    required: ['rule', 'parameters', 'score', 'subject', 'transactions', 'accounts', 'evidenceTruncated', 'indicatorSource', 'indicatorVerification', 'unverifiedIndicator'],
    properties: {
      rule: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$' },
      parameters: { type: 'object', additionalProperties: { anyOf: [{ type: 'number' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
      score: { type: 'number', minimum: 0, maximum: 1 },
      subject: { type: 'object', additionalProperties: false, required: ['kind', 'id'], properties: { kind: { enum: ['account', 'sharedContact'] }, id: { type: 'string', minLength: 1 } } },
      transactions: ids,
      accounts: ids,
      evidenceTruncated: { type: 'integer', minimum: 0, description: 'How many evidence items were left out of this alert beyond the cap.' },
      indicatorSource: { type: 'string' },
      indicatorVerification: { type: 'string' },
      unverifiedIndicator: { type: 'boolean' },
    },
  };
}

export function validationReportSchema(model: FieldModel): JsonObject {
  const text = { type: 'string', minLength: 1 };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: idOf(model, VALIDATION_REPORT_SCHEMA_PATH),
    title: 'Validation report',
    description: 'The findings of validating one submitted report: places and plain-language messages, never the submitted values.',
    type: 'object',
    additionalProperties: false,
    required: ['valid', 'findings'],
    properties: {
      recordId: { type: 'string', description: 'The submitted report, when its identifier could be read.' },
      valid: { type: 'boolean' },
      findings: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'severity', 'path', 'message', 'hint'],
          properties: { code: text, severity: { enum: ['error', 'warning'] }, path: { type: 'string' }, message: text, hint: text },
        },
      },
    },
  };
}

/** Any RFC 9562 UUID, as record identifiers are (random ones, and the keyed ones of the tactical profile). */
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const uuid = (description: string): JsonObject => ({ type: 'string', format: 'uuid', pattern: UUID_PATTERN, description });

/** What a submitter sends on htfds.withdrawals.<its ID> to withdraw a record (small enough to live in the exchange description). */
export function withdrawalSchema(): JsonObject {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['recordId'],
    properties: { recordId: uuid('The record to withdraw, as the submitter submitted it.') },
  };
}

/** What the hub sends each recipient of a withdrawn record. */
export function withdrawalNoticeSchema(): JsonObject {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['recordId', 'withdrawn', 'at'],
    properties: {
      recordId: uuid('The withdrawn record as this recipient received it (under a profile that issues its own identifiers, not the submitter\'s).'),
      withdrawn: { const: true, description: 'Always true: the record was withdrawn and the hub deleted its delivery.' },
      at: { type: 'string', format: 'date-time', description: 'When the hub handled the withdrawal.' },
    },
  };
}

export function* generateMessageSchemas(model: FieldModel): Generator<GeneratedFile> {
  yield { path: FLAT_SCHEMA_PATH, content: canonicalJson(flatCaseReportSchema(model)) };
  yield { path: INDICATOR_ALERT_SCHEMA_PATH, content: canonicalJson(indicatorAlertSchema(model)) };
  yield { path: VALIDATION_REPORT_SCHEMA_PATH, content: canonicalJson(validationReportSchema(model)) };
}
