/**
 * STIX 2.1 bundles for threat-intelligence platforms: the indicator catalogue as indicator objects, and
 * `htfds detect` alerts as sightings of them, with identities for who wrote and who saw them and the TLP 2.0
 * marking definitions carried in the bundle.
 *
 * pattern_type: the catalogue's red flags are prose for an analyst, not conditions a machine can evaluate.
 * STIX patterning ("stix") only speaks of cyber observables (files, network traffic…), which have no payment
 * or bank account, and sigma, snort, yara and pcre match logs, packets, files and text; writing a red flag in
 * any of them would claim a machine-checkable pattern that does not exist. pattern_type is an open vocabulary,
 * so the pattern is the catalogue's own text under pattern_type "htfds-prose" with the catalogue version as
 * pattern_version: a receiver sees at once that it is a description to act on, not a rule to run. Where HTFDS
 * ships an executable rule for the indicator, an external reference names it.
 *
 * Identifiers are UUIDv5 of stable names (the indicator ID, the alert's record ID), so exporting again gives
 * the same ids and receivers update objects instead of duplicating them.
 */
import type { IndicatorDefinition, SourceReference } from '../types/indicator-catalogue.js';
import { stricterTlp, TLP_ORDER } from '../share/tlp.js';
import { tlpMarkingDefinition, tlpMarkingId, type TlpMarking } from './tlp-markings.js';
import { URL_NAMESPACE, uuidV5 } from './uuid5.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The namespace of every HTFDS STIX id: UUIDv5 of the project's URL. */
export const HTFDS_STIX_NAMESPACE = uuidV5(URL_NAMESPACE, 'https://w3id.org/htfds/stix');

export const stixId = (type: string, name: string) => `${type}--${uuidV5(HTFDS_STIX_NAMESPACE, `${type}:${name}`)}`;

/** STIX timestamps carry milliseconds and Z. */
export function stixTimestamp(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a timestamp: ${String(value)}`);
  return d.toISOString();
}

export const PATTERN_TYPE = 'htfds-prose';

export interface CatalogueExport {
  version: string;
  indicators: IndicatorDefinition[];
  sources: SourceReference[];
  /** Indicator IDs for which an executable detection rule ships with HTFDS. */
  rules: ReadonlySet<string>;
  /** created/modified of the objects the export makes. */
  timestamp: string;
  tlp: TlpMarking;
}

const catalogueIdentity = (timestamp: string): StixObject => ({
  type: 'identity',
  spec_version: '2.1',
  id: stixId('identity', 'htfds-indicator-catalogue'),
  created: timestamp,
  modified: timestamp,
  name: 'HTFDS indicator catalogue',
  description: 'The red-flag indicator catalogue of the Human Trafficking Financial Data Standard: paraphrases of published indicators, each with its source and how far it was verified against that source.',
  identity_class: 'organization',
  object_marking_refs: [tlpMarkingId('TLP:CLEAR')],
});

/** One catalogue entry as a STIX indicator. */
function indicatorObject(entry: IndicatorDefinition, catalogue: Omit<CatalogueExport, 'indicators'>, createdBy: string): StixObject {
  const source = catalogue.sources.find((s) => s.id === entry.source);
  const unverified = entry.verification === 'unverified';
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: stixId('indicator', entry.id),
    created: catalogue.timestamp,
    modified: catalogue.timestamp,
    created_by_ref: createdBy,
    name: `${entry.id}: ${entry.title}`,
    description: `${entry.paraphrase}${unverified ? ' Unverified: not yet checked against its source; check before relying on it.' : ''}${entry.status === 'deprecated' ? ` Deprecated: use ${entry.replacedBy} instead.` : ''}`,
    indicator_types: ['anomalous-activity'],
    pattern: entry.paraphrase,
    pattern_type: PATTERN_TYPE,
    pattern_version: catalogue.version,
    valid_from: catalogue.timestamp,
    ...(entry.status === 'withdrawn' ? { revoked: true } : {}),
    labels: ['human-trafficking', ...entry.category.map((c) => `htfds-category:${c}`), ...entry.typologies.map((t) => `htfds-typology:${t}`), ...entry.subject.map((s) => `htfds-subject:${s}`), `htfds-verification:${entry.verification}`],
    external_references: [
      { source_name: 'htfds-indicator-catalogue', external_id: entry.id, description: `HTFDS indicator catalogue ${catalogue.version}, introduced in ${entry.introducedIn}` },
      { source_name: entry.source, description: [source ? `${source.title} (${source.publisher}, ${source.year})` : entry.source, entry.locator].filter(Boolean).join('; ') },
      ...(catalogue.rules.has(entry.id) ? [{ source_name: 'htfds-detection-rule', external_id: entry.id, description: `An executable SQL detection rule for this indicator ships with HTFDS (schema/rules/${entry.id}.yaml; run it with htfds detect).` }] : []),
    ],
    object_marking_refs: [tlpMarkingId(catalogue.tlp)],
    x_htfds_verification: entry.verification,
    x_htfds_status: entry.status,
    ...(entry.replacedBy ? { x_htfds_replaced_by: entry.replacedBy } : {}),
    ...(entry.verificationNote ? { x_htfds_verification_note: entry.verificationNote } : {}),
  };
}

function bundleOf(objects: StixObject[]): StixBundle {
  // Sorted so that the same content always gives the same file; the id is named after the objects it holds.
  const order = ['marking-definition', 'identity', 'indicator', 'sighting'];
  const sorted = [...objects].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.id.localeCompare(b.id));
  return { type: 'bundle', id: stixId('bundle', sorted.map((o) => `${o.id}@${String(o.modified ?? o.created)}`).join(',')), objects: sorted };
}

function markingsUsed(objects: StixObject[]): StixObject[] {
  const used = new Set<string>();
  for (const o of objects) for (const ref of (o.object_marking_refs as string[] | undefined) ?? []) used.add(ref);
  return TLP_ORDER.filter((t) => used.has(tlpMarkingId(t))).map(tlpMarkingDefinition) as StixObject[];
}

/** The whole catalogue (or the entries given) as a bundle. */
export function catalogueBundle(catalogue: CatalogueExport): StixBundle {
  const identity = catalogueIdentity(catalogue.timestamp);
  const objects = [identity, ...catalogue.indicators.map((e) => indicatorObject(e, catalogue, identity.id))];
  return bundleOf([...markingsUsed(objects), ...objects]);
}

/** What a sighting needs of one indicator-alert message (its headers and payload, as htfds detect writes them). */
export interface AlertForStix {
  tlp: TlpMarking;
  recordId: string;
  indicatorId: string;
  status: string;
  confidence?: string;
  firstObserved?: string;
  detection?: {
    rule?: string;
    score?: number;
    parameters?: Record<string, unknown>;
    subject?: { kind?: string; id?: string };
    transactions?: string[];
    accounts?: string[];
    unverifiedIndicator?: boolean;
  };
}

export interface AlertsExport {
  alerts: AlertForStix[];
  catalogue: Omit<CatalogueExport, 'tlp'>;
  /** The organisation exporting the sightings; without it, a class identity "financial institution". */
  reporter?: string;
}

/**
 * What makes a sighting the same on the next export: the alert's record and indicator. Detect's record IDs are
 * already stable per rule, parameters and subject; an alert made from a case report carries the report's
 * record ID, one per indicator observed in it. (Observation ids are left out: detect numbers them per run.)
 */
export const sightingKey = (alert: Pick<AlertForStix, 'recordId' | 'indicatorId'>) => `${alert.recordId}/${alert.indicatorId}`;

/** The STIX confidence scale's values for low, medium and high (STIX 2.1, appendix A). */
const CONFIDENCE: Record<string, number> = { low: 15, medium: 50, high: 85 };

/** Alerts as sightings of the catalogue's indicators; the indicators they sight travel in the same bundle. */
export function alertsBundle(input: AlertsExport): StixBundle {
  const { timestamp } = input.catalogue;
  const strictest = input.alerts.reduce<string>((t, a) => stricterTlp(t, a.tlp), 'TLP:CLEAR') as TlpMarking;
  const reporter: StixObject = input.reporter
    ? { type: 'identity', spec_version: '2.1', id: stixId('identity', `reporter:${input.reporter}`), created: timestamp, modified: timestamp, name: input.reporter, identity_class: 'organization', sectors: ['financial-services'], object_marking_refs: [tlpMarkingId(strictest)] }
    : { type: 'identity', spec_version: '2.1', id: stixId('identity', 'class:financial-institution'), created: timestamp, modified: timestamp, name: 'Financial institution', description: 'A financial institution that ran HTFDS detection rules on its own transactions; it is not named in this export.', identity_class: 'class', sectors: ['financial-services'], object_marking_refs: [tlpMarkingId('TLP:CLEAR')] };
  const catalogueCreator = catalogueIdentity(timestamp);
  const byId = new Map(input.catalogue.indicators.map((e) => [e.id, e]));
  const indicators = new Map<string, StixObject>();
  const sightings: StixObject[] = [];
  for (const alert of input.alerts) {
    const entry = byId.get(alert.indicatorId);
    if (!entry) throw new RangeError(`indicator ${alert.indicatorId} is not in the catalogue`);
    if (!indicators.has(entry.id)) indicators.set(entry.id, indicatorObject(entry, { ...input.catalogue, tlp: 'TLP:CLEAR' }, catalogueCreator.id));
    const d = alert.detection;
    const unverified = d?.unverifiedIndicator ?? entry.verification === 'unverified';
    const seen = alert.firstObserved ? stixTimestamp(`${alert.firstObserved}-01T00:00:00Z`) : undefined;
    sightings.push({
      type: 'sighting',
      spec_version: '2.1',
      id: stixId('sighting', sightingKey(alert)),
      created: timestamp,
      modified: timestamp,
      created_by_ref: reporter.id,
      sighting_of_ref: indicators.get(entry.id)!.id,
      where_sighted_refs: [reporter.id],
      ...(seen ? { first_seen: seen } : {}),
      ...(alert.confidence && CONFIDENCE[alert.confidence] !== undefined ? { confidence: CONFIDENCE[alert.confidence] } : {}),
      description: [
        `${alert.status === 'observed' ? 'Observed' : 'Suspected'}: ${entry.id} (${entry.title})`,
        d?.rule ? `found by the HTFDS detection rule ${d.rule}${d.score !== undefined ? ` with score ${d.score}` : ''}` : undefined,
        d?.subject?.id ? `on ${d.subject.kind ?? 'subject'} ${d.subject.id}` : undefined,
        unverified ? 'the indicator is unverified: check it against its source before relying on it' : undefined,
      ]
        .filter(Boolean)
        .join('; '),
      external_references: [{ source_name: 'htfds-indicator-alert', external_id: alert.recordId }],
      object_marking_refs: [tlpMarkingId(alert.tlp)],
      x_htfds_unverified_indicator: unverified,
      // The bank's own keys for the evidence: pseudonymous, meaningful only to the bank that ran the rule.
      ...(d?.transactions?.length ? { x_htfds_evidence_transactions: d.transactions } : {}),
      ...(d?.accounts?.length ? { x_htfds_evidence_accounts: d.accounts } : {}),
      ...(d?.parameters && Object.keys(d.parameters).length > 0 ? { x_htfds_rule_parameters: d.parameters } : {}),
    });
  }
  const objects = [catalogueCreator, reporter, ...indicators.values(), ...sightings];
  return bundleOf([...markingsUsed(objects), ...objects]);
}
