/**
 * The hub's transport security on a real nats-server: a throwaway certificate authority, server and client
 * certificates made with openssl for this run only; the hub and the members connect over mutual TLS and a record
 * flows; a plain-text connection, and a TLS one without a client certificate, are refused. Also the WebSocket
 * listener a browser member would use, plain only on loopback.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HubConfigError, parseHubConfig } from '../src/hub/config.js';
import { MemberClient } from '../src/hub/member.js';
import { loadNats } from '../src/hub/nats-client.js';
import { natsServerConfig } from '../src/hub/nats-config.js';
import { startNatsServer, type RunningServer } from '../src/hub/nats-server.js';
import { startHub, type RunningHub } from '../src/hub/pipeline.js';
import { groupConfig, passwordOf, pseudonymisedExample, receiveAll, testRecordId, TO_BANK } from './helpers/hub-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-hub-tls-'));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('/usr/bin/openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

/** A certificate signed by the throwaway CA, for `names` (server) or for client authentication. */
function issue(name: string, extensions: string) {
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=htfds-test-${name}`);
  writeFileSync(file(`${name}.ext`), `${extensions}\n`);
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '1', '-extfile', `${name}.ext`);
}

const config = groupConfig();
let server: RunningServer;
let hub: RunningHub;
const clients: MemberClient[] = [];

beforeAll(async () => {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=htfds throwaway test CA');
  issue('server', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth');
  issue('client', 'extendedKeyUsage=clientAuth');
  server = await startNatsServer(config, join(dir, 'nats'), { tls: { certFile: file('server.pem'), keyFile: file('server.key'), caFile: file('ca.pem'), verify: true } });
  config.nats.servers = [server.url];
  config.nats.tls = { caFile: file('ca.pem'), certFile: file('client.pem'), keyFile: file('client.key') };
  hub = await startHub(config);
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.close();
  await hub?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS', () => {
  test('the hub and the members connect over mutual TLS, and a record flows', async () => {
    const tls = config.nats.tls!;
    const ngo = await MemberClient.connect({ servers: config.nats.servers, member: 'ngo1', password: passwordOf(config, 'ngo1'), tls });
    const bank = await MemberClient.connect({ servers: config.nats.servers, member: 'bank1', password: passwordOf(config, 'bank1'), tls });
    clients.push(ngo, bank);
    const report = pseudonymisedExample('fishing', testRecordId(601));
    await ngo.submit(report, TO_BANK);
    const [got] = await receiveAll(bank, 1);
    expect(got!.payload.recordId).toBe(report.recordId);
  });

  test('a plain-text connection is refused when TLS is required', async () => {
    const [host, port] = server.url.replace(/^\w+:\/\//, '').split(':');
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connectTcp({ host: host!, port: Number(port) });
      let text = '';
      socket.setTimeout(5000, () => reject(new Error('no answer within 5 s')));
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
        // The server announces that TLS is required; the client carries on in plain text regardless.
        if (text.startsWith('INFO') && text.includes('\r\n') && !text.includes('CONNECT-SENT')) {
          text += 'CONNECT-SENT';
          socket.write(`CONNECT {"user":"ngo1","pass":"${passwordOf(config, 'ngo1')}","verbose":false}\r\nPING\r\n`);
        }
      });
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/"tls_required":true/);
    expect(answer).not.toContain('PONG');
  });

  test('a TLS connection without a client certificate is refused (mutual TLS)', async () => {
    const nats = await loadNats();
    await expect(nats.connect({ servers: config.nats.servers, user: 'ngo1', pass: passwordOf(config, 'ngo1'), tls: { caFile: file('ca.pem') }, maxReconnectAttempts: 0, timeout: 3000 })).rejects.toThrow();
    // With the client certificate the same user gets in: the refusal above was the missing certificate.
    const nc = await nats.connect({ servers: config.nats.servers, user: 'ngo1', pass: passwordOf(config, 'ngo1'), tls: config.nats.tls!, maxReconnectAttempts: 0, timeout: 3000 });
    await nc.close();
  });
});

describe('WebSocket listener for browser members', () => {
  const withWebsocket = (websocket: Record<string, unknown>) => {
    const raw = JSON.parse(JSON.stringify(groupConfig())) as Record<string, { websocket?: unknown }>;
    raw.nats!.websocket = websocket;
    return raw;
  };

  test('plain WebSocket only on loopback; otherwise it uses the server certificate', () => {
    expect(() => parseHubConfig(withWebsocket({ listen: '0.0.0.0:8443', noTls: true }))).toThrow(HubConfigError);
    expect(() => parseHubConfig(withWebsocket({ listen: '0.0.0.0:8443', noTls: true }))).toThrow(/^\/nats\/websocket\/noTls: plain-text WebSocket is for a loopback address only/);
    const remote = parseHubConfig(withWebsocket({ listen: '0.0.0.0:8443' }));
    expect(() => natsServerConfig(remote, { listen: '0.0.0.0:4222', storeDir: '/tmp/x' })).toThrow(/^\/nats\/websocket: needs the server's TLS certificate/);
    expect(natsServerConfig(remote, { listen: '0.0.0.0:4222', storeDir: '/tmp/x', tls: { certFile: '/etc/nats/server.pem', keyFile: '/etc/nats/server.key' } })).toContain('websocket { listen: "0.0.0.0:8443", tls { cert_file: "/etc/nats/server.pem", key_file: "/etc/nats/server.key" } }');
  });

  test('a loopback WebSocket listener opens on the hub server and answers the handshake from an allowed origin only', async () => {
    const wsConfig = parseHubConfig(withWebsocket({ listen: '127.0.0.1:-1', noTls: true, allowedOrigins: ['http://localhost:5173'] }));
    const wsServer = await startNatsServer(wsConfig, join(dir, 'nats-ws'));
    try {
      const portsDir = join(dir, 'nats-ws', 'ports');
      const listed = JSON.parse(readFileSync(join(portsDir, readdirSync(portsDir).find((p) => p.endsWith('.ports'))!), 'utf8')) as { websocket?: string[] };
      const at = new URL(listed.websocket![0]!);
      expect(await handshake(at.hostname, Number(at.port), 'http://localhost:5173')).toMatch(/^HTTP\/1\.1 101/);
      expect(await handshake(at.hostname, Number(at.port), 'http://elsewhere.example')).toMatch(/^HTTP\/1\.1 403/);
    } finally {
      await wsServer.stop();
    }
  });
});

/** The status line a WebSocket upgrade request from `origin` gets. */
function handshake(host: string, port: number, origin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host, port }, () => {
      socket.write(['GET / HTTP/1.1', `Host: ${host}:${port}`, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', `Origin: ${origin}`, '', ''].join('\r\n'));
    });
    let text = '';
    socket.setTimeout(5000, () => reject(new Error('no answer within 5 s')));
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n')) {
        socket.destroy();
        resolve(text.split('\r\n')[0]!);
      }
    });
    socket.on('error', reject);
  });
}
