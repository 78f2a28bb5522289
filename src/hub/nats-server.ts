/**
 * Starts Debian's nats-server binary for `htfds hub dev`, the tests and the benchmark: a generated config in a
 * scratch folder, `listen: 127.0.0.1:-1` so the server picks free ports, and the ports file it writes to learn
 * them. Waits on conditions with bounded timeouts, never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { HubConfig } from './config.js';
import { natsServerConfig, type ServerOptions } from './nats-config.js';

export const NATS_SERVER_BINARIES = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

export class NatsServerMissingError extends Error {
  constructor() {
    super('nats-server is not installed: on Debian or Ubuntu run apt-get install nats-server (or put a nats-server binary on the PATH)');
  }
}

/** The binary: HTFDS_NATS_SERVER when set, else the usual places and the PATH. */
export function findNatsServer(): string {
  const chosen = process.env.HTFDS_NATS_SERVER;
  if (chosen !== undefined) {
    if (!existsSync(chosen)) throw new NatsServerMissingError();
    return chosen;
  }
  const onPath = (process.env.PATH ?? '').split(':').filter(Boolean).map((d) => join(d, 'nats-server'));
  const found = [...NATS_SERVER_BINARIES, ...onPath].find((p) => existsSync(p));
  if (!found) throw new NatsServerMissingError();
  return found;
}

export interface RunningServer {
  url: string;
  /** host:port of the monitoring endpoint when one was asked for. */
  monitor?: string;
  clusterPort?: number;
  /** The WebSocket listener's address (ws:// or wss://) when the hub config asks for one. */
  websocket?: string;
  process: ChildProcess;
  dir: string;
  stop(): Promise<void>;
}

/** Waits until `check` returns a value, polling every `everyMs`, for at most `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Starts one nats-server for the hub config in `dir` (created if needed); resolves when it accepts clients. */
export async function startNatsServer(config: HubConfig, dir: string, extra: Partial<ServerOptions> = {}): Promise<RunningServer> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'nats-server.conf');
  writeFileSync(file, natsServerConfig(config, { listen: '127.0.0.1:-1', storeDir: join(dir, 'jetstream'), portsFileDir: join(dir, 'ports'), ...extra }), { mode: 0o600 });
  return startNatsServerFromFile(file, dir);
}

/**
 * Starts nats-server on a configuration file already written (such as `htfds hub nats-config` prints), with its
 * ports file in `dir`/ports whatever the file says; resolves when it accepts clients.
 */
export async function startNatsServerFromFile(file: string, dir: string): Promise<RunningServer> {
  const binary = findNatsServer();
  const portsDir = join(dir, 'ports');
  mkdirSync(portsDir, { recursive: true });
  for (const f of readdirSync(portsDir)) writeFileSync(join(portsDir, f), ''); // stale files from an earlier run say nothing
  const child = spawn(binary, ['-c', file, '--ports_file_dir', portsDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ports = await waitFor('nats-server to write its ports file', () => {
    if (child.exitCode !== null) throw new Error(`nats-server stopped at start: ${log.split('\n').filter(Boolean).at(-1) ?? 'no message'}`);
    const name = readdirSync(portsDir).find((f) => f.includes(`_${child.pid}.ports`));
    if (!name) return undefined;
    const text = readFileSync(join(portsDir, name), 'utf8');
    if (!text) return undefined;
    try {
      return JSON.parse(text) as { nats: string[]; monitoring?: string[]; cluster?: string[]; websocket?: string[] };
    } catch {
      return undefined; // still being written
    }
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return {
    url: ports.nats[0]!,
    ...(ports.monitoring?.[0] ? { monitor: ports.monitoring[0].replace(/^https?:\/\//, '') } : {}),
    ...(ports.cluster?.[0] ? { clusterPort: Number(ports.cluster[0].split(':').at(-1)) } : {}),
    ...(ports.websocket?.[0] ? { websocket: ports.websocket[0] } : {}),
    process: child,
    dir,
    stop,
  };
}

/** A free loopback port, asked of the operating system just before it is used. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The meta leader a node reports on its monitoring endpoint once the cluster has its full size. */
async function metaLeader(server: RunningServer, size: number): Promise<string | undefined> {
  try {
    const jsz = (await (await fetch(`http://${server.monitor}/jsz`)).json()) as { meta_cluster?: { leader?: string; cluster_size?: number } };
    return jsz.meta_cluster?.cluster_size === size && jsz.meta_cluster.leader ? jsz.meta_cluster.leader : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves with the meta leader once every node (each with a monitoring endpoint) names the same one for a cluster of them all. */
export function waitForMetaLeader(nodes: RunningServer[], timeoutMs = 60_000): Promise<string> {
  return waitFor(
    'the cluster nodes to agree on a meta leader',
    async () => {
      const leaders = await Promise.all(nodes.map((n) => metaLeader(n, nodes.length)));
      return leaders.every((l) => l !== undefined && l === leaders[0]) ? leaders[0] : undefined;
    },
    timeoutMs,
    200,
  );
}

/**
 * A JetStream cluster of `size` nodes on loopback, in sub-folders of `dir`; resolves once every node names the
 * same meta leader. JetStream clustering needs its routes in the config, so the cluster ports are chosen first.
 */
export async function startNatsCluster(config: HubConfig, dir: string, size = 3, name = 'htfds'): Promise<RunningServer[]> {
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p}`);
  const nodes: RunningServer[] = [];
  try {
    for (const [i, port] of ports.entries()) {
      nodes.push(await startNatsServer(config, join(dir, `n${i + 1}`), { serverName: `n${i + 1}`, http: '127.0.0.1:-1', cluster: { name, listen: `127.0.0.1:${port}`, routes } }));
    }
    await waitForMetaLeader(nodes);
    return nodes;
  } catch (error) {
    for (const n of nodes) await n.stop();
    throw error;
  }
}
