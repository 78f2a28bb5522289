/**
 * The NATS client packages are optional peer dependencies (the toolkit's own install stays small): they are
 * loaded here, on first use, and a missing one is reported in one line naming the package to install.
 */
import type { ConnectionOptions, NatsConnection } from '@nats-io/transport-node';
import type * as JetStreamModule from '@nats-io/jetstream';
import type { HubConfig } from './config.js';

export class MissingPackageError extends Error {
  constructor(readonly packageName: string) {
    super(`the sharing hub needs the package ${packageName}: run npm install ${packageName}@3.4.0`);
  }
}

export interface NatsModules {
  connect: (options: ConnectionOptions) => Promise<NatsConnection>;
  headers: typeof import('@nats-io/transport-node').headers;
  js: typeof JetStreamModule;
}

let loaded: Promise<NatsModules> | undefined;

export async function importOrExplain<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') throw new MissingPackageError(name);
    throw error;
  }
}

export function loadNats(): Promise<NatsModules> {
  loaded ??= (async () => {
    const transport = await importOrExplain('@nats-io/transport-node', () => import('@nats-io/transport-node'));
    const js = await importOrExplain('@nats-io/jetstream', () => import('@nats-io/jetstream'));
    return { connect: transport.connect, headers: transport.headers, js };
  })();
  return loaded;
}

/** A connection that could not be made, in one line naming the servers and the user, and what to check. */
export class HubConnectionError extends Error {
  constructor(servers: readonly string[], user: string, cause: unknown) {
    const said = cause instanceof Error ? `${cause.name} ${cause.message} ${(cause as { code?: string }).code ?? ''}` : String(cause);
    // A server address may carry a user and password (nats://user:pass@host): never repeat them.
    const where = servers.map(withoutCredentials).join(', ');
    super(
      /authorization violation|authentication (expired|revoked)|user authentication/i.test(said)
        ? `the NATS server at ${where} did not accept user "${user}" with the password given: check the password (and the user) in your settings with the hub operator`
        : /tls|certificate|ssl/i.test(said)
          ? `the TLS connection to the NATS server at ${where} failed for user "${user}": check the certificate files in your settings`
          : `no NATS server answered at ${where} for user "${user}": check the address and that the hub's server is running`,
    );
    this.name = 'HubConnectionError';
  }
}

function withoutCredentials(server: string): string {
  try {
    const url = new URL(server);
    if (!url.username && !url.password) return server;
    url.username = '';
    url.password = '';
    return url.href.replace(/\/$/, '');
  } catch {
    return server.replace(/\/\/[^@/]*@/, '//');
  }
}

/** Connects as a user of the hub's server, or fails with a HubConnectionError. */
export async function connectAs(nats: NatsModules, options: ConnectionOptions): Promise<NatsConnection> {
  try {
    return await nats.connect(options);
  } catch (error) {
    throw new HubConnectionError(Array.isArray(options.servers) ? options.servers : [String(options.servers)], String(options.user), error);
  }
}

/** Connection options for a user of the hub's server, with TLS files when the config gives them. */
export async function connectionOptions(config: Pick<HubConfig, 'nats'>, user: string, password: string, inboxPrefix?: string): Promise<ConnectionOptions> {
  const tls = config.nats.tls;
  return {
    servers: config.nats.servers,
    user,
    pass: password,
    name: `htfds-${user}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // The client would otherwise capture a stack trace for every request and publish, in case it fails: a tenth of
    // the hub's time under load, for traces this toolkit never shows (its errors name the operation, not the stack).
    noAsyncTraces: true,
    ...(inboxPrefix ? { inboxPrefix } : {}),
    ...(tls ? { tls: { ...(tls.caFile ? { caFile: tls.caFile } : {}), ...(tls.certFile ? { certFile: tls.certFile } : {}), ...(tls.keyFile ? { keyFile: tls.keyFile } : {}) } } : {}),
  };
}
