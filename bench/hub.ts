/**
 * The sharing hub end to end, beside a bare JetStream publish → pull-consume of the same bytes, in the same run
 * on the same nats-server.
 *
 *   npm run bench:hub -- [--records 10000] [--window 256] [--cluster] [--threads <n>] [--profile <folder>] [--hub-heap <MB>]
 *
 * Records are the synthetic examples, each with a fresh record ID, pseudonymised as a member does before the
 * clock starts. Hub: a member submits (up to --window unacknowledged), the hub (its own process, `htfds hub
 * start`) validates, checks and re-shapes each for one tactical recipient, and the recipient pull-consumes.
 * Bare: the same payload bytes published to a plain stream and pull-consumed. Broker traffic alone: the same bytes
 * through a relay of their own process that publishes what the hub publishes per record (the record, two index
 * entries, an audit entry) and acknowledges as the hub does, with no checking or re-shaping
 * (bench/hub-broker-pattern.ts): the most any hub with these guarantees could reach on this broker. Latency is from the publish call to
 * the consumer's receipt, per record. Peak RSS is the hub process's high-water mark (VmHWM), measured for two
 * batch sizes to show whether it grows with the number of records. With --cluster, the same again on a three-node
 * cluster with three replicas per stream (hub and bare alike).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHubConfig, type HubConfig } from '../src/hub/config.js';
import { hasPassed, keepUntilOf, utcDay } from '../src/hub/keep-until.js';
import { pseudonymiseForGroup } from '../src/hub/member.js';
import type { JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadNats, type NatsModules } from '../src/hub/nats-client.js';
import { startNatsCluster, startNatsServer, waitFor, type RunningServer } from '../src/hub/nats-server.js';
import { defaultShapingThreads } from '../src/hub/shaping-pool.js';
import { HEADERS, inboxPrefix, STREAMS, subjects } from '../src/hub/subjects.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const records = Number(arg('records', '10000'));
const windowSize = Number(arg('window', '256'));
const withCluster = process.argv.includes('--cluster');
/** --profile <folder>: the hub process writes a V8 CPU profile there (open it in Chrome DevTools). */
const profileDir = process.argv.includes('--profile') ? arg('profile', '') : undefined;
/** --threads <n>: the hub's worker threads (`htfds hub start --threads`; its default when not given). */
const threads = Number(process.argv.includes('--threads') ? arg('threads', '') : defaultShapingThreads());
/** --hub-heap <MB>: caps the hub's V8 old space, to show its live memory does not grow with the records. */
const hubHeapMb = process.argv.includes('--hub-heap') ? Number(arg('hub-heap', '')) : undefined;

const KEY = new Uint8Array(32).fill(9); // synthetic benchmark key
const COMPILED_CLI = 'dist/lib/src/cli/main.js';
const scratch = mkdtempSync(join(tmpdir(), 'htfds-bench-hub-'));

function benchConfig(): HubConfig {
  return parseHubConfig({
    configVersion: 1,
    group: { name: 'benchmark group (synthetic)', keyId: 'bench-key' },
    nats: { servers: ['nats://127.0.0.1:4222'] },
    hub: { user: 'hub', password: 'bench-hub-password' },
    limits: { ackWaitSeconds: 30 },
    members: [
      { id: 'ngo', password: 'bench-ngo-password', roles: ['submitter'] },
      { id: 'bank', password: 'bench-bank-password', roles: ['recipient'], profile: 'tactical' },
    ],
  });
}

/** Pseudonymised reports with distinct record IDs, as bytes ready to publish. */
function makePayloads(n: number, offset: number): { bytes: string; recordId: string }[] {
  const examples = readdirSync('examples').map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')) as Record<string, unknown>);
  const today = utcDay(new Date());
  // Reports the hub takes: pseudonymisable under the tactical profile, and not past their own keep-until date.
  const usable = examples.filter((e) => {
    const keepUntil = keepUntilOf(e);
    if (keepUntil !== undefined && hasPassed(keepUntil, today)) return false;
    try {
      pseudonymiseForGroup(e, { profile: 'tactical', key: KEY, keyId: 'bench-key' });
      return true;
    } catch {
      return false;
    }
  });
  return Array.from({ length: n }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(offset + i).padStart(12, '0')}`;
    const report = pseudonymiseForGroup({ ...usable[i % usable.length]!, recordId: id }, { profile: 'tactical', key: KEY, keyId: 'bench-key' });
    return { bytes: JSON.stringify(report), recordId: String(report.recordId) };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Publishes with a bounded window of unacknowledged publishes; `receive` resolves when every key arrived. */
async function drive(publishOne: (i: number) => Promise<unknown>, n: number, received: Promise<Map<number, number>>, sentAt: number[]): Promise<Figures> {
  const start = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < n; i++) {
    sentAt[i] = performance.now();
    const p = publishOne(i).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= windowSize) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const arrivals = await received;
  const end = Math.max(...arrivals.values());
  const latencies = [...arrivals.entries()].map(([i, at]) => at - sentAt[i]!).sort((a, b) => a - b);
  return { perSecond: n / ((end - start) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Resolves with each record's arrival time once every one of `n` arrived; `indexOf` reads a message's record index. */
function arrivals(messages: AsyncIterable<JsMsg>, n: number, indexOf: (m: JsMsg) => number | undefined): Promise<Map<number, number>> {
  return (async () => {
    const arrived = new Map<number, number>();
    for await (const m of messages) {
      const i = indexOf(m);
      if (i !== undefined) arrived.set(i, performance.now());
      m.ack();
      if (arrived.size === n) break;
    }
    return arrived;
  })();
}

async function addStream(jsm: JetStreamManager, name: string, subject: string, replicas: number, consumer?: string): Promise<void> {
  await jsm.streams.add({ name, subjects: [subject], storage: 'file' as never, num_replicas: replicas });
  if (consumer) await jsm.consumers.add(name, { durable_name: consumer, ack_policy: 'explicit' as never });
}

/** The benchmark's own connection to the server, as the hub's user (which may create streams). */
async function benchConnection(config: HubConfig): Promise<{ nats: NatsModules; nc: NatsConnection; jsm: JetStreamManager }> {
  const nats = await loadNats();
  const nc = await nats.connect({ servers: config.nats.servers, user: 'hub', pass: config.hub.password });
  return { nats, nc, jsm: await nats.js.jetstreamManager(nc) };
}

/** Publishes every payload to `subject` (its index in a header) and pull-consumes `stream`/`consumer` until each arrived. */
async function sendThrough(nats: NatsModules, jsm: JetStreamManager, subject: string, stream: string, consumer: string, payloads: { bytes: string }[]): Promise<Figures> {
  const js = jsm.jetstream();
  const messages = await (await js.consumers.get(stream, consumer)).consume({ max_messages: 512 });
  const received = arrivals(messages, payloads.length, (m) => Number(m.headers!.get('i')));
  const publishOne = (i: number) => {
    const h = nats.headers();
    h.set('i', String(i));
    return js.publish(subject, payloads[i]!.bytes, { msgID: `${subject}-${i}`, headers: h });
  };
  return drive(publishOne, payloads.length, received, []);
}

async function bare(config: HubConfig, payloads: { bytes: string }[], replicas: number): Promise<Figures> {
  const { nats, nc, jsm } = await benchConnection(config);
  await addStream(jsm, 'BENCH_BARE', 'bench.bare', replicas, 'bare');
  const figures = await sendThrough(nats, jsm, 'bench.bare', 'BENCH_BARE', 'bare', payloads);
  await nc.drain();
  return figures;
}

/** The hub's broker traffic without its work (bench/hub-broker-pattern.ts, a process of its own), consumed as the recipient does. */
async function brokerPattern(config: HubConfig, payloads: { bytes: string }[], replicas: number): Promise<Figures> {
  const { nats, nc, jsm } = await benchConnection(config);
  await addStream(jsm, 'PATTERN_IN', 'pattern.in', replicas, 'relay');
  await addStream(jsm, 'PATTERN_OUT', 'pattern.out', replicas, 'recipient');
  await addStream(jsm, 'PATTERN_SIDE', 'pattern.side.>', replicas);
  const relay = spawn(process.execPath, ['--import', 'tsx', 'bench/hub-broker-pattern.ts', config.nats.servers[0]!, 'hub', config.hub.password, 'PATTERN_IN', 'relay', 'pattern.out', 'pattern.side'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let said = '';
    relay.stdout!.on('data', (c: Buffer) => (said += c.toString()));
    await waitFor('the broker-pattern relay to start', () => said.includes('ready'), 60_000);
    const figures = await sendThrough(nats, jsm, 'pattern.in', 'PATTERN_OUT', 'recipient', payloads);
    await nc.drain();
    return figures;
  } finally {
    relay.kill('SIGTERM');
    await new Promise((r) => (relay.exitCode === null ? relay.once('exit', r) : r(null)));
  }
}

async function throughHub(config: HubConfig, payloads: { bytes: string; recordId: string }[], replicas: number): Promise<Figures & { hubPeakRssMb: number }> {
  const nats = await loadNats();
  const configFile = join(scratch, 'hub.json');
  writeFileSync(configFile, JSON.stringify(config));
  const nodeArgs = [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), ...(hubHeapMb ? [`--max-old-space-size=${hubHeapMb}`] : [])];
  // The compiled CLI the published package runs, not the sources through tsx (whose helpers cost the hub some 5%).
  if (!existsSync(COMPILED_CLI)) throw new Error(`${COMPILED_CLI} is missing: run npm run build:package first`);
  const hub = spawn(process.execPath, [...nodeArgs, COMPILED_CLI, 'hub', 'start', '--config', configFile, '--replicas', String(replicas), '--threads', String(threads)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  hub.stderr!.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-2000)));
  try {
    await waitFor('the hub to start', () => log.includes('"event":"started"'), 60_000);
    const ngo = await nats.connect({ servers: config.nats.servers, user: 'ngo', pass: config.members[0]!.password, inboxPrefix: inboxPrefix('ngo') });
    const bank = await nats.connect({ servers: config.nats.servers, user: 'bank', pass: config.members[1]!.password, inboxPrefix: inboxPrefix('bank') });
    const js = nats.js.jetstream(ngo);
    const index = new Map(payloads.map((p, i) => [p.recordId, i]));
    const consumer = await nats.js.jetstream(bank).consumers.get(STREAMS.deliveries, 'bank');
    // The record ID from the header, as the other runs read their index from one: no side parses the payload.
    const received = arrivals(await consumer.consume({ max_messages: 512 }), payloads.length, (m) => index.get(m.headers?.get(HEADERS.recordId) ?? ''));
    const sentAt: number[] = [];
    // A hub that dies (out of memory under --hub-heap) ends the run instead of leaving it waiting.
    const died = new Promise<never>((_, reject) => hub.once('exit', (code, signal) => reject(new Error(`the hub exited (${code ?? signal}) during the run: ${log.slice(-300)}`))));
    // Each a lead for the bank, as `htfds submit --to bank` sends it.
    const lead = () => {
      const h = nats.headers();
      h.set(HEADERS.to, 'bank');
      return h;
    };
    const figures = await Promise.race([drive((i) => js.publish(subjects.submission('ngo'), payloads[i]!.bytes, { msgID: `sub-${payloads[i]!.recordId}`, headers: lead() }), payloads.length, received, sentAt), died]);
    const status = readFileSync(`/proc/${hub.pid}/status`, 'utf8');
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    await ngo.drain();
    await bank.drain();
    return { ...figures, hubPeakRssMb: hwmKb / 1024 };
  } finally {
    if (hub.exitCode === null && hub.signalCode === null) {
      hub.kill('SIGTERM');
      await new Promise((r) => hub.once('exit', r));
    }
  }
}

const fmt = (f: Figures) => `${f.perSecond.toFixed(0).padStart(7)} records/s   p50 ${f.p50.toFixed(1).padStart(8)} ms   p99 ${f.p99.toFixed(1).padStart(8)} ms`;

async function main() {
  const small = Math.max(100, Math.floor(records / 10));
  process.stdout.write(`preparing ${records + small} pseudonymised synthetic reports…\n`);
  const payloads = makePayloads(records, 1);
  const smallPayloads = makePayloads(small, records + 1);
  const meanBytes = payloads.reduce((n, p) => n + p.bytes.length, 0) / payloads.length;
  const results: string[] = [];
  const runs: [string, { bytes: string; recordId: string }[], boolean][] = [
    [`${small} records`, smallPayloads, false],
    [`${records} records`, payloads, false],
    ...(withCluster ? ([[`${records} records`, payloads, true]] as [string, { bytes: string; recordId: string }[], boolean][]) : []),
  ];
  for (const [label, set, clustered] of runs) {
    const config = benchConfig();
    const dir = join(scratch, `servers-${set.length}-${clustered ? 'cluster' : 'single'}`);
    const servers: RunningServer[] = clustered ? await startNatsCluster(config, dir, 3) : [await startNatsServer(config, dir)];
    config.nats.servers = servers.map((s) => s.url);
    const replicas = clustered ? 3 : 1;
    try {
      const baseline = await bare(config, set, replicas);
      const pattern = await brokerPattern(config, set, replicas);
      const hub = await throughHub(config, set, replicas);
      results.push(
        `${label} (mean ${meanBytes.toFixed(0)} bytes, window ${windowSize}, ${clustered ? 'three-node cluster, R3' : 'single node'}, hub worker threads ${threads}):`,
        `  bare JetStream publish → pull   ${fmt(baseline)}`,
        `  hub's broker traffic, no work   ${fmt(pattern)}`,
        `  hub submit → delivery           ${fmt(hub)}   hub peak RSS ${hub.hubPeakRssMb.toFixed(0)} MB`,
        `  hub ÷ bare throughput           ${(hub.perSecond / baseline.perSecond).toFixed(3)}`,
        `  broker traffic alone ÷ bare     ${(pattern.perSecond / baseline.perSecond).toFixed(3)}`,
        `  hub ÷ its broker traffic alone  ${(hub.perSecond / pattern.perSecond).toFixed(3)}`,
      );
    } finally {
      for (const s of servers) await s.stop();
    }
  }
  process.stdout.write(`${results.join('\n')}\n`);
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
