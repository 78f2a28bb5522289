/**
 * Indicator alerts through the hub, tested as an attacker would: a distinctive value planted in each string
 * position an alert message has never reaches a recipient, under any profile a recipient can have — the hub
 * refuses the alert, or the value is gone from what it delivers. Synthetic alerts only.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createDetectionAlert } from '../src/detect/alerts.js';
import type { Detection } from '../src/detect/run-rules.js';
import { CATALOGUE_PATH, DEFAULT_RULES_DIR } from '../src/detect/detect.js';
import { loadRules, loadYamlReader, type Rule } from '../src/detect/rules/rule.js';
import { pseudonymiseAlertForGroup } from '../src/hub/alert-pseudonyms.js';
import { admitAlert, prepareAlertChecks, shapeAlertFor } from '../src/hub/alerts.js';
import type { HubMember } from '../src/hub/config.js';
import { SharingRefusal } from '../src/share/refusal.js';

type Json = Record<string, any>;

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 5) % 256);
const PROFILES = ['tactical', 'aggregate', 'internal'] as const;
const recipient = (profile: string): HubMember => ({ id: `bank-${profile}`, password: 'synthetic-password-0123456789', roles: ['recipient'], profile });

let rule: Rule;
beforeAll(async () => {
  await prepareAlertChecks();
  expect(await loadYamlReader(), 'the yaml package (a dev dependency) reads the rules').toBe(true);
  rule = loadRules(DEFAULT_RULES_DIR(), CATALOGUE_PATH()).find((r) => r.id === 'AUSTRAC-FSS22-C04')!;
});

/** A synthetic detection by a shipped rule with its default parameters, as `htfds detect` would make it. */
function alertMessage(): { headers: Json; payload: Json } {
  const parameters = Object.fromEntries(Object.entries(rule.parameters).map(([name, p]) => [name, p.default]));
  const detection: Detection = { rule, subject: 'CUST-0001', score: 0.9, transactions: ['TX-1', 'TX-2'], accounts: ['ACC-1'], truncated: 0, parameters };
  const message = createDetectionAlert(detection, 0, '2025-03', 'TLP:GREEN');
  message.headers.permittedPurposes = ['investigation', 'transactionMonitoringTuning'];
  return JSON.parse(JSON.stringify(message));
}

/**
 * What every recipient gets for the message, sent pseudonymised as `htfds send-alerts` sends it or raw; a refusal
 * goes back only to the member that sent it.
 */
function outcome(message: { headers: Json; payload: Json }, pseudonymised = true): 'refused' | { delivered: string[] } {
  const sent = pseudonymised ? pseudonymiseAlertForGroup(message, KEY) : message;
  const admission = admitAlert(new TextEncoder().encode(JSON.stringify(sent)), 1_000_000);
  if (!admission.ok) return 'refused';
  const delivered = PROFILES.map((profile) => shapeAlertFor(admission, recipient(profile))).map((shaped) => (shaped instanceof SharingRefusal ? shaped.message : JSON.stringify(shaped)));
  return { delivered };
}

/** Each string position of an alert, with a planted value written in the shape the position expects where it has one. */
const PLANTINGS: [string, (m: { headers: Json; payload: Json }, secret: string) => void][] = [
  ['observation id', (m, s) => (m.payload.observation.id = `ALERT-${s}`)],
  ['evidence references', (m, s) => (m.payload.observation.evidenceRefs = [s])],
  ['first observed', (m, s) => (m.payload.observation.firstObserved = `2025-03-${s}`)],
  ['rule', (m, s) => (m.payload.detection.rule = `FINCEN-${s}`)],
  ['parameter value', (m, s) => (m.payload.detection.parameters.minStays = s)],
  ['parameter list', (m, s) => m.payload.detection.parameters.lodgingCategories.push(s)],
  ['new parameter', (m, s) => (m.payload.detection.parameters[s] = 1)],
  ['indicator source', (m, s) => (m.payload.detection.indicatorSource = s)],
  ['indicator verification', (m, s) => (m.payload.detection.indicatorVerification = s)],
  ['subject id', (m, s) => (m.payload.detection.subject.id = s)],
  ['transaction keys', (m, s) => m.payload.detection.transactions.push(s)],
  ['account keys', (m, s) => m.payload.detection.accounts.push(s)],
  ['record id', (m, s) => (m.payload.recordId = s)],
  ['unknown payload member', (m, s) => (m.payload.note = s)],
  ['unknown observation member', (m, s) => (m.payload.observation.note = s)],
  ['unknown detection member', (m, s) => (m.payload.detection.note = s)],
  ['marking', (m, s) => (m.headers.tlp = s)],
  ['purposes', (m, s) => m.headers.permittedPurposes.push(s)],
];

describe('indicator alerts: planted values never reach a recipient', () => {
  test('the unplanted alert reaches every profile that takes it, so the cases below test the planting', () => {
    const result = outcome(alertMessage());
    expect(result).toHaveProperty('delivered');
    const [tactical, aggregate] = (result as { delivered: string[] }).delivered.map((d) => JSON.parse(d) as Json);
    expect(tactical!.payload.detection.indicatorSource).toBe(rule.indicator!.source);
    expect(tactical!.payload.detection.parameters).toEqual(alertMessage().payload.detection.parameters);
    expect(aggregate!.payload).not.toHaveProperty('detection');
  });

  test('raw evidence keys are refused: the hub never holds a bank’s own keys', () => {
    expect(outcome(alertMessage(), false)).toBe('refused');
  });

  // One value in upper-case letters and digits, which fits the shapes of codes and IDs a check might only look at,
  // and one that reads like a name.
  test.each(PLANTINGS)('%s', (_position, plant) => {
    for (const secret of ['PLANTED7QX', 'Maria Planted-Lopez']) {
      for (const pseudonymised of [true, false]) {
        const message = alertMessage();
        plant(message, secret);
        const result = outcome(message, pseudonymised);
        if (result === 'refused') continue;
        for (const text of result.delivered) expect(text, `${secret}, pseudonymised ${pseudonymised}`).not.toContain(secret);
      }
    }
  });
});
