/**
 * `htfds hub dev`: the sharing hub on one machine for a first try. Starts nats-server with JetStream in a scratch
 * folder, a demo group of three synthetic members (an NGO that submits, a bank that gets tactical leads, a research
 * team that gets aggregate records) with a fresh group key, submits a synthetic example as the NGO and shows it
 * arriving anonymised at the bank. Then it keeps running for `htfds submit` / `htfds receive` until Ctrl-C,
 * unless --exit.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mostPermissiveProfile, parseHubConfig } from '../hub/config.js';
import { MemberClient, pseudonymiseForGroup, type Delivery } from '../hub/member.js';
import type { MemberFile } from '../hub/member-settings.js';
import { startNatsServer } from '../hub/nats-server.js';
import { startHub } from '../hub/pipeline.js';
import type { Io } from './hub-command.js';

const DEMO_EXAMPLE = 'examples/money-mule-operation.json';

/** The package's examples folder, from the source tree or from dist/. */
function findExample(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) if (existsSync(join(dir, DEMO_EXAMPLE))) return join(dir, DEMO_EXAMPLE);
  throw new Error(`the demo example ${DEMO_EXAMPLE} is missing from the installed package`);
}

/** The example ships with account numbers already hashed under another key; the NGO holds them in clear (synthetic ones here). */
function asHeldByTheNgo(report: Record<string, unknown>): Record<string, unknown> {
  let n = 0;
  for (const account of (report.accounts as { identifiers?: Record<string, unknown>[] }[] | undefined) ?? []) {
    for (const identifier of account.identifiers ?? []) {
      if (typeof identifier.valueHmac !== 'string') continue;
      delete identifier.valueHmac;
      delete identifier.keyId;
      identifier.value = `GB${String(++n).padStart(2, '0')}SYNT000000000000${n}`;
    }
  }
  return report;
}

const secret = () => randomBytes(18).toString('base64url');

export async function hubDevCommand(options: { dir?: string; exit: boolean } & Io): Promise<number> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'htfds-hub-dev-'));
  mkdirSync(join(dir, 'members'), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(join(dir, 'group.key'), key.toString('hex'), { mode: 0o600 });
  const keyId = 'demo-group-key';
  const config = parseHubConfig({
    configVersion: 1,
    group: { name: 'HTFDS demo group (synthetic)', keyId },
    nats: { servers: ['nats://127.0.0.1:4222'] },
    hub: { user: 'hub', password: secret() },
    members: [
      { id: 'ngo', name: 'Demo NGO', password: secret(), roles: ['submitter'] },
      { id: 'bank', name: 'Demo Bank', password: secret(), roles: ['recipient'], profile: 'tactical', consentScope: 'shareWithFinancialInstitutions' },
      { id: 'research', name: 'Demo research team', password: secret(), roles: ['recipient'], profile: 'aggregate' },
    ],
  });
  const server = await startNatsServer(config, join(dir, 'nats'));
  config.nats.servers = [server.url];
  writeFileSync(join(dir, 'hub.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  const profile = mostPermissiveProfile(config);
  for (const m of config.members) {
    const file: MemberFile = { servers: config.nats.servers, member: m.id, password: m.password, ...(m.roles.includes('submitter') ? { groupKeyFile: '../group.key', groupKeyId: keyId, profile } : {}) };
    writeFileSync(join(dir, 'members', `${m.id}.json`), `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  }
  const hub = await startHub(config, { log: (e) => (e.event === 'delivered' || e.event === 'delivered-to-no-one' || e.event === 'refused' || e.event === 'rejected' || e.event === 'withheld' ? options.stderr.write(`hub: ${JSON.stringify(e)}\n`) : undefined) });
  const ngo = await MemberClient.connect({ servers: config.nats.servers, member: 'ngo', password: config.members[0]!.password });
  const bank = await MemberClient.connect({ servers: config.nats.servers, member: 'bank', password: config.members[1]!.password });
  try {
    options.stdout.write(`nats-server with JetStream at ${server.url} (folder ${dir})\n`);
    const original = asHeldByTheNgo(JSON.parse(readFileSync(findExample(), 'utf8')) as Record<string, unknown>);
    const submitted = pseudonymiseForGroup(original, { profile, key, keyId });
    await ngo.submit(submitted, { to: 'bank' });
    options.stdout.write(`ngo submitted the synthetic example ${DEMO_EXAMPLE} as a lead for bank, pseudonymised with the group key under the ${profile} profile\n`);
    let received: Delivery | undefined;
    for (let attempt = 0; attempt < 10 && !received; attempt++) await bank.receive((d) => void (received = d), { max: 1, idleMs: 1000 });
    if (!received) throw new Error('the demo record did not reach the bank within 10 seconds');
    const payload = received.payload;
    const hashes = JSON.stringify(payload).match(/Hmac"/g)?.length ?? 0;
    options.stdout.write(`bank received it under the ${received.profile} profile: record ${String(payload.recordId)}, marked ${String((payload.sharing as Record<string, unknown>).tlp)}, ${hashes} identifier(s) as keyed hashes, names and dates of birth gone\n`);
    writeFileSync(join(dir, 'bank-received.json'), `${JSON.stringify(payload, null, 2)}\n`);
    options.stdout.write(`the record as the bank holds it: ${join(dir, 'bank-received.json')}\n`);
  } finally {
    await ngo.close();
    await bank.close();
  }
  if (!options.exit) {
    options.stdout.write(
      [
        'research (aggregate profile) gets records in batches that protect small groups: a record alone in its batch is withheld, so it gets nothing from one example',
        'the hub keeps running; in another terminal try:',
        `  htfds submit --member ${join(dir, 'members/ngo.json')} --to bank examples/fishing.json`,
        `  htfds receive --member ${join(dir, 'members/bank.json')} --out bank.ndjson`,
        'stop with Ctrl-C',
        '',
      ].join('\n'),
    );
    await new Promise<void>((resolve) => ['SIGTERM', 'SIGINT'].forEach((s) => process.once(s, () => resolve())));
  }
  await hub.stop();
  await server.stop();
  return 0;
}
