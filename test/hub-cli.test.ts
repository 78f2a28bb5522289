/**
 * The hub's commands as a user runs them (real processes, a real nats-server): `hub dev` shows a synthetic example
 * arriving anonymised at a bank; `hub start` runs a configuration until SIGTERM; members submit and receive from the
 * command line, and receive acknowledges only what it wrote. Missing prerequisites are one line and exit 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { HubConnectionError, importOrExplain, loadNats, MissingPackageError } from '../src/hub/nats-client.js';
import { STREAMS, subjects } from '../src/hub/subjects.js';
import { waitFor } from '../src/hub/nats-server.js';
import { checkAgainstProfileSchema } from '../src/share/profile-schema-check.js';
import { getProfile } from '../src/share/anonymise.js';
import { GROUP_KEY, GROUP_KEY_ID, passwordOf, startGroupServer, type HubServer } from './helpers/hub-fixture.js';
import { htfds } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-cli-'));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(scratch, { recursive: true, force: true });
});

describe('htfds hub dev', () => {
  test('starts a server, submits a synthetic example and shows it anonymised at the bank', async () => {
    const dir = join(scratch, 'dev');
    const result = await htfds('hub', 'dev', '--exit', '--dir', dir);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/bank received it under the tactical profile: record [0-9a-f-]{36}, marked TLP:AMBER, 3 identifier\(s\) as keyed hashes/);
    const atBank = JSON.parse(readFileSync(join(dir, 'bank-received.json'), 'utf8'));
    expect(() => checkAgainstProfileSchema(atBank, getProfile('tactical'))).not.toThrow();
    expect(JSON.stringify(atBank)).not.toMatch(/SYNT0/); // the synthetic account numbers left only as keyed hashes
  });

  test('names the Debian package when nats-server is missing', async () => {
    const result = await runWithEnv({ HTFDS_NATS_SERVER: join(scratch, 'no-such-nats-server') }, ['hub', 'dev', '--exit', '--dir', join(scratch, 'dev-missing')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['htfds: nats-server is not installed: on Debian or Ubuntu run apt-get install nats-server (or put a nats-server binary on the PATH)']);
  });

  test('a missing NATS client package is named in one line', async () => {
    const error = await importOrExplain('@nats-io/not-installed', () => import('@nats-io/not-installed' as string)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toBe('the sharing hub needs the package @nats-io/not-installed: run npm install @nats-io/not-installed@3.4.0');
  });
});

function runWithEnv(env: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('htfds hub start, submit and receive', () => {
  let group: HubServer;

  test('the operator runs a configuration; members submit and receive from the command line', async () => {
    group = await startGroupServer();
    cleanups.push(() => group.cleanup());
    const configFile = join(scratch, 'hub.json');
    writeFileSync(configFile, JSON.stringify(group.config));
    const keyFile = join(scratch, 'group.key');
    writeFileSync(keyFile, Buffer.from(GROUP_KEY).toString('hex'));
    const memberFile = (id: string, withKey: boolean) => {
      const file = join(scratch, `${id}.json`);
      writeFileSync(file, JSON.stringify({ servers: group.config.nats.servers, member: id, password: passwordOf(group.config, id), ...(withKey ? { groupKeyFile: keyFile, groupKeyId: GROUP_KEY_ID, profile: 'tactical' } : {}) }));
      return file;
    };

    const hub = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'hub', 'start', '--config', configFile]);
    let hubLog = '';
    hub.stderr.on('data', (c: Buffer) => (hubLog += c.toString()));
    const exited = new Promise<number | null>((resolve) => hub.on('exit', (code) => resolve(code)));
    cleanups.push(() => void (hub.exitCode === null && hub.kill('SIGKILL')));
    await waitFor('the hub to start', () => hubLog.includes('"event":"started"'), 30_000);

    const submitted = await htfds('submit', '--member', memberFile('ngo1', true), '--to', 'bank1', 'examples/fishing.json', 'examples/bank-alert.json');
    expect(submitted.code).toBe(1); // the TLP:RED example may not go to the group
    expect(submitted.stderr).toMatch(/not submitted examples\/bank-alert\.json: the report is marked TLP:RED/);
    expect(submitted.stdout.trim().split('\n')).toHaveLength(1);
    expect(submitted.stderr).not.toMatch(/already had/);
    // The same report again: one submission for the hub, and the member is told why nothing more will arrive.
    const repeated = await htfds('submit', '--member', memberFile('ngo1', true), '--to', 'bank1', 'examples/fishing.json');
    expect(repeated.code).toBe(0);
    expect(JSON.parse(repeated.stdout)).toMatchObject({ duplicate: true });
    expect(repeated.stderr).toMatch(/1 of them the hub already had with exactly this content .* not passed on again/);

    const out = join(scratch, 'bank.ndjson');
    const received = await htfds('receive', '--member', memberFile('bank1', false), '--out', out, '--idle-ms', '3000', '--max', '1');
    expect(received.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'record', profile: 'tactical' });
    // Acknowledged once written: a second run finds nothing new.
    const again = await htfds('receive', '--member', memberFile('bank1', false), '--out', out, '--idle-ms', '1000');
    expect(again.stderr).toMatch(/received nothing/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);

    // The operator reads the audit trail and the dead letters back (the hub logs a delivery once its audit entries are stored).
    await waitFor('the delivery to be logged', () => hubLog.includes('"event":"delivered"'), 15_000);
    const audit = await htfds('hub', 'audit', '--config', configFile, '--record', String(JSON.parse(submitted.stdout).recordId));
    expect(audit.code).toBe(0);
    const entries = audit.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const recordId = String(JSON.parse(submitted.stdout).recordId);
    expect(entries).toContainEqual(expect.objectContaining({ event: 'delivered', submitter: 'ngo1', recipient: 'bank1', profile: 'tactical' }));
    // Only entries about that record (the research member's, withheld alone in its batch, among them).
    for (const entry of entries) expect(entry.submittedRecordId).toBe(recordId);
    const nats = await loadNats();
    const asHub = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    const parked = '{"planted": "never printed unless asked"}';
    await nats.js.jetstream(asHub).publish(subjects.submission('stranger'), parked);
    await asHub.close();
    await waitFor('the message to be parked', () => hubLog.includes('"event":"dead-lettered"'), 15_000);
    const letters = await htfds('hub', 'dead-letters', '--config', configFile);
    expect(letters.code).toBe(0);
    expect(JSON.parse(letters.stdout)).toMatchObject({ sourceSubject: subjects.submission('stranger'), reason: 'the subject names no submitter of this group', bytes: Buffer.byteLength(parked) });
    expect(letters.stdout).not.toContain('planted');
    const withContent = await htfds('hub', 'dead-letters', '--config', configFile, '--content');
    expect(JSON.parse(withContent.stdout).content).toBe(parked);
    // A second one, then removed (as a withdrawal removes one): the stream's last sequence names a message that is
    // gone, and the read still ends with what is there.
    const asHubAgain = await nats.connect({ servers: group.config.nats.servers, user: 'hub', pass: group.config.hub.password });
    await nats.js.jetstream(asHubAgain).publish(subjects.submission('stranger'), '{"another": "parked message"}');
    await waitFor('the second message to be parked', () => (hubLog.match(/"event":"dead-lettered"/g)?.length === 2 ? true : undefined), 15_000);
    const jsm = await nats.js.jetstreamManager(asHubAgain);
    await jsm.streams.deleteMessage(STREAMS.deadLetter, (await jsm.streams.info(STREAMS.deadLetter)).state.last_seq);
    await asHubAgain.close();
    const afterRemoval = await htfds('hub', 'dead-letters', '--config', configFile);
    expect(afterRemoval.code).toBe(0);
    expect(afterRemoval.stdout.trim().split('\n').map((l) => JSON.parse(l).bytes)).toEqual([Buffer.byteLength(parked)]);

    hub.kill('SIGTERM');
    const code = await Promise.race([exited, waitFor('the hub to stop', () => undefined, 15_000).catch(() => 'timeout')]);
    expect(code).toBe(0);
    expect(hubLog).toMatch(/"event":"stopped"/);
  });

  test('a bad configuration is one line naming the place, exit 2', async () => {
    const bad = join(scratch, 'bad-hub.json');
    writeFileSync(bad, JSON.stringify({ configVersion: 1, group: { name: 'g', keyId: 'k' }, nats: { servers: ['nats://127.0.0.1:1'] }, hub: { user: 'hub', password: 'long-enough-password' }, members: [{ id: 'bank', password: 'long-enough-password', roles: ['recipient'] }] }));
    const result = await htfds('hub', 'start', '--config', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`htfds: ${bad}#/members/0: add "profile"\n`);
  });

  test('a connection error never repeats a password written into a server address', () => {
    const refused = new HubConnectionError(['nats://bank1:s3cret-in-the-url@127.0.0.1:4222'], 'bank1', new Error('Authorization Violation'));
    expect(refused.message).toBe('the NATS server at nats://127.0.0.1:4222 did not accept user "bank1" with the password given: check the password (and the user) in your settings with the hub operator');
    // An authentication timeout (a TLS mismatch, a slow server) is not a wrong password.
    expect(new HubConnectionError(['nats://127.0.0.1:4222'], 'bank1', new Error('Authentication Timeout')).message).not.toMatch(/password/);
  });

  test('a wrong password or a server that does not answer is one line naming the server and the user, exit 2', async () => {
    const group = await startGroupServer();
    cleanups.push(() => group.cleanup());
    const settings = (servers: string[], password: string) => {
      const file = join(scratch, `bank1-${password.length}-${servers.length}.json`);
      writeFileSync(file, JSON.stringify({ servers, member: 'bank1', password }));
      return file;
    };
    const out = join(scratch, 'never.ndjson');
    const wrong = await htfds('receive', '--member', settings(group.config.nats.servers, 'not-the-bank-password'), '--out', out);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`htfds: the NATS server at ${group.config.nats.servers[0]} did not accept user "bank1" with the password given: check the password (and the user) in your settings with the hub operator\n`);
    // A port nothing listens on (the group's server stopped).
    const address = group.config.nats.servers[0]!;
    await group.server.stop();
    const down = await htfds('receive', '--member', settings([address], passwordOf(group.config, 'bank1')), '--out', out);
    expect(down.code).toBe(2);
    expect(down.stderr).toBe(`htfds: no NATS server answered at ${address} for user "bank1": check the address and that the hub's server is running\n`);
  });
});
