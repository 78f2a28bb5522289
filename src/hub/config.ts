/**
 * The sharing hub's configuration as data: the group, its members and their roles, the profile each recipient
 * gets, retention and limits. One JSON Schema (HUB_CONFIG_SCHEMA) checks it; the checks a schema cannot express
 * (unique member IDs, a profile's purposes) follow, and every error names the place in the config.
 */
import { isLoopbackListen } from './loopback.js';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import runtimeModel from '../generated/runtime-model.js';

export type MemberRole = 'submitter' | 'recipient';

export interface HubMember {
  /** Lower-case letters, digits and hyphens: it becomes part of NATS subjects and user names. */
  id: string;
  name?: string;
  password: string;
  roles: MemberRole[];
  /** The sharing profile this member receives records under (recipients only). */
  profile?: string;
  /** What this member may use records for; records whose permitted purposes do not overlap are not delivered. */
  purposes?: string[];
  /** The consent-scope code that covers this member: records whose explicit consent does not include it are not delivered. */
  consentScope?: string;
}

export interface HubConfig {
  /** For editors: where the configuration's JSON Schema is; the hub ignores it. */
  $schema?: string;
  configVersion: 1;
  group: { name: string; keyId: string };
  nats: {
    servers: string[];
    tls?: { caFile?: string; certFile?: string; keyFile?: string };
    /** A WebSocket listener on the hub's nats-server, for members in a browser (generated into the server config). */
    websocket?: { listen: string; noTls?: boolean; allowedOrigins?: string[] };
  };
  hub: { user: string; password: string };
  retention: { recordDays: number; auditDays: number };
  limits: { maxSubmissionBytes: number; maxDeliver: number; ackWaitSeconds: number; duplicateWindowMinutes: number };
  /** How records for recipients whose profile protects small groups (aggregate) are gathered before release. */
  smallGroupRelease: { batchSize: number; windowSeconds: number };
  members: HubMember[];
}

const sharedProfiles = Object.values(runtimeModel.profiles).filter((p) => p.outputTlp !== 'unchanged').map((p) => p.name);
const ID = '^[a-z0-9][a-z0-9-]{0,31}$';

/**
 * The schema of the hub's configuration. The build publishes this very object as dist/schema/hub-config.schema.json
 * (for editors and other tools) and the config reference in the docs is generated from it. Its $id sits beside the
 * case-report schema's, in the namespace maintainers change in every schema file at once (CONTRIBUTING.md).
 */
export const HUB_CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://w3id.org/htfds/schema/0.1/hub-config.schema.json',
  title: 'HTFDS sharing hub configuration',
  description:
    'The configuration of an HTFDS sharing hub (htfds hub start --config, htfds hub nats-config --config): the sharing group, where the hub connects to NATS, its own credentials, retention, limits, and the member organisations with their roles and the sharing profile each recipient gets. The hub also checks what a schema cannot: member IDs are unique and differ from the hub\'s user, only recipients have a profile, purposes are allowed by the profile, at least one member is a recipient, and a plain-text WebSocket listener is on a loopback address.',
  type: 'object',
  additionalProperties: false,
  required: ['configVersion', 'group', 'nats', 'hub', 'members'],
  properties: {
    $schema: { type: 'string', description: 'Where an editor finds this schema to check the file as you type, e.g. the path of dist/schema/hub-config.schema.json in the installed htfds package; the hub ignores it.' },
    configVersion: { const: 1, description: 'The version of this configuration format.' },
    group: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'keyId'],
      description: 'The sharing group. Its key stays with the members: the hub only knows its public key ID.',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 100, description: 'The name of the sharing group, for people.' },
        keyId: { type: 'string', minLength: 1, maxLength: 100, description: 'The public name of the group key; keyed hashes made under another key are removed.' },
      },
    },
    nats: {
      type: 'object',
      additionalProperties: false,
      required: ['servers'],
      description: 'Where the hub connects to NATS.',
      properties: {
        servers: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^(nats|tls)://' }, description: 'NATS URLs of the hub server or the cluster nodes.' },
        tls: {
          type: 'object',
          additionalProperties: false,
          description: 'Client TLS for the hub connection (files in PEM form).',
          properties: { caFile: { type: 'string', description: 'The certificate authority that signed the server certificate.' }, certFile: { type: 'string', description: "The hub's client certificate." }, keyFile: { type: 'string', description: "The hub's client key." } },
        },
        websocket: {
          type: 'object',
          additionalProperties: false,
          required: ['listen'],
          description: "A WebSocket listener on the hub's nats-server, for members that submit and receive from a browser; members keep their own users and permissions. It uses the server's TLS certificate; without TLS only on a loopback address, for trying things on one machine.",
          properties: {
            listen: { type: 'string', pattern: '^(\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9.-]+):(-1|[0-9]{1,5})$', description: 'host:port the WebSocket listener binds to (port -1: any free port).' },
            noTls: { type: 'boolean', default: false, description: 'Plain-text WebSocket (ws://); allowed only when listen is a loopback address (127.0.0.1, ::1, localhost).' },
            allowedOrigins: { type: 'array', items: { type: 'string', pattern: '^https?://' }, description: 'Web origins whose pages may connect; all when absent.' },
          },
        },
      },
    },
    hub: {
      type: 'object',
      additionalProperties: false,
      required: ['user', 'password'],
      description: "The hub's own NATS credentials.",
      properties: { user: { type: 'string', pattern: ID, description: "The hub's NATS user name." }, password: { type: 'string', minLength: 12, description: "The hub's NATS password; keep the configuration file readable by the operator only." } },
    },
    retention: {
      type: 'object',
      additionalProperties: false,
      default: { recordDays: 90, auditDays: 400 },
      description: 'How long the hub keeps what it holds.',
      properties: {
        recordDays: { type: 'number', exclusiveMinimum: 0, default: 90, description: 'Days the hub keeps deliveries and its record index; older messages are removed by the server (max_age).' },
        auditDays: { type: 'number', exclusiveMinimum: 0, default: 400, description: 'Days the audit trail is kept.' },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Limits and timing of the pipeline.',
      properties: {
        maxSubmissionBytes: { type: 'integer', minimum: 1024, maximum: 1048576, default: 262144, description: 'Largest submission the broker accepts.' },
        maxDeliver: { type: 'integer', minimum: 1, maximum: 100, default: 5, description: 'Attempts before a submission the hub cannot process goes to the dead-letter stream.' },
        ackWaitSeconds: { type: 'number', minimum: 1, maximum: 3600, default: 30, description: 'Seconds before a submission the hub took but did not acknowledge (it stopped) is handed out again.' },
        duplicateWindowMinutes: { type: 'number', minimum: 1, maximum: 10080, default: 1440, description: 'How long a resubmission with the same message ID is recognised as a duplicate.' },
      },
    },
    smallGroupRelease: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Recipients whose profile protects small groups (aggregate, k-anonymity) get records in batches: a record is weighed against the others of its batch, and generalised, suppressed or withheld when fewer than k people share its quasi-identifiers. Larger batches keep more detail; the hub holds a record (unacknowledged) until its batch goes.',
      properties: {
        batchSize: { type: 'integer', minimum: 1, maximum: 500, default: 200, description: 'Records gathered before a batch is released.' },
        windowSeconds: { type: 'number', minimum: 0.1, maximum: 3600, default: 60, description: 'Seconds after the first record of a batch was held that the batch is released, full or not.' },
      },
    },
    members: {
      type: 'array',
      minItems: 1,
      description: 'The organisations in the group.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'password', 'roles'],
        properties: {
          id: { type: 'string', pattern: ID, description: "The member's NATS user name and the ID in its subjects." },
          name: { type: 'string', maxLength: 200, description: 'The organisation, for people.' },
          password: { type: 'string', minLength: 12, description: "The member's NATS password." },
          roles: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: ['submitter', 'recipient'] }, description: 'A submitter may submit and withdraw; a recipient receives records.' },
          profile: { type: 'string', enum: sharedProfiles, description: 'The sharing profile a recipient receives records under; required for recipients. A recipient under a profile with keyed record identifiers (tactical) gets leads only when a submission is addressed to it (htfds submit --to).' },
          purposes: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: Object.keys(runtimeModel.codelists.permittedPurpose!.codes) }, description: 'What this recipient may use records for; a record none of whose permitted purposes is listed is not delivered to it.' },
          consentScope: { type: 'string', enum: Object.keys(runtimeModel.codelists.consentScope!.codes), description: 'The consent scope that covers this recipient: a record with explicit consent that does not include it is not delivered to it.' },
        },
        if: { required: ['roles'], properties: { roles: { type: 'array', contains: { const: 'recipient' } } } },
        then: { required: ['profile'] },
      },
    },
  },
} as const;

/** A configuration that cannot be used: the place in the config (a JSON pointer) and what to do. */
export class HubConfigError extends Error {
  constructor(
    readonly place: string,
    readonly problem: string,
  ) {
    super(`${place}: ${problem}`);
  }
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function explain(error: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }): HubConfigError {
  const at = error.instancePath || '/';
  switch (error.keyword) {
    case 'required':
      return new HubConfigError(at, `add "${String(error.params.missingProperty)}"`);
    case 'additionalProperties':
      return new HubConfigError(`${error.instancePath}/${String(error.params.additionalProperty)}`, 'is not a setting of the hub configuration; remove it or check its spelling');
    case 'enum':
      return new HubConfigError(at, `use one of: ${(error.params.allowedValues as unknown[]).join(', ')}`);
    case 'pattern':
      return new HubConfigError(at, error.instancePath.endsWith('/id') || error.instancePath.endsWith('/user') ? 'use 1 to 32 lower-case letters, digits and hyphens, starting with a letter or digit' : `must match ${String(error.params.pattern)}`);
    default:
      return new HubConfigError(at, error.message ?? `breaks the ${error.keyword} rule`);
  }
}

/** Checks a parsed configuration and fills in defaults; throws HubConfigError naming the first bad place. */
export function parseHubConfig(value: unknown): HubConfig {
  compiled ??= new Ajv2020({ allErrors: false, strict: true, strictRequired: false, useDefaults: true }).compile(HUB_CONFIG_SCHEMA);
  const config = structuredClone(value);
  if (!compiled(config)) throw explain(compiled.errors![0]!);
  const checked = config as HubConfig;
  checked.retention ??= { recordDays: 90, auditDays: 400 };
  const seen = new Map<string, number>();
  checked.members.forEach((member, i) => {
    if (seen.has(member.id)) throw new HubConfigError(`/members/${i}/id`, `"${member.id}" is also the ID of /members/${seen.get(member.id)}; member IDs must be unique`);
    if (member.id === checked.hub.user) throw new HubConfigError(`/members/${i}/id`, 'is the hub\'s own user name; choose another');
    seen.set(member.id, i);
    if (member.profile && !member.roles.includes('recipient')) throw new HubConfigError(`/members/${i}/profile`, 'only recipients get a profile; add "recipient" to roles or remove the profile');
    const allowed = member.profile ? runtimeModel.profiles[member.profile]!.allowedPurposes : undefined;
    member.purposes?.forEach((p, j) => {
      if (allowed && !allowed.includes(p)) throw new HubConfigError(`/members/${i}/purposes/${j}`, `"${p}" is not allowed under the ${member.profile} profile (it allows ${allowed.join(', ')})`);
    });
  });
  if (!checked.members.some((m) => m.roles.includes('recipient'))) throw new HubConfigError('/members', 'name at least one recipient');
  const ws = checked.nats.websocket;
  if (ws?.noTls && !isLoopbackListen(ws.listen)) throw new HubConfigError('/nats/websocket/noTls', 'plain-text WebSocket is for a loopback address only (127.0.0.1, [::1], localhost); give the server a TLS certificate for any other address');
  return checked;
}


/** Reads and checks a configuration file; errors name the file and the place in it. */
export async function loadHubConfig(path: string): Promise<HubConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new HubConfigError(path, 'the configuration file does not exist or cannot be read');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HubConfigError(path, `is not JSON (${(error as Error).message.replace(/^.*?:\s*/, '').slice(0, 80)})`);
  }
  try {
    return parseHubConfig(value);
  } catch (error) {
    if (error instanceof HubConfigError) throw new HubConfigError(`${path}#${error.place}`, error.problem);
    throw error;
  }
}

/** Recipients in the order of the config. */
export const recipientsOf = (config: HubConfig) => config.members.filter((m) => m.roles.includes('recipient'));

/**
 * The most permissive profile any recipient gets: a submission carrying anything that profile would not let
 * leave is refused, because the hub must never hold more than it may pass on.
 */
export function mostPermissiveProfile(config: HubConfig): string {
  const order = ['tactical', 'aggregate'];
  const used = new Set(recipientsOf(config).map((m) => m.profile!));
  return order.find((p) => used.has(p)) ?? [...used][0]!;
}
