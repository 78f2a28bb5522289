/**
 * The sharing hub's commands: `htfds hub start` (the operator's), `htfds hub dev` (a first try on one machine),
 * `htfds hub nats-config`, and the members' `htfds submit`, `htfds withdraw` and `htfds receive`. The work is the
 * library's (src/hub/); these read files, print, and turn failures into one line and an exit code.
 */
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { HubConfigError, loadHubConfig, type HubConfig } from '../hub/config.js';
import { MemberClient, pseudonymiseForGroup, type Delivery } from '../hub/member.js';
import { loadMemberFile } from '../hub/member-settings.js';
import { natsServerConfig, type ServerOptions } from '../hub/nats-config.js';
import { readAudit, readDeadLetters } from '../hub/operator-reads.js';
import { startHub, type HubEvent } from '../hub/pipeline.js';
import { SharingRefusal } from '../share/refusal.js';
import { keyFingerprint, readKey } from './anonymise-command.js';
import { alertLines } from '../io/alert-lines.js';
import { eachRecord, expandInputs, placeOf } from './inputs.js';

export interface Io {
  stdout: Writable;
  stderr: Writable;
}

const logTo = (out: Writable) => (event: HubEvent) => out.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);

/** Resolves on the first SIGTERM or SIGINT. */
const stopSignal = () => new Promise<string>((resolve) => ['SIGTERM', 'SIGINT'].forEach((s) => process.once(s, () => resolve(s))));

export async function hubStartCommand(options: { config: string; replicas?: number; threads?: number } & Io): Promise<number> {
  const config = await loadHubConfig(options.config);
  const hub = await startHub(config, { ...(options.replicas ? { replicas: options.replicas } : {}), ...(options.threads ? { threads: options.threads } : {}), log: logTo(options.stderr) });
  const signal = await Promise.race([stopSignal(), hub.done.then(() => 'closed')]);
  await hub.stop();
  return signal === 'closed' ? 1 : 0;
}

export interface NatsConfigOptions {
  config: string;
  listen: string;
  storeDir: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  http?: string;
  serverName?: string;
  clusterName?: string;
  clusterListen?: string;
  route?: string[];
}

/** host:port as nats-server reads it unquoted (port -1: any free port). */
const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(-1|[0-9]{1,5})$/;
/** Server and cluster names: nats-server refuses spaces, and JetStream uses the names in subjects, so no dots either. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const ROUTE = /^nats-route:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$/;
const WILDCARD_HOSTS = ['0.0.0.0', '[::]'];

function hostPort(flag: string, value: string, example: string): { host: string; port: number } {
  const m = HOST_PORT.exec(value);
  const port = Number(m?.[2]);
  if (!m || port === 0 || port > 65535) throw new HubConfigError(`${flag} ${JSON.stringify(value)}`, `give host:port, e.g. ${example}`);
  return { host: m[1]!, port };
}

/**
 * The server options the command's flags ask for, each flag checked: a value nats-server would refuse or misread is
 * one line naming the flag, before any configuration is written. A cluster node needs its own server name (JetStream
 * clustering requires one per node), a cluster listen address and the routes; the cluster name defaults to htfds.
 */
export function natsServerOptions(options: Omit<NatsConfigOptions, 'config'>): ServerOptions {
  if (Boolean(options.tlsCert) !== Boolean(options.tlsKey) || (options.tlsCa && !options.tlsCert)) throw new HubConfigError('--tls-cert, --tls-key', 'give the certificate and its key together (and --tls-ca only with them)');
  const listeners: [string, { host: string; port: number }][] = [['--listen', hostPort('--listen', options.listen, '0.0.0.0:4222')]];
  if (options.http !== undefined) listeners.push(['--http', hostPort('--http', options.http, '127.0.0.1:8222')]);
  if (options.clusterListen !== undefined) listeners.push(['--cluster-listen', hostPort('--cluster-listen', options.clusterListen, '0.0.0.0:6222')]);
  for (const [i, [flag, at]] of listeners.entries()) {
    const clash = listeners.slice(0, i).find(([, other]) => other.port === at.port && at.port !== -1 && (other.host === at.host || WILDCARD_HOSTS.includes(other.host) || WILDCARD_HOSTS.includes(at.host)));
    if (clash) throw new HubConfigError(flag, `port ${at.port} is also the port of ${clash[0]}; give each listener its own port`);
  }
  for (const [flag, name] of [['--server-name', options.serverName], ['--cluster-name', options.clusterName]] as const) {
    if (name !== undefined && !NAME.test(name)) throw new HubConfigError(`${flag} ${JSON.stringify(name)}`, 'use 1 to 64 letters, digits, hyphens and underscores, starting with a letter or digit (no spaces or dots)');
  }
  const routes = options.route ?? [];
  for (const [i, route] of routes.entries()) {
    const m = ROUTE.exec(route);
    if (!m || Number(m[3]) === 0 || Number(m[3]) > 65535) throw new HubConfigError(`--route ${JSON.stringify(route)}`, 'write each route as nats-route://host:port (the cluster listen address of a node)');
    if (routes.indexOf(route) !== i) throw new HubConfigError(`--route ${JSON.stringify(route)}`, 'is given twice');
  }
  const clustered = options.clusterName !== undefined || options.clusterListen !== undefined || routes.length > 0;
  if (clustered) {
    const missing = [options.serverName === undefined ? '--server-name' : '', options.clusterListen === undefined ? '--cluster-listen' : '', routes.length === 0 ? '--route' : ''].filter(Boolean);
    if (missing.length > 0) throw new HubConfigError(missing.join(', '), 'a cluster node needs --server-name (its own), --cluster-listen and a --route for every node; add them');
  }
  const tls = options.tlsCert && options.tlsKey ? { certFile: options.tlsCert, keyFile: options.tlsKey, ...(options.tlsCa ? { caFile: options.tlsCa, verify: true } : {}) } : undefined;
  return {
    listen: options.listen,
    storeDir: options.storeDir,
    ...(options.serverName !== undefined ? { serverName: options.serverName } : {}),
    ...(options.http !== undefined ? { http: options.http } : {}),
    ...(clustered ? { cluster: { name: options.clusterName ?? 'htfds', listen: options.clusterListen!, routes } } : {}),
    ...(tls ? { tls } : {}),
  };
}

/** Writes each item as one line of NDJSON; returns how many. */
async function writeNdjson(items: AsyncIterable<object>, out: Writable): Promise<number> {
  let n = 0;
  for await (const item of items) {
    out.write(`${JSON.stringify(item)}\n`);
    n++;
  }
  return n;
}

/** The audit trail as NDJSON, oldest first (pseudonymous record IDs only). */
export async function hubAuditCommand(options: { config: string; record?: string } & Io): Promise<number> {
  const n = await writeNdjson(readAudit(await loadHubConfig(options.config), options.record ? { recordId: options.record } : {}), options.stdout);
  options.stderr.write(`${n} audit entr${n === 1 ? 'y' : 'ies'}\n`);
  return 0;
}

/** The dead letters as NDJSON, oldest first: where each came from and why it was parked; its content only when asked. */
export async function hubDeadLettersCommand(options: { config: string; content: boolean } & Io): Promise<number> {
  const n = await writeNdjson(readDeadLetters(await loadHubConfig(options.config), { content: options.content }), options.stdout);
  options.stderr.write(`${n} dead letter(s)\n`);
  return 0;
}

export async function natsConfigCommand(options: NatsConfigOptions & Io): Promise<number> {
  const server = natsServerOptions(options);
  const config: HubConfig = await loadHubConfig(options.config);
  options.stdout.write(natsServerConfig(config, server));
  return 0;
}

/** Reads each input report, pseudonymises it with the group key as the member settings say, and submits it. */
export async function submitCommand(inputs: string[], options: { member: string; to?: string } & Io): Promise<number> {
  const settings = await loadMemberFile(options.member);
  if (options.to !== undefined && options.to.trim() === '') throw new SharingRefusal('--to names no member', 'give the member ID of the bank or FIU the leads are for, or leave --to out');
  if (!settings.groupKeyFile) throw new SharingRefusal('the member settings name no group key file', 'add "groupKeyFile" to the member settings: the hub accepts only pseudonymised reports');
  const key = await readKey(settings.groupKeyFile);
  const pseudonymise = { profile: settings.profile ?? 'tactical', key, keyId: settings.groupKeyId ?? keyFingerprint(key) };
  const { files, unusable } = await expandInputs(inputs);
  const client = await MemberClient.connect(settings);
  let submitted = 0;
  let refused = 0;
  let repeats = 0;
  try {
    for await (const record of eachRecord(files, unusable, undefined, { quoteInput: false })) {
      let report: Record<string, unknown>;
      try {
        report = pseudonymiseForGroup(record.data, pseudonymise);
      } catch (error) {
        if (!(error instanceof SharingRefusal)) throw error;
        refused++;
        options.stderr.write(`htfds: not submitted ${placeOf(record)}: ${error.reason} — ${error.hint}\n`);
        continue;
      }
      const result = await client.submit(report, options.to === undefined ? {} : { to: options.to });
      submitted++;
      if (result.duplicate) repeats++;
      options.stdout.write(`${JSON.stringify({ place: placeOf(record), recordId: report.recordId, sequence: result.sequence, duplicate: result.duplicate })}\n`);
    }
  } finally {
    await client.close();
  }
  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  options.stderr.write(`${submitted} report(s) submitted${options.to === undefined ? '' : ` as leads for ${options.to}`}${refused ? `, ${refused} not submitted` : ''}; the hub answers rejected ones on your validation channel (htfds receive).\n`);
  if (options.to === undefined && submitted > 0) options.stderr.write('Addressed to no one (--to): banks and FIUs under the tactical profile do not get them; recipients of anonymised records do.\n');
  // The hub keeps message IDs for its duplicate window: identical content then is one submission, even after a withdrawal.
  if (repeats > 0) options.stderr.write(`${repeats} of them the hub already had with exactly this content (the "duplicate" lines): they are not passed on again. To send a withdrawn record again, correct or update it first.\n`);
  return unusable.length > 0 ? 2 : refused > 0 ? 1 : 0;
}

/** Sends indicator alerts (NDJSON as htfds detect writes them) to the hub, evidence keys as keyed hashes under the group key. */
export async function sendAlertsCommand(files: string[], options: { member: string } & Io): Promise<number> {
  const settings = await loadMemberFile(options.member);
  if (!settings.groupKeyFile) throw new SharingRefusal('the member settings name no group key file', 'add "groupKeyFile" to the member settings: alert evidence leaves you only as keyed hashes');
  const key = await readKey(settings.groupKeyFile);
  const client = await MemberClient.connect(settings);
  let sent = 0;
  try {
    for (const file of files) {
      for await (const { line, message } of alertLines(file)) {
        const result = await client.sendAlert(message, key);
        sent++;
        options.stdout.write(`${JSON.stringify({ place: `${file}:${line}`, recordId: message.payload.recordId, sequence: result.sequence, duplicate: result.duplicate })}\n`);
      }
    }
  } finally {
    await client.close();
  }
  options.stderr.write(`${sent} alert(s) sent; the hub answers rejected ones on your validation channel (htfds receive).\n`);
  return 0;
}

export async function withdrawCommand(recordIds: string[], options: { member: string } & Io): Promise<number> {
  const settings = await loadMemberFile(options.member);
  const client = await MemberClient.connect(settings);
  try {
    for (const id of recordIds) {
      const result = await client.withdraw(id);
      options.stdout.write(`${JSON.stringify({ recordId: id, sequence: result.sequence, duplicate: result.duplicate })}\n`);
    }
  } finally {
    await client.close();
  }
  return 0;
}

/** Appends each delivery to the NDJSON file and flushes it to disk before acknowledging it. */
export async function receiveCommand(options: { member: string; out: string; max?: number; idleMs: number } & Io): Promise<number> {
  const settings = await loadMemberFile(options.member);
  const client = await MemberClient.connect(settings);
  const file = await open(options.out, 'a');
  const counts: Record<string, number> = {};
  try {
    await client.receive(
      async (d: Delivery) => {
        await file.write(`${JSON.stringify({ kind: d.kind, ...(d.profile ? { profile: d.profile } : {}), sequence: d.sequence, payload: d.payload })}\n`);
        await file.datasync();
        counts[d.kind] = (counts[d.kind] ?? 0) + 1;
      },
      { ...(options.max ? { max: options.max } : {}), idleMs: options.idleMs },
    );
  } finally {
    await file.close();
    await client.close();
  }
  const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing';
  options.stderr.write(`received ${summary} into ${options.out}\n`);
  return 0;
}

