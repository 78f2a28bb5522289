/**
 * Detections as the exchange's indicator-alert messages (dist/asyncapi.yaml, channel htfds.alerts): the
 * observation says which indicator is suspected and how confidently; `detection` carries the rule, its
 * parameters, the score and the evidence (the bank's own transaction and account keys), and whether the
 * indicator behind the rule is unverified.
 */
import { createHash } from 'node:crypto';
import type { IndicatorObservation, Tlp } from '../generated/case-report.js';
import runtimeModel from '../generated/runtime-model.js';
import type { Message, MessageHeaders } from '../exchange/messages.js';
import type { Detection } from './run-rules.js';
import type { ParameterValue } from './rules/rule.js';

export interface DetectionEvidence {
  rule: string;
  parameters: Record<string, ParameterValue>;
  score: number;
  subject: { kind: string; id: string };
  transactions: string[];
  accounts: string[];
  evidenceTruncated: number;
  indicatorSource: string;
  indicatorVerification: string;
  /** True when the catalogue has not verified the indicator against its source: treat the alert with more care. */
  unverifiedIndicator: boolean;
}

export interface DetectionAlert {
  recordId: string;
  indicatorCatalogueVersion: string;
  observation: IndicatorObservation;
  detection: DetectionEvidence;
}

/** The same rule, parameters and subject give the same record ID, so a re-run's alerts deduplicate on the hub. */
function stableUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const confidenceOf = (score: number): 'low' | 'medium' | 'high' => (score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low');

export function createDetectionAlert(detection: Detection, index: number, firstSeen: string | undefined, tlp: Tlp): Message<DetectionAlert> {
  const indicator = detection.rule.indicator!;
  const headers: MessageHeaders = { schemaVersion: runtimeModel.version, tlp, sharingProfile: 'internal', permittedPurposes: ['investigation', 'transactionMonitoringTuning'], recordType: 'indicatorAlert' };
  const observation: IndicatorObservation = {
    id: `ALERT-${index + 1}`,
    indicatorId: indicator.id as IndicatorObservation['indicatorId'], // a catalogue ID: the rule's indicator is checked against the catalogue when rules load
    status: 'suspected',
    observedBy: 'financialInstitution',
    confidence: confidenceOf(detection.score),
    evidenceBasis: 'fiRecords',
    ...(firstSeen ? { firstObserved: firstSeen as NonNullable<IndicatorObservation['firstObserved']> } : {}), // YYYY-MM, made by the rules' SQL
  };
  return {
    headers,
    payload: {
      recordId: stableUuid(detection.rule.id, JSON.stringify(detection.parameters), detection.subject),
      indicatorCatalogueVersion: runtimeModel.version,
      observation,
      detection: {
        rule: detection.rule.id,
        parameters: detection.parameters,
        score: detection.score,
        subject: { kind: detection.rule.subject, id: detection.subject },
        transactions: detection.transactions,
        accounts: detection.accounts,
        evidenceTruncated: detection.truncated,
        indicatorSource: indicator.source,
        indicatorVerification: indicator.verification,
        unverifiedIndicator: indicator.verification === 'unverified',
      },
    },
  };
}
