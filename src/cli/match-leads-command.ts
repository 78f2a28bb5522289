/**
 * `htfds match-leads --key-file <group key> --customers <file.csv> <received.ndjson…>`: a member holding the
 * sharing group's key hashes its own customers' identifiers as the anonymiser does (identifierHash) and lists
 * every received lead whose keyed hashes match one of them. The customers' values are personal data: messages
 * name the file and the row, never a cell's content, and the output carries the row number and the other
 * columns, never the value.
 */
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import runtimeModel from '../generated/runtime-model.js';
import { CsvSyntaxError, formatCsv, parseCsv } from '../io/csv.js';
import { UnusableInputError } from '../io/read-records.js';
import { receivedLines } from '../io/received-lines.js';
import { keyFingerprint, readKey } from '../share/key-file.js';
import { identifierHash } from '../share/keyed-hash.js';
import { keyedHashesIn } from '../share/lead-hashes.js';
import { neutralise } from '../tabular/cell-text.js';

export interface MatchLeadsOptions {
  keyFile: string;
  keyId?: string;
  customers: string;
  format: 'csv' | 'ndjson';
  stdout: Writable;
  stderr: Writable;
}

/** The code lists a customer identifier's scheme comes from: the account schemes and the person identifier types. */
export const SCHEME_LISTS = ['accountIdentifierScheme', 'identifierType'] as const;
const SCHEMES = new Map(SCHEME_LISTS.flatMap((list) => Object.keys(runtimeModel.codelists[list]!.codes)).map((code) => [code.toLowerCase(), code]));

/** The output's own columns; a carried column of the same name would be ambiguous in CSV. */
const OUTPUT_COLUMNS = ['customerRow', 'scheme', 'recordId', 'pointer', 'leadScheme', 'received'] as const;

interface Customers {
  /** The carried columns' names, in the file's order. */
  carried: string[];
  /** Each keyed hash with the rows whose identifier has it. */
  rowsByHash: Map<string, { row: number; scheme: string; carried: string[] }[]>;
  identifiers: number;
  withoutValue: number;
}

/** Reads and hashes the customers file; throws UnusableInputError naming the file and the row, never a cell. */
async function readCustomers(path: string, key: Uint8Array, format: MatchLeadsOptions['format']): Promise<Customers> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UnusableInputError('the customers file does not exist or cannot be read', path);
  });
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UnusableInputError(`is not valid CSV: ${error.message}`, path, `line ${error.line}`);
    throw error;
  }
  const [header = [], ...body] = rows;
  const names = header.map((h) => h.trim());
  const column = (name: string) => names.findIndex((h) => h.toLowerCase() === name);
  const schemeAt = column('scheme');
  const valueAt = column('value');
  if (schemeAt < 0 || valueAt < 0) throw new UnusableInputError('the first row must name the columns, with at least "scheme" and "value"', path, 'row 1');
  const carriedAt = names.flatMap((name, i) => (i !== schemeAt && i !== valueAt && name !== '' ? [i] : []));
  const seen = new Map<string, number>();
  for (const i of carriedAt) {
    const name = names[i]!;
    if (seen.has(name)) throw new UnusableInputError(`columns ${seen.get(name)! + 1} and ${i + 1} have the same name`, path, 'row 1');
    seen.set(name, i);
    const reserved = OUTPUT_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (reserved && format === 'csv') throw new UnusableInputError(`column ${i + 1} is named "${reserved}", a column of the output: rename it`, path, 'row 1');
  }

  const customers: Customers = { carried: carriedAt.map((i) => names[i]!), rowsByHash: new Map(), identifiers: 0, withoutValue: 0 };
  body.forEach((cells, index) => {
    const row = index + 2; // the header is row 1, as a spreadsheet numbers them
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) throw new UnusableInputError(`has ${cells.length} cells where the first row names ${header.length} columns`, path, `row ${row}`);
    const scheme = SCHEMES.get(cells[schemeAt]!.trim().toLowerCase());
    if (scheme === undefined) throw new UnusableInputError(`the scheme is not a code of ${SCHEME_LISTS.join(' or ')} (for example iban, accountNumber, phoneE164, email)`, path, `row ${row}`);
    const value = cells[valueAt]!;
    if (value.trim() === '') {
      customers.withoutValue++;
      return;
    }
    const hash = identifierHash(key, scheme, value);
    const entry = { row, scheme, carried: carriedAt.map((i) => cells[i]!) };
    customers.rowsByHash.set(hash, [...(customers.rowsByHash.get(hash) ?? []), entry]);
    customers.identifiers++;
  });
  return customers;
}

interface Match {
  customerRow: number;
  customer: string[];
  scheme: string;
  recordId: string;
  pointer: string;
  leadScheme: string;
  received: string;
}

/** Exit 0 when every input was read (whether or not anything matched); unusable input is thrown (exit 2). */
export async function matchLeadsCommand(inputs: string[], options: MatchLeadsOptions): Promise<number> {
  const key = await readKey(options.keyFile, (m) => options.stderr.write(`htfds: warning: ${m}\n`));
  const keyId = options.keyId ?? keyFingerprint(key);
  const customers = await readCustomers(options.customers, key, options.format);

  // Every input is read before anything is written: an input that turns out unusable leaves no partial list.
  // Matches per record, in the order received: a withdrawal notice clears what came before it, so a record
  // withdrawn and then shared again counts with the copy received after the notice.
  const matchesOf = new Map<string, Match[]>();
  let withdrawnMatches = 0;
  const otherKeys = new Map<string, number>();
  let withoutKeyId = 0;
  let records = 0;
  for (const file of inputs) {
    for await (const delivery of receivedLines(file)) {
      if (delivery.kind === 'withdrawn') {
        const gone = typeof delivery.payload.recordId === 'string' ? matchesOf.get(delivery.payload.recordId) : undefined;
        withdrawnMatches += gone?.length ?? 0;
        if (gone) gone.length = 0;
        continue;
      }
      if (delivery.kind !== 'record') continue;
      records++;
      const recordId = typeof delivery.payload.recordId === 'string' ? delivery.payload.recordId : '';
      const ofRecord = matchesOf.get(recordId) ?? [];
      matchesOf.set(recordId, ofRecord);
      for (const at of keyedHashesIn(delivery.payload)) {
        if (at.keyId === undefined) {
          withoutKeyId++;
          continue;
        }
        if (at.keyId !== keyId) {
          otherKeys.set(at.keyId, (otherKeys.get(at.keyId) ?? 0) + 1);
          continue;
        }
        for (const c of customers.rowsByHash.get(at.hash) ?? []) {
          ofRecord.push({ customerRow: c.row, customer: c.carried, scheme: c.scheme, recordId, pointer: at.pointer, leadScheme: at.scheme ?? '', received: `${file}:${delivery.line}` });
        }
      }
    }
  }
  const kept = [...matchesOf.values()].flat();

  if (options.format === 'csv') {
    const cell = (text: string) => (text === '' ? '' : neutralise(text));
    options.stdout.write(
      formatCsv([
        ['customerRow', ...customers.carried, 'scheme', 'recordId', 'pointer', 'leadScheme', 'received'],
        ...kept.map((m) => [String(m.customerRow), ...m.customer, m.scheme, cell(m.recordId), m.pointer, cell(m.leadScheme), m.received]),
      ]),
    );
  } else {
    for (const m of kept) {
      const customer = Object.fromEntries(customers.carried.map((name, i) => [name, m.customer[i]]));
      options.stdout.write(`${JSON.stringify({ customerRow: m.customerRow, customer, scheme: m.scheme, recordId: m.recordId, pointer: m.pointer, leadScheme: m.leadScheme, received: m.received })}\n`);
    }
  }

  const skipped = [
    ...(otherKeys.size > 0 ? [`${[...otherKeys.values()].reduce((a, b) => a + b, 0)} keyed hash(es) made under another key skipped (${[...otherKeys].map(([id, n]) => `${id}: ${n}`).join(', ')})`] : []),
    ...(withoutKeyId > 0 ? [`${withoutKeyId} keyed hash(es) with no key ID beside them skipped`] : []),
    ...(customers.withoutValue > 0 ? [`${customers.withoutValue} customer row(s) with no value skipped`] : []),
    ...(withdrawnMatches > 0 ? [`${withdrawnMatches} match(es) on records since withdrawn left out`] : []),
  ];
  for (const line of skipped) options.stderr.write(`  ${line}\n`);
  options.stderr.write(`${kept.length} match(es): ${customers.identifiers} customer identifier(s) hashed with key ${keyId}, against ${records} record(s) received.\n`);
  return 0;
}
