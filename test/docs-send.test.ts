/**
 * "Prepare a case for sharing", its optional last step, in Chromium: a case prepared in the page is sent to the
 * group's hub over NATS WebSocket with the member's user name and password typed in. The hub is the real one: a
 * nats-server started by the hub's own code on loopback ports it picks at run time, with its WebSocket listener
 * on loopback without TLS and the site's origin as the only one allowed. A bank member receives the record,
 * anonymised; a wrong password, a member without the submitter role, an address where nothing listens, one that
 * never answers (given up after 5 s), and a case the hub refuses (prepared with another key than the group's), are
 * said in plain words. Every request of the browser is recorded: only the site's origin and the hub's address typed
 * in, and nothing at all towards the hub before the person presses Send. Screenshots go to test-artifacts/send/.
 * All data is synthetic.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHubConfig, type HubConfig } from '../src/hub/config.js';
import { hubAddress } from '../src/browser-hub.js';
import { MemberClient, pseudonymiseForGroup } from '../src/hub/member.js';
import { startNatsServer, waitFor, type RunningServer } from '../src/hub/nats-server.js';
import { startHub, type HubEvent, type RunningHub } from '../src/hub/pipeline.js';
import { GROUP_KEY, groupConfig, passwordOf, receiveAll, TO_BANK } from './helpers/hub-fixture.js';
import { currentSite } from './helpers/current-site.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const ARTIFACTS = resolve('test-artifacts/send');
mkdirSync('.cache', { recursive: true });
const scratch = resolve(mkdtempSync(join('.cache', 'send-')));
const hubDir = mkdtempSync(join(tmpdir(), 'htfds-send-hub-'));

/** The key's public name as the page (and `htfds anonymise` without --key-id) gives it: the hub's group key ID. */
const KEY_ID = `sha256:${createHash('sha256').update(GROUP_KEY).digest('hex').slice(0, 16)}`;
const NAME = 'Synthetic Testperson';
const IBAN = 'GB33BUKB20201555555555';

/** A synthetic case as a caseworker's file has it: a name and an account number in clear. */
function syntheticCase(recordId: string): Record<string, any> {
  const report = JSON.parse(readFileSync('examples/money-mule-operation.json', 'utf8'));
  report.recordId = recordId;
  report.persons[0].fullName = NAME;
  report.accounts[0].identifiers = [{ id: 'ACC-1-ID1', scheme: 'iban', value: IBAN }];
  return report;
}

const files = {
  case: join(scratch, 'case.json'),
  other: join(scratch, 'other-case.json'),
  key: join(scratch, 'group.key'),
  wrongKey: join(scratch, 'not-the-group.key'),
};

let site: StaticServer;
let nats: RunningServer;
let hub: RunningHub;
const hubEvents: HubEvent[] = [];
let config: HubConfig;
let browser: Browser;
let context: BrowserContext;
/** Every request and WebSocket of the browser, in order, with whether the person had pressed Send yet. */
const requests: { url: string; sending: boolean }[] = [];
let sending = false;
/** The hub addresses typed in the page. */
const typed = new Set<string>();

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
/** The sending step alone, readable at a glance beside the full page. */
const shotOfStep = (page: Page, name: string) => page.getByTestId('step-send').screenshot({ path: join(ARTIFACTS, `${name}-step.png`) });

/** A new tab on "Prepare a case for sharing", ready; nothing sent yet. */
async function openPrepare(): Promise<Page> {
  const page = await context.newPage();
  sending = false;
  await page.goto(`${site.origin}/prepare/`);
  await page.locator('[data-testid="prepare-status"][data-ready="true"]').waitFor({ timeout: 60_000 });
  return page;
}

async function prepare(page: Page, caseFile: string, keyFile: string): Promise<void> {
  await page.getByTestId('case-input').setInputFiles(caseFile);
  await page.getByText('1 case ready to prepare').waitFor();
  await page.getByTestId('profile-tactical').check();
  await page.getByTestId('key-input').setInputFiles(keyFile);
  await page.getByTestId('key-ready').waitFor();
  await page.getByTestId('prepare-button').click();
  await page.getByTestId('shared-summary').waitFor();
}

async function send(page: Page, password: string, { address = nats.websocket!, member = 'ngo1', to = 'bank1' } = {}): Promise<void> {
  typed.add(address);
  await page.getByLabel('The hub’s address').fill(address);
  await page.getByLabel('Your organisation’s user name').fill(member);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('The bank or unit these leads are for').fill(to);
  sending = true;
  await page.getByTestId('send-button').click();
  await page.locator('[data-testid="send-result"], [data-testid="send-failed"]').first().waitFor({ timeout: 30_000 });
}

/** A TCP listener on a loopback port, as a ws:// address, that takes connections and never says a word. */
async function listen(): Promise<{ address: string; connections: () => number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    address: `ws://127.0.0.1:${port}`,
    connections: () => sockets.length,
    close: () => new Promise<void>((done) => (sockets.forEach((s) => s.destroy()), server.close(() => done()))),
  };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(files.case, JSON.stringify(syntheticCase('5b0c8e1d-3f47-4a2b-9c6e-0d1f2a3b4c5d'), null, 2));
  writeFileSync(files.other, JSON.stringify(syntheticCase('7e2a4c6b-1d3f-4e5a-8b9c-2f4e6a8c0b1d'), null, 2));
  writeFileSync(files.key, GROUP_KEY);
  writeFileSync(files.wrongKey, randomBytes(32));

  site = await serveStatic(await currentSite());

  // The group's hub, configured as an operator would: a loopback WebSocket listener for this site's pages only.
  const raw = JSON.parse(JSON.stringify(groupConfig())) as Record<string, any>;
  raw.group.keyId = KEY_ID;
  raw.nats.websocket = { listen: '127.0.0.1:-1', noTls: true, allowedOrigins: [site.origin] };
  config = parseHubConfig(raw);
  nats = await startNatsServer(config, hubDir);
  config.nats.servers = [nats.url];
  hub = await startHub(config, { log: (e) => hubEvents.push(e) });

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push({ url: request.url(), sending }));
  context.on('page', (page) => page.on('websocket', (ws) => requests.push({ url: ws.url(), sending })));
  // Anything not for this site is refused (and recorded above); the WebSocket is not routed, only recorded.
  await context.route('**/*', (route) => (route.request().url().startsWith(`${site.origin}/`) ? route.continue() : route.abort()));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await nats?.stop();
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(hubDir, { recursive: true, force: true });
});

describe('a caseworker sends a prepared case to the group’s hub', () => {
  test('a wrong password is said in plain words; the right one delivers the anonymised record to a bank', async () => {
    const page = await openPrepare();
    await prepare(page, files.case, files.key);
    await page.getByTestId('step-send').scrollIntoViewIfNeeded();
    await shot(page, '1-prepared-ready-to-send');
    await shotOfStep(page, '1-prepared-ready-to-send');
    // Nothing of the sending step is loaded, and nothing connects, until the person asks.
    expect(requests.filter((r) => r.url.includes('htfds-send') || r.url.startsWith('ws'))).toEqual([]);

    await send(page, 'not-the-password');
    expect(await page.getByTestId('send-failed').textContent()).toBe('The hub did not accept this user name and password. Check them with your hub operator and try again.');
    await shot(page, '2-wrong-password');
    await shotOfStep(page, '2-wrong-password');

    await send(page, passwordOf(config, 'ngo1'));
    await page.getByTestId('send-accepted').waitFor();
    expect(await page.getByTestId('send-accepted').textContent()).toMatch(/the hub received it \(number \d+ in its queue\) and reported no problem with it/);
    // The password is not kept for a next time.
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await shot(page, '3-sent');
    await shotOfStep(page, '3-sent');

    const bank = await MemberClient.connect({ servers: config.nats.servers, member: 'bank1', password: passwordOf(config, 'bank1') });
    try {
      const [delivery] = await receiveAll(bank, 1);
      expect(delivery?.kind).toBe('record');
      expect(delivery?.profile).toBe('tactical');
      // What the page submitted is the case anonymised as `htfds submit` does it, with the group's key.
      const submitted = pseudonymiseForGroup(JSON.parse(readFileSync(files.case, 'utf8')), { profile: 'tactical', key: GROUP_KEY, keyId: KEY_ID });
      expect(delivery!.payload.recordId).toBe(submitted.recordId);
      expect(delivery!.payload.recordId).not.toBe('5b0c8e1d-3f47-4a2b-9c6e-0d1f2a3b4c5d');
      const text = JSON.stringify(delivery!.payload);
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(IBAN);
      expect((delivery!.payload.transactions as unknown[]).length).toBe((submitted.transactions as unknown[]).length);
    } finally {
      await bank.close();
    }
  });

  test('a case prepared with another key than the group’s: the hub’s validation report, in plain words', async () => {
    const page = await openPrepare();
    await prepare(page, files.other, files.wrongKey);
    await send(page, passwordOf(config, 'ngo1'));
    const refused = await page.getByTestId('send-refused').textContent();
    expect(refused).toMatch(/the hub did not accept it, and has not passed it on/);
    // The hub's own finding: the keyed hashes were not made with the group's key (the hub re-shaped them away).
    expect(refused).toContain('keyed hashes not made with this group');
    await shot(page, '4-refused-by-the-hub');
    await shotOfStep(page, '4-refused-by-the-hub');
  });

  test('a member the hub does not let send cases is told so in plain words', async () => {
    const page = await openPrepare();
    await prepare(page, files.case, files.key);
    // The bank's own user and password: a recipient of the group, without the submitter role.
    await send(page, passwordOf(config, 'bank1'), { member: 'bank1' });
    expect(await page.getByTestId('send-failed').textContent()).toBe('The hub does not let this user send cases: ask your hub operator to give your organisation the submitter role.');
    await shotOfStep(page, '6-no-permission');
  });

  test('a hub that cannot be reached, or that does not answer, is said in plain words; the page waits for an answer 5 seconds, no longer', async () => {
    const page = await openPrepare();
    await prepare(page, files.case, files.key);
    // Nothing listens at this address (a port just closed).
    const closed = await listen();
    await closed.close();
    await send(page, passwordOf(config, 'ngo1'), { address: closed.address });
    expect(await page.getByTestId('send-failed').textContent()).toBe(`The hub at ${closed.address}/ could not be reached. Check the address and that this computer is connected, then try again.`);
    await shotOfStep(page, '7-unreachable');

    // Something listens, takes the connection and never answers: the page gives up after 5 seconds.
    const silent = await listen();
    try {
      const started = Date.now();
      await send(page, passwordOf(config, 'ngo1'), { address: silent.address });
      const waited = Date.now() - started;
      expect(await page.getByTestId('send-failed').textContent()).toBe(`The hub at ${silent.address}/ did not answer within 5 seconds. Check the address and that this computer is connected, then try again.`);
      expect(silent.connections()).toBeGreaterThan(0);
      expect(waited).toBeGreaterThanOrEqual(4900);
      expect(waited).toBeLessThan(9000);
      // The button is usable again, for another try.
      expect(await page.getByTestId('send-button').isDisabled()).toBe(false);
      await shotOfStep(page, '8-no-answer');
    } finally {
      await silent.close();
    }
  });

  test('a copy under the internal profile, which keeps the identifiers, cannot be sent', async () => {
    const page = await openPrepare();
    await page.getByTestId('case-input').setInputFiles(files.case);
    await page.getByText('1 case ready to prepare').waitFor();
    await page.getByTestId('profile-internal').check();
    await page.getByTestId('prepare-button').click();
    await page.getByTestId('shared-summary').waitFor();
    await page.getByLabel('The hub’s address').fill(nats.websocket!);
    await page.getByLabel('Your organisation’s user name').fill('ngo1');
    await page.getByLabel('Password').fill(passwordOf(config, 'ngo1'));
    expect(await page.getByTestId('send-button').isDisabled()).toBe(true);
    expect(await page.getByTestId('send-not-for-sharing').textContent()).toMatch(/keeps the identifiers, for your own records: such a copy is never sent to a hub/);
    await shotOfStep(page, '5-internal-profile-not-sent');
  });

  test('an answer waiting behind another message of the hub is not taken for "no problem": the library says so and hands the other back', async () => {
    const ngo = await MemberClient.connect({ servers: config.nats.servers, member: 'ngo1', password: passwordOf(config, 'ngo1') });
    try {
      // Two cases hashed with a key that is not the group's: the hub answers each with a validation report.
      const notTheGroups = { profile: 'tactical', key: Uint8Array.from(randomBytes(32)), keyId: 'sha256:0000000000000000' };
      const first = pseudonymiseForGroup(syntheticCase('3c5e7a9b-2d4f-4a6c-8e0a-1b3d5f7a9c2e'), notTheGroups);
      const second = pseudonymiseForGroup(syntheticCase('9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'), notTheGroups);
      // The hub handles submissions concurrently: the second goes once the first is answered, so that the answers queue in this order.
      const rejected = () => hubEvents.filter((e) => e.event === 'rejected').length;
      const before = rejected();
      await ngo.submit(first, TO_BANK);
      await waitFor('the hub to answer the first case', () => rejected() > before || undefined);
      await ngo.submit(second, TO_BANK);
      // Asked about the second only, while the answer about the first comes first.
      const asked = await ngo.validationReports([String(second.recordId)], 5000);
      expect(asked).toEqual({ reports: [], unread: true });
      // Nothing was lost: the member's own receive gets both answers.
      const both = await receiveAll(ngo, 2);
      expect(both.map((d) => [d.kind, d.payload.recordId])).toEqual([
        ['validation', first.recordId],
        ['validation', second.recordId],
      ]);
    } finally {
      await ngo.close();
    }
  });

  test('the hub address: wss://, or ws:// to this computer only; anything else is refused in plain words before any connection', () => {
    expect(hubAddress(' wss://hub.example.org:8443 ')).toBe('wss://hub.example.org:8443/');
    expect(hubAddress('ws://127.0.0.1:9222')).toBe('ws://127.0.0.1:9222/');
    expect(hubAddress('ws://localhost:9222')).toBe('ws://localhost:9222/');
    expect(() => hubAddress('ws://hub.example.org:8443')).toThrow(/^A hub on another computer is reached with wss:\/\/ only/);
    expect(() => hubAddress('https://hub.example.org')).toThrow(/^The hub address must start with wss:\/\//);
    expect(() => hubAddress('hub.example.org')).toThrow(/^The hub address is not a web address/);
  });

  test('every request went to the site or to a hub address typed in, and to a hub only after Send', () => {
    const hubAddress = nats.websocket!;
    const elsewhere = requests.filter((r) => !r.url.startsWith(`${site.origin}/`) && !typed.has(r.url) && !typed.has(r.url.replace(/\/$/, '')));
    expect(elsewhere).toEqual([]);
    expect(requests.filter((r) => r.url.startsWith(hubAddress)).length).toBeGreaterThanOrEqual(3);
    const towardsAHub = requests.filter((r) => !r.url.startsWith(`${site.origin}/`));
    expect(towardsAHub.every((r) => r.sending)).toBe(true);
  });
});
