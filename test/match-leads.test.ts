/**
 * A bank matching the tactical leads it received against its own customers (`htfds match-leads`, identifierHash),
 * without a server: a report pseudonymised with the group key as a member submits it, written as `htfds receive`
 * writes deliveries. All identifiers here are made up.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { identifierHash } from '../src/index.js';
import { pseudonymiseForGroup } from '../src/hub/member.js';
import { parseCsv } from '../src/io/csv.js';
import { keyedHashesIn } from '../src/share/lead-hashes.js';
import { normaliseIdentifier } from '../src/share/normalise.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { SCHEME_LISTS } from '../src/cli/match-leads-command.js';
import { createMaintainerProgram } from '../generators/cli/program.js';
import { cliPage } from '../generators/docs/pages/cli-page.js';
import { htfds } from './helpers/run-cli.js';

type Json = Record<string, any>;

const dir = mkdtempSync(join(tmpdir(), 'htfds-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = createHash('sha256').update('synthetic match-leads group key').digest();
const otherKey = createHash('sha256').update('another synthetic group key').digest();
const keyFile = join(dir, 'group.key');
const otherKeyFile = join(dir, 'other.key');
writeFileSync(keyFile, key);
writeFileSync(otherKeyFile, otherKey);
const KEY_ID = 'test-group-key';

/** The IBAN of the test, made up (the IBAN standard's own example), planted as the lead's first account identifier. */
const IBAN = 'GB82 WEST 1234 5698 7654 32';
const readExample = (name: string): Json => JSON.parse(readFileSync(join('examples', name), 'utf8'));

/** money-mule-operation.json with the IBAN in clear on its first account, pseudonymised as a member submits it. */
function lead(): Json {
  const report = readExample('money-mule-operation.json');
  const identifier = report.accounts[0].identifiers[0];
  expect(identifier.scheme).toBe('iban');
  delete identifier.valueHmac;
  delete identifier.keyId;
  identifier.value = IBAN;
  return pseudonymiseForGroup(report, { profile: 'tactical', key, keyId: KEY_ID });
}

const delivery = (payload: Json, kind = 'record', sequence = 1) => JSON.stringify({ kind, ...(kind === 'record' ? { profile: 'tactical' } : {}), sequence, payload });
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const shared = lead();
const received = write('received.ndjson', `${delivery({ recordId: 'not-ours', findings: [] }, 'validation', 1)}\n${delivery(shared, 'record', 2)}\n`);
const customers = write('customers.csv', `customerRef,scheme,value,branch\nC-1,iban, gb82 west 1234 5698 7654 32 ,North\nC-2,IBAN,DE89 3704 0044 0532 0130 00,South\n`);
const pointer = '/accounts/0/identifiers/0/valueHmac';

describe('htfds match-leads', () => {
  test('finds the lead whose IBAN hash is a customer\'s IBAN written differently, and only that one', async () => {
    const out = join(dir, 'matches.csv');
    const r = await htfds('match-leads', '--key-file', keyFile, '--key-id', KEY_ID, '--customers', customers, '--out', out, received);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(header).toEqual(['customerRow', 'customerRef', 'branch', 'scheme', 'recordId', 'pointer', 'leadScheme', 'received']);
    expect(rows).toEqual([['2', 'C-1', 'North', 'iban', shared.recordId, pointer, 'iban', `${received}:2`]]);
    // The pointer is where the anonymiser wrote the hash, and the record ID is the one received.
    expect(shared.accounts[0].identifiers[0].valueHmac).toBe(identifierHash(key, 'iban', IBAN));
    expect(r.stderr).toMatch(/^1 match\(es\): 2 customer identifier\(s\) hashed with key test-group-key, against 1 record\(s\) received\.$/m);
    expect(r.stdout + r.stderr).not.toMatch(/west|3704/i);
  });

  test('NDJSON to standard output: the same match, the carried columns by name', async () => {
    const r = await htfds('match-leads', '--key-file', keyFile, '--key-id', KEY_ID, '--customers', customers, '--format', 'ndjson', received);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ customerRow: 2, customer: { customerRef: 'C-1', branch: 'North' }, scheme: 'iban', recordId: shared.recordId, pointer, leadScheme: 'iban', received: `${received}:2` }]);
  });

  test('another key under the same key ID matches nothing; under its own key ID the lead\'s hashes are skipped and counted', async () => {
    const sameId = await htfds('match-leads', '--key-file', otherKeyFile, '--key-id', KEY_ID, '--customers', customers, '--format', 'ndjson', received);
    expect(sameId.code).toBe(0);
    expect(sameId.stdout).toBe('');
    expect(sameId.stderr).toMatch(/^0 match\(es\)/m);
    const ownId = await htfds('match-leads', '--key-file', otherKeyFile, '--customers', customers, '--format', 'ndjson', received);
    expect(ownId.code).toBe(0);
    expect(ownId.stdout).toBe('');
    const hashes = keyedHashesIn(shared).length;
    expect(ownId.stderr).toContain(`${hashes} keyed hash(es) made under another key skipped (${KEY_ID}: ${hashes})`);
  });

  test('a record withdrawn later in the received files is left out', async () => {
    const withWithdrawal = write('withdrawn.ndjson', `${delivery(shared, 'record', 2)}\n${delivery({ recordId: shared.recordId, withdrawn: true, at: '2026-01-01T00:00:00Z' }, 'withdrawn', 3)}\n`);
    const r = await htfds('match-leads', '--key-file', keyFile, '--key-id', KEY_ID, '--customers', customers, '--format', 'ndjson', withWithdrawal);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 match(es) on records since withdrawn left out');
    // Shared again after the notice (a corrected record keeps its keyed ID): the copy received after it counts.
    const sharedAgain = write('shared-again.ndjson', `${delivery(shared, 'record', 4)}\n`);
    const again = await htfds('match-leads', '--key-file', keyFile, '--key-id', KEY_ID, '--customers', customers, '--format', 'ndjson', withWithdrawal, sharedAgain);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n').map((l) => JSON.parse(l).received)).toEqual([`${sharedAgain}:1`]);
    expect(again.stderr).toContain('1 match(es) on records since withdrawn left out');
  });

  test('the command is in the generated CLI reference', () => {
    expect(cliPage(createMaintainerProgram()).content).toContain('## htfds match-leads {#htfds-match-leads}');
  });
});

describe('identifierHash is the anonymiser\'s hash', () => {
  /** A made-up identifier of each scheme, written untidily so that normalisation has work to do. */
  const untidy: Record<string, (n: number) => string> = {
    iban: (n) => ` gb${10 + n} west-1234 5698 7654 ${n} `,
    accountNumber: (n) => `12-3456 78${n}`,
    pan: (n) => `4000 0000 0000 ${1000 + n}`,
    phoneE164: (n) => `0066 (81) 234-${1000 + n}`,
    mobileMoneyNumber: (n) => `00255 (71) 200-${1000 + n}`,
    email: (n) => ` Person.${n}@Example.ORG `,
    messagingHandle: (n) => `@Handle_${n}`,
    socialMediaHandle: (n) => `@Profile.${n}`,
    appHandle: (n) => `$CashTag${n}`,
    passportNumber: (n) => `ab ${n}-123`,
    walletAddress: (n) => `0xAbC${n}dEf`,
    deviceId: (n) => `IMEI 35-${n}`,
    other: (n) => ` Other Ref ${n} `,
  };

  test('for every identifier scheme the examples use, the hash in the pseudonymised report is identifierHash of the value', () => {
    const seen = new Set<string>();
    const compared = new Set<string>();
    let n = 0;
    for (const name of readdirSync('examples').filter((f) => f.endsWith('.json')).sort()) {
      const report = readExample(name);
      // The one example marked TLP:RED is taken by no profile that hashes; its identifiers are compared all the same.
      if (report.sharing.tlp === 'TLP:RED') report.sharing.tlp = 'TLP:AMBER';
      const planted = new Map<string, string>();
      for (const [list, schemeName] of [['accounts', 'scheme'], ['persons', 'type']] as const) {
        for (const item of report[list] ?? []) {
          for (const identifier of item.identifiers ?? []) {
            const scheme = identifier[schemeName] as string;
            seen.add(scheme);
            delete identifier.valueHmac;
            delete identifier.keyId;
            identifier.value = (untidy[scheme] ?? ((i: number) => ` Value ${i} `))(n++);
            planted.set(identifierHash(key, scheme, identifier.value), scheme);
          }
        }
      }
      const out = pseudonymiseForGroup(report, { profile: 'tactical', key, keyId: KEY_ID });
      for (const at of keyedHashesIn(out).filter((h) => /\/identifiers\/\d+\/valueHmac$/.test(h.pointer))) {
        expect(planted.get(at.hash), `${name} ${at.pointer}`).toBe(at.scheme);
        compared.add(at.scheme!);
      }
    }
    expect([...seen].filter((s) => !(s in untidy))).toEqual([]);
    expect([...compared].sort()).toEqual([...seen].sort());
  });
  test('the normalisation table of the sharing-hub guide is what the anonymiser does, and names every scheme code', () => {
    const guide = readFileSync('docs/docs/guides/developers/sharing-hub.mdx', 'utf8');
    const keys = guide.slice(guide.indexOf('### Keys'), guide.indexOf('\n### ', guide.indexOf('### Keys') + 1));
    const table = keys.split('\n').filter((l) => l.startsWith('| `'));
    expect(table.length).toBeGreaterThan(5);
    const codes = new Set(SCHEME_LISTS.flatMap((list) => Object.keys(runtimeModel.codelists[list]!.codes)));
    const documented = new Set<string>();
    for (const line of table) {
      const [schemes, written, hashed] = line.split('|').slice(1, 4).map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
      const rowCodes = schemes!.filter((c) => codes.has(c));
      expect(rowCodes.length, line).toBeGreaterThan(0);
      for (const code of rowCodes) {
        documented.add(code);
        expect(normaliseIdentifier(code, written![0]!), `${code}: ${line}`).toBe(hashed![0]);
      }
    }
    expect([...documented].sort()).toEqual([...codes].sort());
  });
});

describe('htfds match-leads on bad input: one line naming the place, exit 2, no customer value', () => {
  /** A made-up customer value that must never be printed. */
  const PLANTED = 'ZZ99PLANTEDVALUE000000001';
  const run = (customersFile: string, ...rest: string[]) => htfds('match-leads', '--key-file', keyFile, '--key-id', KEY_ID, '--customers', customersFile, ...rest);
  const oneLine = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(PLANTED);
    expect(r.stdout + r.stderr).not.toContain(PLANTED.toLowerCase());
    return lines[0]!;
  };

  test('a customers file without a "scheme" column: names the file and row 1', async () => {
    const file = write('no-scheme.csv', `customerRef,kind,value\nC-1,iban,${PLANTED}\n`);
    expect(oneLine(await run(file, received))).toBe(`htfds: ${file} (row 1): the first row must name the columns, with at least "scheme" and "value"`);
  });

  test('a customers file without a header at all: the first row\'s cells are not quoted', async () => {
    const file = write('no-header.csv', `${PLANTED},iban\n`);
    expect(oneLine(await run(file, received))).toContain(`${file} (row 1)`);
  });

  test('a scheme that is no code (columns swapped): names the row, not the cell', async () => {
    const file = write('swapped.csv', `scheme,value\niban,DE89370400440532013000\n${PLANTED},iban\n`);
    expect(oneLine(await run(file, received))).toMatch(new RegExp(`^htfds: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(row 3\\): the scheme is not a code of accountIdentifierScheme or identifierType`));
  });

  test('a row with a cell too many: names the row', async () => {
    const file = write('ragged.csv', `scheme,value\niban,${PLANTED},extra\n`);
    expect(oneLine(await run(file, received))).toContain(`${file} (row 2): has 3 cells where the first row names 2 columns`);
  });

  test('an unreadable key file: names it', async () => {
    const file = write('fine.csv', `scheme,value\niban,${PLANTED}\n`);
    const missingKey = join(dir, 'no-such.key');
    const r = await htfds('match-leads', '--key-file', missingKey, '--customers', file, received);
    expect(oneLine(r)).toBe(`htfds: ${missingKey}: the key file does not exist or cannot be read`);
  });

  test('a malformed line in the received file: names the file and line, and writes no partial list', async () => {
    const file = write('fine2.csv', `scheme,value\niban,${PLANTED}\niban,${IBAN}\n`);
    const bad = write('bad.ndjson', `${delivery(shared, 'record', 1)}\n{"kind": "record", "payload": \n`);
    const r = await run(file, received, bad);
    expect(oneLine(r)).toBe(`htfds: ${bad} (line 2): is not JSON; each line must be one delivery {"kind": …, "payload": {…}}, as htfds receive writes it`);
    expect(r.stdout).toBe('');
    const notDelivery = write('not-delivery.ndjson', `\n${JSON.stringify(shared)}\n`);
    expect(oneLine(await run(file, notDelivery))).toContain(`${notDelivery} (line 2): is not a delivery`);
  });
});
