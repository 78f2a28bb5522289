/**
 * One planted scheme of a typology: its actors become customers, accounts or outside parties, its flows become
 * transactions as the typology file describes them, and everything labelled goes to the ground truth. The
 * bank-side columns carry only what a bank could know: the roles (victim, controller…) stay in the truth and
 * in the case report.
 */
import { backgroundTransactions, NUMBERING, type Bank, type Household } from './background.js';
import { Prng } from './prng.js';
import { drawAmount, formatAmount, minuteAt, MINUTES_PER_DAY, type AccountRow, type CustomerRow, type PendingTransaction } from './rows.js';
import type { ActorSpec, FlowSpec, Sharing, TypologyDefinition } from './typology.js';

export interface Actor {
  spec: ActorSpec;
  /** 1-based number within the role, for references such as EMP{n}. */
  n: number;
  customerId?: string;
  /** The account (or merchant) identifier the actor pays from and is paid into. */
  account: string;
  country: string;
  fixedAmounts: Map<string, { value?: number }>;
}

/** A planted transaction with the flow and actors it came from (the case report summarises by them). */
export interface PlantedTransaction extends PendingTransaction {
  flow: FlowSpec;
  from?: Actor;
  to?: Actor;
}

export interface PlantedScheme {
  typology: TypologyDefinition;
  /** 0-based number of the scheme in the run. */
  number: number;
  startDay: number;
  endDay: number;
  actors: Map<string, Actor[]>;
  customers: CustomerRow[];
  accounts: AccountRow[];
  /** The scheme's own transactions (labelled). */
  planted: PlantedTransaction[];
  /** Ordinary life of actors who have one (not labelled). */
  background: PendingTransaction[];
}

/** Running numbers of planted customers, accounts and outside parties, shared by every scheme of a run. */
export interface PlantCounters {
  customers: number;
  accounts: number;
  outside: number;
}

function contactValue(t: TypologyDefinition, scheme: number, role: string, index: number, kind: 'address' | 'phone' | 'device', depth = 0): string {
  const spec = t.actors.find((a) => a.role === role)!;
  const sharing: Sharing = spec[kind] ?? 'own';
  if (sharing === 'sharedInRole') return `scheme-${scheme}-${role}`;
  if (typeof sharing === 'object' && depth < t.actors.length) return contactValue(t, scheme, sharing.role, 0, kind, depth + 1);
  return `scheme-${scheme}-${role}-${index}`;
}

export function plantScheme(bank: Bank, t: TypologyDefinition, number: number, counters: PlantCounters): PlantedScheme {
  const rng = new Prng(bank.seed, 'scheme', number);
  const days = bank.clock.days;
  const duration = Math.min(days, rng.int(t.durationDays.min, t.durationDays.max));
  const startDay = rng.int(0, days - duration);
  const endDay = startDay + duration;
  const scheme: PlantedScheme = { typology: t, number, startDay, endDay, actors: new Map(), customers: [], accounts: [], planted: [], background: [] };

  for (const spec of t.actors) {
    const count = rng.int(spec.count.min, spec.count.max);
    const actors: Actor[] = [];
    for (let k = 0; k < count; k++) {
      if (!spec.customer) {
        const account = bank.ids.outsideParty(spec.merchant ? 'merchant' : 'account', NUMBERING.plantedOutside + counters.outside++);
        actors.push({ spec, n: k + 1, account, country: spec.country ?? bank.country, fixedAmounts: new Map() });
        continue;
      }
      const customerId = bank.ids.customer(NUMBERING.plantedCustomer + counters.customers++);
      const account = bank.ids.account(NUMBERING.plantedAccount + counters.accounts++);
      const age = spec.accountAgeDays ? rng.int(spec.accountAgeDays.min, spec.accountAgeDays.max) : rng.int(60, 3000);
      const business = spec.customerType === 'business';
      scheme.customers.push({
        customerId,
        customerType: business ? 'business' : 'individual',
        birthYear: business ? '' : String(rng.int(spec.birthYear?.min ?? bank.background.birthYear.min, spec.birthYear?.max ?? bank.background.birthYear.max)),
        addressHash: bank.ids.keyedHash('address', contactValue(t, number, spec.role, k, 'address')),
        phoneHash: bank.ids.keyedHash('phone', contactValue(t, number, spec.role, k, 'phone')),
        deviceHash: bank.ids.keyedHash('device', contactValue(t, number, spec.role, k, 'device')),
        employerId: '',
      });
      scheme.accounts.push({ accountId: account, customerId, openedDate: bank.clock.date(startDay - age), accountType: spec.accountType ?? (business ? 'businessAccount' : 'currentAccount'), country: bank.country });
      actors.push({ spec, n: k + 1, customerId, account, country: bank.country, fixedAmounts: new Map() });
    }
    scheme.actors.set(spec.role, actors);
  }

  // Employers are known only once every role exists.
  for (const spec of t.actors) {
    if (!spec.employedBy) continue;
    const employer = scheme.actors.get(spec.employedBy)![0];
    if (!employer) continue;
    for (const actor of scheme.actors.get(spec.role)!) {
      const row = scheme.customers.find((c) => c.customerId === actor.customerId);
      if (row) row.employerId = employer.customerId ?? employer.account;
    }
  }

  for (const flow of t.flows) scheme.planted.push(...flowTransactions(bank, scheme, flow, rng));

  for (const actors of scheme.actors.values()) {
    for (const actor of actors) {
      if (!actor.spec.background || !actor.customerId) continue;
      const life = new Prng(bank.seed, 'scheme', number, 'life', actor.spec.role, actor.n);
      const household: Household = { customerId: actor.customerId, currentAccount: actor.account, ...(life.chance(bank.background.employmentRate) ? { employer: life.int(0, bank.employers - 1) } : {}) };
      scheme.background.push(...backgroundTransactions(bank, household, life));
    }
  }
  return scheme;
}

function flowTransactions(bank: Bank, scheme: PlantedScheme, flow: FlowSpec, rng: Prng): PlantedTransaction[] {
  const endMinute = bank.clock.days * MINUTES_PER_DAY;
  const party = (role: string) => (role === 'cash' ? undefined : rng.pick(scheme.actors.get(role)!));
  const terminals = flow.terminals ? Array.from({ length: flow.terminals }, () => bank.ids.outsideParty('terminal', NUMBERING.plantedOutside + rng.int(0, 2 ** 30))) : [];
  const make = (minute: number, amount: number, from: Actor | undefined, to: Actor | undefined, perActor: Actor | undefined): PlantedTransaction => {
    const day = Math.floor(minute / MINUTES_PER_DAY);
    const merchantSide = flow.channel === 'cardPayment' ? to?.account ?? '' : '';
    return {
      flow,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      minute,
      amount: formatAmount(amount, flow.roundTo),
      currency: bank.currency,
      fromAccount: from?.account ?? '',
      toAccount: to?.account ?? '',
      channel: flow.channel,
      place: flow.place ?? bank.country,
      counterpartyType: flow.counterpartyType ?? '',
      purpose: flow.purpose ?? '',
      merchantCategory: flow.merchantCategory ?? '',
      paymentReference: (flow.paymentReference ?? '').replaceAll('{month}', bank.clock.month(Math.min(day, bank.clock.days - 1))).replaceAll('{n}', String(perActor?.n ?? from?.n ?? 1)),
      terminalId: terminals.length > 0 ? rng.pick(terminals) : merchantSide,
      description: flow.description ?? '',
    };
  };
  const out: PlantedTransaction[] = [];
  const schedule = flow.schedule;
  if (schedule.kind === 'after') {
    const earlier = scheme.planted.filter((p) => p.flow.id === schedule.flow);
    for (const before of earlier) {
      if (schedule.probability !== undefined && !rng.chance(schedule.probability)) continue;
      const minute = before.minute + Math.round(rng.uniform(schedule.delayHours.min, schedule.delayHours.max) * 60);
      if (minute >= endMinute) continue; // moved on after the period: not in this export
      const from = before.to;
      const amount = flow.amount ? drawAmount(rng, flow.amount, from?.fixedAmounts.get(flow.id) ?? setFixed(from, flow.id)) : Number(before.amount) * rng.uniform(schedule.share?.min ?? 1, schedule.share?.max ?? 1);
      out.push(make(minute, amount, from, party(flow.to), undefined));
    }
    return out.sort((a, b) => a.minute - b.minute);
  }
  for (const actor of scheme.actors.get(flow.per!)!) {
    const days: number[] = [];
    if (schedule.kind === 'monthly') {
      for (const day of bank.clock.monthDays(rng.int(schedule.dayOfMonth.min, schedule.dayOfMonth.max))) if (day >= scheme.startDay && day < scheme.endDay) days.push(day);
    } else {
      for (let n = rng.poisson((schedule.perWeek * (scheme.endDay - scheme.startDay)) / 7); n > 0; n--) days.push(rng.int(scheme.startDay, scheme.endDay - 1));
    }
    for (const day of days) {
      const from = flow.from === flow.per ? actor : party(flow.from);
      const to = flow.to === flow.per ? actor : party(flow.to);
      const minute = Math.min(endMinute - 1, minuteAt(rng, day, flow.hours));
      out.push(make(minute, drawAmount(rng, flow.amount!, actor.fixedAmounts.get(flow.id) ?? setFixed(actor, flow.id)), from, to, actor));
    }
  }
  return out.sort((a, b) => a.minute - b.minute);
}

function setFixed(actor: Actor | undefined, flowId: string): { value?: number } {
  const slot = {};
  actor?.fixedAmounts.set(flowId, slot);
  return slot;
}
