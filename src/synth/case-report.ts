/**
 * The HTFDS case report of one planted scheme: the typology's template, plus the people, organisations,
 * accounts, transaction summaries and indicator observations of the scheme. It is what an investigator would
 * write once the scheme is understood, so it uses the roles the bank's export does not carry. Accounts carry a
 * keyed hash of their synthetic accountId, which lets an evaluation join a report to the tables.
 */
import runtimeModel from '../generated/runtime-model.js';
import { isValid } from '../validate/finding.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import type { Bank } from './background.js';
import type { Actor, PlantedScheme, PlantedTransaction } from './plant.js';
import { Prng } from './prng.js';

/** The keyId written next to the account hashes: the hashing key of the run. */
export const REPORT_KEY_ID = 'htfds-synth-run-key';

export class SyntheticReportError extends Error {}

const VICTIM_ROLES = ['victim', 'victimAndPerpetrator'];

export function schemeReport(bank: Bank, scheme: PlantedScheme, typologyFile: string): Record<string, unknown> {
  const t = scheme.typology;
  if (!t.caseReport) throw new SyntheticReportError(`${typologyFile}: a look-alike has no case report`);
  const { caseReport } = t;
  const rng = new Prng(bank.seed, 'report', scheme.number);
  const persons: Record<string, unknown>[] = [];
  const organisations: Record<string, unknown>[] = [];
  const accounts: Record<string, unknown>[] = [];
  const refOf = new Map<Actor, string>();
  const accountRefOf = new Map<Actor, string>();

  for (const [, actors] of scheme.actors) {
    for (const actor of actors) {
      const report = actor.spec.report;
      if (!report) continue;
      let holder: string;
      if ('personRole' in report) {
        holder = `P${persons.length + 1}`;
        persons.push({ id: holder, personRole: report.personRole, ...(report.roleInProcess ? { roleInProcess: report.roleInProcess } : {}) });
      } else {
        holder = `ORG${organisations.length + 1}`;
        organisations.push({ id: holder, orgRoleInCase: report.orgRoleInCase, ...(report.sector ? { sector: report.sector } : {}), countryOfRegistration: actor.country });
      }
      refOf.set(actor, holder);
      const ref = `ACC-${accounts.length + 1}`;
      accountRefOf.set(actor, ref);
      const business = actor.spec.customerType === 'business' || 'orgRoleInCase' in report;
      accounts.push({
        id: ref,
        holderRefs: [holder],
        holderType: business ? 'business' : 'individual',
        instrumentType: actor.spec.accountType ?? (business ? 'businessAccount' : 'currentAccount'),
        institutionType: 'bank',
        institutionCountry: actor.country,
        identifiers: [{ id: `${ref}-ID1`, scheme: 'other', valueHmac: bank.ids.keyedHash('account', actor.account), keyId: REPORT_KEY_ID }],
        currency: bank.currency,
      });
    }
  }

  // One summary per flow and pair of reported accounts: what an investigator tabulates from statements.
  const groups = new Map<string, PlantedTransaction[]>();
  for (const p of scheme.planted) {
    const key = `${p.flow.id}\u0000${(p.from && accountRefOf.get(p.from)) ?? ''}\u0000${(p.to && accountRefOf.get(p.to)) ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  const transactions: Record<string, unknown>[] = [];
  const transactionRefsOfFlow = new Map<string, string[]>();
  const firstDayOfRef = new Map<string, number>();
  for (const unsorted of groups.values()) {
    const list = [...unsorted].sort((a, b) => a.minute - b.minute);
    const first = list[0]!;
    const described = first.flow.report!; // required of every flow of a labelled typology (typology.ts)
    const id = `T${transactions.length + 1}`;
    const day = (p: PlantedTransaction) => Math.min(bank.clock.days - 1, Math.floor(p.minute / 1440));
    const total = list.reduce((s, p) => s + Number(p.amount), 0);
    const fromRef = first.from && accountRefOf.get(first.from);
    const toRef = first.to && accountRefOf.get(first.to);
    const single = list.length === 1;
    transactions.push({
      id,
      ...(single ? { date: bank.clock.date(day(first)) } : { frequency: first.flow.schedule.kind === 'monthly' ? 'monthly' : 'irregular', count: list.length, periodStart: bank.clock.date(day(first)), periodEnd: bank.clock.date(day(list[list.length - 1]!)) }),
      isAggregate: !single,
      amount: { amount: Math.round(total * 100) / 100, currency: bank.currency, period: single ? 'perTransaction' : 'total', isEstimate: false },
      ...(fromRef ? { fromRef } : {}),
      ...(toRef ? { toRef } : {}),
      directionRelativeToVictim: described.directionRelativeToVictim,
      method: first.flow.channel,
      purpose: described.purpose ?? 'other',
      counterpartyType: described.counterpartyType,
      counterpartyCountry: first.place,
      traffickingStage: described.traffickingStage,
      crossBorder: first.place !== bank.country,
      evidenceBasis: ['fiRecords'],
    });
    transactionRefsOfFlow.set(first.flow.id, [...(transactionRefsOfFlow.get(first.flow.id) ?? []), id]);
    firstDayOfRef.set(id, day(first));
  }

  const indicators = caseReport.indicators.map((ind, i) => {
    const refs = ind.evidence.flatMap((e) => transactionRefsOfFlow.get(e) ?? (scheme.actors.get(e) ?? []).map((a) => accountRefOf.get(a)).filter((r): r is string => r !== undefined));
    const unique = [...new Set(refs)];
    const firstDay = Math.min(scheme.startDay, ...unique.map((r) => firstDayOfRef.get(r) ?? scheme.startDay));
    return {
      id: `IND-${i + 1}`,
      indicatorId: ind.indicatorId,
      status: 'observed',
      observedBy: 'financialInstitution',
      confidence: 'medium',
      ...(unique.length > 0 ? { evidenceRefs: unique } : {}),
      evidenceBasis: 'fiRecords',
      firstObserved: bank.clock.month(firstDay),
    };
  });

  // The template cannot know the people of a scheme: its victim profile describes all the scheme's victims.
  const template = structuredClone(caseReport.template);
  const victims = persons.filter((p) => VICTIM_ROLES.includes(p.personRole as string)).map((p) => p.id);
  if (victims.length > 0 && Array.isArray(template.victimProfiles)) {
    for (const profile of template.victimProfiles as Record<string, unknown>[]) profile.personRefs ??= victims;
  }

  const report: Record<string, unknown> = {
    schemaVersion: runtimeModel.version,
    recordId: rng.uuid(),
    reportingCountry: bank.country,
    dateReported: bank.clock.date(bank.clock.days),
    ...template,
    dataQualityNote: `Synthetic data made by htfds synth (typology ${t.id}, scheme ${scheme.number + 1}, seed ${JSON.stringify(bank.seed)}); not a real case. Account hashes are the run's keyed hash (HMAC-SHA-256 under its synthetic key) of "account:" and the accountId.`,
    ...(persons.length > 0 ? { persons } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(accounts.length > 0 ? { accounts } : {}),
    ...(transactions.length > 0 ? { transactions } : {}),
    indicatorCatalogueVersion: runtimeModel.version,
    indicators,
  };
  const findings = validateCaseReport(report).filter((f) => f.severity === 'error');
  if (!isValid(findings)) {
    const f = findings[0]!;
    throw new SyntheticReportError(`${typologyFile}: the case report of typology ${t.id} is not valid at ${f.path}: ${f.message} (${findings.length} error(s)); fix caseReport.template or the actors' report roles`);
  }
  return report;
}
