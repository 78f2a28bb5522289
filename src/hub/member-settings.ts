/**
 * A member's settings file for `htfds submit`, `htfds withdraw` and `htfds receive`: where the hub is, who the
 * member is, and where the group key lives (the key itself stays in its own file, with the member).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { HubConfigError } from './config.js';
import type { MemberSettings } from './member.js';

export interface MemberFile extends MemberSettings {
  /** The group key file (32 bytes or more, raw or hexadecimal); relative paths are read from the settings file's folder. */
  groupKeyFile?: string;
  groupKeyId?: string;
  /** The profile members pseudonymise under before submitting: the group's most permissive. */
  profile?: string;
}

export const MEMBER_FILE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'HTFDS sharing hub member settings',
  type: 'object',
  additionalProperties: false,
  required: ['servers', 'member', 'password'],
  properties: {
    servers: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^(nats|tls)://' } },
    member: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,31}$' },
    password: { type: 'string', minLength: 1 },
    tls: { type: 'object', additionalProperties: false, properties: { caFile: { type: 'string' }, certFile: { type: 'string' }, keyFile: { type: 'string' } } },
    groupKeyFile: { type: 'string' },
    groupKeyId: { type: 'string' },
    profile: { type: 'string', enum: ['tactical', 'aggregate'] },
  },
} as const;

let compiled: ReturnType<Ajv2020['compile']> | undefined;

export async function loadMemberFile(path: string): Promise<MemberFile> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new HubConfigError(path, 'the member settings file does not exist or is not JSON');
  }
  compiled ??= new Ajv2020({ strict: true }).compile(MEMBER_FILE_SCHEMA);
  if (!compiled(value)) {
    const e = compiled.errors![0]!;
    throw new HubConfigError(`${path}#${e.instancePath || '/'}`, e.keyword === 'additionalProperties' ? `"${String(e.params.additionalProperty)}" is not a member setting` : (e.message ?? e.keyword));
  }
  const file = value as MemberFile;
  if (file.groupKeyFile) file.groupKeyFile = resolve(dirname(path), file.groupKeyFile);
  return file;
}
