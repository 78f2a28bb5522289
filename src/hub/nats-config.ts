/**
 * The nats-server configuration for a hub, generated from its configuration: one account for the hub, one user
 * per member whose permissions let it publish only its own submissions and withdrawals, pull and acknowledge only
 * its own consumer, and receive only on its own inbox. Anything else is a permissions violation at the server.
 */
import { HubConfigError, type HubConfig } from './config.js';
import { HUB_CONSUMER, inboxPrefix, STREAMS, subjects } from './subjects.js';

export interface ServerOptions {
  /** host:port to listen on; `127.0.0.1:-1` picks a free port (read it from the ports file). */
  listen: string;
  storeDir: string;
  portsFileDir?: string;
  serverName?: string;
  /** host:port for the monitoring endpoint (/jsz, /healthz). */
  http?: string;
  cluster?: { name: string; listen: string; routes: string[] };
  tls?: { certFile: string; keyFile: string; caFile?: string; verify?: boolean };
}

/** Quotes a value for the nats-server configuration format. */
const q = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(q).join(', ')}]`;

/** The permissions of one member: exactly its own subjects. */
export function memberPermissions(id: string, roles: string[]): { publish: string[]; subscribe: string[] } {
  const publish = [
    `$JS.API.CONSUMER.MSG.NEXT.${STREAMS.deliveries}.${id}`,
    `$JS.API.CONSUMER.INFO.${STREAMS.deliveries}.${id}`,
    `$JS.ACK.${STREAMS.deliveries}.${id}.>`,
    // Any member may raise indicator alerts (a bank's monitoring, an FIU's analysis); the hub decides who gets them.
    subjects.alert(id),
  ];
  if (roles.includes('submitter')) publish.unshift(subjects.submission(id), subjects.withdrawal(id));
  if (roles.includes('recipient')) publish.unshift(subjects.outcome(id));
  return { publish, subscribe: [`${inboxPrefix(id)}.>`] };
}

export function natsServerConfig(config: HubConfig, server: ServerOptions): string {
  const lines: string[] = [];
  if (server.serverName) lines.push(`server_name: ${q(server.serverName)}`);
  lines.push(`listen: ${server.listen}`);
  if (server.http) lines.push(`http: ${server.http}`);
  if (server.portsFileDir) lines.push(`ports_file_dir: ${q(server.portsFileDir)}`);
  lines.push(`max_payload: ${Math.max(config.limits.maxSubmissionBytes * 2, 1048576)}`);
  lines.push(`jetstream { store_dir: ${q(server.storeDir)} }`);
  if (server.cluster) lines.push(`cluster { name: ${q(server.cluster.name)}, listen: ${server.cluster.listen}, routes: ${list(server.cluster.routes)} }`);
  if (server.tls) {
    const t = server.tls;
    lines.push(`tls { cert_file: ${q(t.certFile)}, key_file: ${q(t.keyFile)}${t.caFile ? `, ca_file: ${q(t.caFile)}` : ''}${t.verify ? ', verify: true' : ''} }`);
  }
  const ws = config.nats.websocket;
  if (ws) {
    // Browser members (NATS over WebSocket) get the same users and permissions; TLS unless explicitly off on loopback.
    const origins = ws.allowedOrigins?.length ? `, allowed_origins: ${list(ws.allowedOrigins)}` : '';
    if (ws.noTls) lines.push(`websocket { listen: ${q(ws.listen)}, no_tls: true${origins} }`);
    else if (server.tls) lines.push(`websocket { listen: ${q(ws.listen)}${origins}, tls { cert_file: ${q(server.tls.certFile)}, key_file: ${q(server.tls.keyFile)} } }`);
    else throw new HubConfigError('/nats/websocket', "needs the server's TLS certificate (htfds hub nats-config --tls-cert, --tls-key), or noTls on a loopback address");
  }
  const users = [`      { user: ${q(config.hub.user)}, password: ${q(config.hub.password)} }`];
  for (const member of config.members) {
    const p = memberPermissions(member.id, member.roles);
    users.push(`      { user: ${q(member.id)}, password: ${q(member.password)}, permissions: { publish: { allow: ${list(p.publish)} }, subscribe: { allow: ${list(p.subscribe)} } } }`);
  }
  lines.push('accounts {', '  HUB: {', '    jetstream: enabled', '    users: [', ...users, '    ]', '  }', '}');
  // A note for the operator reading the file: what the permissions above amount to.
  lines.push(`# the hub consumes ${STREAMS.inbound}/${HUB_CONSUMER}; each member pulls only ${STREAMS.deliveries}/<its id>`);
  return `${lines.join('\n')}\n`;
}
