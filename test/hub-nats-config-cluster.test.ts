/**
 * `htfds hub nats-config` for the nodes of a cluster: three configurations made by the command (as an operator runs
 * it, one per node), three real nats-server processes started on them with loopback ports chosen at run time, and
 * the cluster they form takes a stream with three replicas. Options nats-server would refuse or misread are one
 * line naming the option, and exit 2.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { natsServerOptions, type NatsConfigOptions } from '../src/cli/hub-command.js';
import { HubConfigError } from '../src/hub/config.js';
import { loadNats } from '../src/hub/nats-client.js';
import { freePort, startNatsServerFromFile, waitForMetaLeader, type RunningServer } from '../src/hub/nats-server.js';
import { groupConfig } from './helpers/hub-fixture.js';
import { htfds } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-nats-config-cluster-'));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(scratch, { recursive: true, force: true });
});

const config = groupConfig();
const hubFile = join(scratch, 'hub.json');
writeFileSync(hubFile, JSON.stringify(config));

describe('htfds hub nats-config for a three-node cluster', () => {
  test('the three generated configurations form a JetStream cluster that takes a stream with three replicas', async () => {
    const clusterPorts = await Promise.all([1, 2, 3].map(() => freePort()));
    const routes = clusterPorts.flatMap((port) => ['--route', `nats-route://127.0.0.1:${port}`]);
    const generated = await Promise.all(
      clusterPorts.map((port, i) =>
        htfds('hub', 'nats-config', '--config', hubFile, '--listen', '127.0.0.1:-1', '--http', '127.0.0.1:-1', '--store-dir', join(scratch, `n${i + 1}`, 'jetstream'), '--server-name', `n${i + 1}`, '--cluster-name', 'htfds-test', '--cluster-listen', `127.0.0.1:${port}`, ...routes),
      ),
    );
    const files = generated.map((result, i) => {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`server_name: "n${i + 1}"`);
      const dir = join(scratch, `n${i + 1}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'nats-server.conf'), result.stdout, { mode: 0o600 });
      return join(dir, 'nats-server.conf');
    });

    const nodes: RunningServer[] = [];
    for (const [i, file] of files.entries()) {
      const node = await startNatsServerFromFile(file, join(scratch, `n${i + 1}`));
      nodes.push(node);
      cleanups.push(() => node.stop());
    }
    expect(['n1', 'n2', 'n3']).toContain(await waitForMetaLeader(nodes, 15_000));
    // The names and the cluster took effect (nats-server reports what it runs with, not what the file said).
    for (const [i, node] of nodes.entries()) {
      const varz = (await (await fetch(`http://${node.monitor}/varz`)).json()) as { server_name: string; cluster: { name: string } };
      expect([varz.server_name, varz.cluster.name]).toEqual([`n${i + 1}`, 'htfds-test']);
    }

    const nats = await loadNats();
    const nc = await nats.connect({ servers: nodes.map((n) => n.url), user: config.hub.user, pass: config.hub.password });
    cleanups.push(() => nc.close());
    const jsm = await nats.js.jetstreamManager(nc);
    const stream = await jsm.streams.add({ name: 'CLUSTER_CHECK', subjects: ['cluster.check'], num_replicas: 3 });
    expect(stream.config.num_replicas).toBe(3);
    expect(stream.cluster?.replicas).toHaveLength(2); // a leader and two followers, each on its own node
    expect(new Set([stream.cluster!.leader, ...stream.cluster!.replicas!.map((r) => r.name)])).toEqual(new Set(['n1', 'n2', 'n3']));
    const ack = await nats.js.jetstream(nc).publish('cluster.check', 'synthetic');
    expect(ack.seq).toBe(1);
  }, 30_000);

  test('options nats-server would refuse or misread are one line naming the option', () => {
    const node = { listen: '0.0.0.0:4222', storeDir: '/var/lib/nats/jetstream', serverName: 'n1', clusterListen: '0.0.0.0:6222', route: ['nats-route://n1:6222'] };
    const cases: [Partial<NatsConfigOptions>, string][] = [
      [{ ...node, route: ['nats-route://n1:6222', 'n2:6222'] }, '--route "n2:6222": write each route as nats-route://host:port (the cluster listen address of a node)'],
      [{ ...node, route: ['nats://n2:6222'] }, '--route "nats://n2:6222": write each route as nats-route://host:port (the cluster listen address of a node)'],
      [{ ...node, route: ['nats-route://n1:6222', 'nats-route://n1:6222'] }, '--route "nats-route://n1:6222": is given twice'],
      [{ ...node, serverName: undefined }, '--server-name: a cluster node needs --server-name (its own), --cluster-listen and a --route for every node; add them'],
      [{ listen: node.listen, serverName: 'n1', clusterName: 'htfds' }, '--cluster-listen, --route: a cluster node needs --server-name (its own), --cluster-listen and a --route for every node; add them'],
      [{ listen: node.listen, serverName: 'node one' }, '--server-name "node one": use 1 to 64 letters, digits, hyphens and underscores, starting with a letter or digit (no spaces or dots)'],
      [{ ...node, clusterName: 'htfds.eu' }, '--cluster-name "htfds.eu": use 1 to 64 letters, digits, hyphens and underscores, starting with a letter or digit (no spaces or dots)'],
      [{ ...node, clusterListen: '6222' }, '--cluster-listen "6222": give host:port, e.g. 0.0.0.0:6222'],
      [{ ...node, listen: '0.0.0.0:6222' }, '--cluster-listen: port 6222 is also the port of --listen; give each listener its own port'],
      [{ ...node, http: '127.0.0.1:99999' }, '--http "127.0.0.1:99999": give host:port, e.g. 127.0.0.1:8222'],
      [{ ...node, http: '' }, '--http "": give host:port, e.g. 127.0.0.1:8222'],
    ];
    for (const [options, message] of cases) expect(() => natsServerOptions({ storeDir: '/x', listen: '', ...options }), message).toThrow(new HubConfigError(message.slice(0, message.indexOf(': ')), message.slice(message.indexOf(': ') + 2)));
    // Two listeners may share a port number on different addresses.
    expect(natsServerOptions({ ...node, listen: '10.0.0.1:6222', clusterListen: '10.0.0.2:6222' }).cluster).toEqual({ name: 'htfds', listen: '10.0.0.2:6222', routes: ['nats-route://n1:6222'] });
  });

  test('on the command line such an option is one line on standard error and exit 2, before the configuration is read', async () => {
    const results = await Promise.all([
      htfds('hub', 'nats-config', '--config', join(scratch, 'no-such-hub.json'), '--server-name', 'n1', '--cluster-listen', '0.0.0.0:6222', '--route', 'n2:6222'),
      htfds('hub', 'nats-config', '--config', hubFile, '--cluster-listen', '0.0.0.0:6222', '--route', 'nats-route://n1:6222'),
    ]);
    expect(results.map((r) => [r.code, r.stdout, r.stderr.trim().split('\n')])).toEqual([
      [2, '', ['htfds: --route "n2:6222": write each route as nats-route://host:port (the cluster listen address of a node)']],
      [2, '', ['htfds: --server-name: a cluster node needs --server-name (its own), --cluster-listen and a --route for every node; add them']],
    ]);
  });

  test('a node without the cluster options stays a single server, and names itself when asked', async () => {
    const result = await htfds('hub', 'nats-config', '--config', hubFile, '--server-name', 'hub-1', '--http', '127.0.0.1:8222');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^server_name: "hub-1"\nlisten: 0\.0\.0\.0:4222\nhttp: 127\.0\.0\.1:8222\n/);
    expect(result.stdout).not.toContain('cluster');
  });
});
