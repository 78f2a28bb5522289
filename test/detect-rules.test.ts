/**
 * Every shipped rule fires on its planted pattern and stays quiet on ordinary activity of the same volume.
 * The data are hand-made synthetic fixtures (test/helpers/detect-data.ts), seeded; the engine is real DuckDB.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addFormats } from '../generators/validators/add-formats.js';
import { ANNOTATION_KEYWORDS } from './helpers/schema-validators.js';
import { createDetectionAlert } from '../src/detect/alerts.js';
import { detect, selectRules } from '../src/detect/detect.js';
import type { RuleOutcome } from '../src/detect/run-rules.js';
import { parseAlertMessage } from '../src/exchange/messages.js';
import { dataset, planters, RULE_PATTERNS, writeDataset, type Dataset } from './helpers/detect-data.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-detect-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZE = { customers: 400, months: 4 };
const run = async (data: Dataset, name: string) => {
  const r = await detect({ inputs: [writeDataset(join(dir, name), data)], memoryLimit: '1GB' });
  r.close();
  return r.outcomes;
};

let planted: Dataset;
let withPatterns: RuleOutcome[];
const quiet: RuleOutcome[][] = [];

beforeAll(async () => {
  planted = dataset(11, { ...SIZE, plant: Object.keys(planters) as (keyof typeof planters)[] });
  withPatterns = await run(planted, 'planted');
  // Two seeds of background alone, each of the same volume as the planted set.
  for (const seed of [11, 12]) quiet.push(await run(dataset(seed, SIZE), `background-${seed}`));
}, 120_000);

describe('detection rules', () => {
  test('every shipped rule has a planted pattern in these tests', () => {
    expect(selectRules({}).map((r) => r.id).sort()).toEqual(Object.keys(RULE_PATTERNS).sort());
  });

  test.each(Object.entries(RULE_PATTERNS))('%s fires on the planted %s pattern, and only on planted accounts', (ruleId, pattern) => {
    const outcome = withPatterns.find((o) => o.rule.id === ruleId)!;
    expect(outcome.error).toBeUndefined();
    const plantedBy = (typology: string) => new Set(planted.truth.filter((t) => t.typology === typology).map((t) => t.entityId));
    const anyPlanted = new Set(planted.truth.map((t) => t.entityId));
    expect(outcome.detections.some((d) => d.accounts.some((a) => plantedBy(pattern).has(a)))).toBe(true);
    for (const d of outcome.detections) expect(d.accounts.some((a) => anyPlanted.has(a))).toBe(true);
  });

  test('no rule fires on ordinary activity (two seeds)', () => {
    for (const outcomes of quiet) {
      expect(outcomes.filter((o) => o.error)).toEqual([]);
      expect(outcomes.filter((o) => o.detections.length > 0).map((o) => `${o.rule.id}: ${o.detections.length}`)).toEqual([]);
    }
  });

  test('alerts are valid indicator-alert messages that carry the rule, its parameters, the score and the evidence', () => {
    const outcome = withPatterns.find((o) => o.rule.id === 'FINCEN-HS14-S07')!;
    const message = createDetectionAlert(outcome.detections[0]!, 0, '2026-01', 'TLP:AMBER+STRICT');
    const parsed = parseAlertMessage({ headers: message.headers, payload: JSON.stringify(message.payload) });
    expect(parsed.payload.observation).toMatchObject({ indicatorId: 'FINCEN-HS14-S07', status: 'suspected', observedBy: 'financialInstitution', firstObserved: '2026-01' });
    const detection = message.payload.detection;
    expect(detection.parameters).toMatchObject({ windowDays: 14, minPlaces: 3 });
    expect(detection.score).toBeGreaterThan(0);
    expect(detection.score).toBeLessThanOrEqual(1);
    expect(detection.transactions.length).toBeGreaterThanOrEqual(4);
    expect(detection.accounts).toContain(detection.subject.id);
    // The verification level comes from the catalogue, not from the rule file.
    expect(detection).toMatchObject({ indicatorSource: 'FINCEN-2014', indicatorVerification: 'secondary', unverifiedIndicator: false });
  });

  test('every alert validates against the published indicator-alert schema (dist/, after a build)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, keywords: ANNOTATION_KEYWORDS });
    addFormats(ajv);
    ajv.addSchema(JSON.parse(readFileSync('dist/schema/htfds-case-report.flat.schema.json', 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync('dist/schema/indicator-alert.schema.json', 'utf8')));
    let index = 0;
    for (const outcome of withPatterns) {
      for (const d of outcome.detections) {
        const payload = createDetectionAlert(d, index++, '2026-01', 'TLP:AMBER+STRICT').payload;
        expect(validate(payload), `${outcome.rule.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(index).toBeGreaterThanOrEqual(19);
    // And the schema does hold the detection block to its shape.
    expect(validate({ ...createDetectionAlert(withPatterns[0]!.detections[0]!, 0, undefined, 'TLP:RED').payload, detection: { rule: 'X' } })).toBe(false);
  });

  test('alerts of rules on unverified indicators say so', () => {
    const outcome = withPatterns.find((o) => o.rule.indicator?.verification === 'unverified' && o.detections.length > 0)!;
    expect(createDetectionAlert(outcome.detections[0]!, 0, undefined, 'TLP:RED').payload.detection.unverifiedIndicator).toBe(true);
  });

  test('the same rule, parameters and subject give the same record ID, so a re-run deduplicates', () => {
    const d = withPatterns.find((o) => o.rule.id === 'FATF-HT18-01')!.detections[0]!;
    expect(createDetectionAlert(d, 0, undefined, 'TLP:RED').payload.recordId).toBe(createDetectionAlert(d, 5, '2026-02', 'TLP:RED').payload.recordId);
    expect(createDetectionAlert({ ...d, parameters: { ...d.parameters, minWagePayments: 4 } }, 0, undefined, 'TLP:RED').payload.recordId).not.toBe(createDetectionAlert(d, 0, undefined, 'TLP:RED').payload.recordId);
  });
});
