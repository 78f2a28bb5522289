/**
 * Versions of the standard to compare: a schema folder, a bundled schema file, a git ref, or a released
 * snapshot (releases/<version>/schema, kept in the repository with the upgrade steps from it to the next version).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuntimeUpgradeStep } from '../../src/validate/runtime-model.js';
import { CODELIST_HEADER } from '../model/source.js';
import { buildFieldModel, type FieldModel } from '../model/field-model.js';
import { isObject } from '../model/schema-graph.js';
import { loadSchemaSource, ROOT_SCHEMA_FILE, type JsonObject, type SchemaSource } from '../model/source.js';
import type { Rename } from './diff-models.js';

export const RELEASES_DIR = 'releases';

export class VersionSpecError extends Error {}

/** What a git ref may look like here: a name, a tag, a commit id, with ~ and ^ steps; never an option (no leading -). */
const GIT_REF = /^[A-Za-z0-9_][A-Za-z0-9_./~^@{}+-]*$/;

/** An upgrade step from one version to the next, declared as data (releases/<from>/upgrade.json). */
export type UpgradeStep = RuntimeUpgradeStep;

export interface UpgradeFile {
  from: string;
  to: string;
  steps: UpgradeStep[];
}

const semverParts = (v: string) => v.split('.').map(Number) as [number, number, number];
export const compareVersions = (a: string, b: string) => {
  const [x, y] = [semverParts(a), semverParts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** Released versions found in releases/, oldest first. */
export function listReleases(root = '.'): string[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(dir, v, 'schema', ROOT_SCHEMA_FILE))).sort(compareVersions);
}

/** The upgrade steps from a released version to the next one, if declared. */
export function readUpgrade(version: string, root = '.'): UpgradeFile | undefined {
  const path = join(root, RELEASES_DIR, version, 'upgrade.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as UpgradeFile) : undefined;
}

/** The renames an upgrade declares, for the diff. */
export const renamesOf = (upgrade: UpgradeFile | undefined): Rename[] =>
  (upgrade?.steps ?? [])
    .filter((s): s is Extract<UpgradeStep, { op: 'rename' | 'move' }> => s.op === 'rename' || s.op === 'move')
    // A move into a new list (`/victimProfiles/0/…`) is, in the model's paths, a move into that list's items.
    .map(({ from, to }) => ({ from, to: to.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*') }));

function modelFromSource(source: SchemaSource, what: string): FieldModel {
  if (source.findings.length > 0 || !source.schemas.has(ROOT_SCHEMA_FILE)) throw new VersionSpecError(`${what} is not a readable HTFDS schema`);
  return buildFieldModel(source);
}

/** A schema source rebuilt from a bundled schema: the embedded files, and code lists from their enums. */
export function sourceFromBundle(bundle: JsonObject, label: string): SchemaSource {
  const source: SchemaSource = { dir: label, schemas: new Map(), codelists: new Map(), profiles: new Map(), examples: new Map(), releases: [], findings: [], fromBundle: true };
  const defs = isObject(bundle.$defs) ? bundle.$defs : {};
  const root: JsonObject = { ...bundle, $defs: Object.fromEntries(Object.entries(defs).filter(([k]) => !k.endsWith('.schema.json'))) };
  const files: [string, JsonObject][] = [[ROOT_SCHEMA_FILE, root], ...Object.entries(defs).filter(([k, v]) => k.endsWith('.schema.json') && isObject(v)).map(([k, v]) => [k, v as JsonObject] as [string, JsonObject])];
  for (const [name, content] of files) {
    source.schemas.set(name, { path: `${label}#${name}`, text: '', content });
    const visit = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(visit);
      if (!isObject(node)) return;
      if (typeof node['x-codelist'] === 'string' && (Array.isArray(node.enum) || node['x-openCodelist'] === true) && !source.codelists.has(node['x-codelist'])) {
        // A bundle carries the codes of closed lists, not their titles (the code stands in), and no codes of open lists.
        const rows = (Array.isArray(node.enum) ? node.enum : []).map((c) => [String(c), String(c), '', '', '', '', '']);
        source.codelists.set(node['x-codelist'], { path: label, text: '', content: { header: CODELIST_HEADER, rows } });
      }
      Object.values(node).forEach(visit);
    };
    visit(content);
  }
  return source;
}

/** Loads one version: a schema folder (or a folder holding schema/), a bundled schema file, or a git ref. */
export function loadVersion(spec: string): FieldModel {
  if (existsSync(spec) && statSync(spec).isDirectory()) {
    const dir = existsSync(join(spec, ROOT_SCHEMA_FILE)) ? spec : join(spec, 'schema');
    return modelFromSource(loadSchemaSource(dir), spec);
  }
  if (existsSync(spec) && spec.endsWith('.json')) {
    let bundle: unknown;
    try {
      bundle = JSON.parse(readFileSync(spec, 'utf8'));
    } catch {
      throw new VersionSpecError(`${spec} is not JSON`);
    }
    if (!isObject(bundle) || !isObject(bundle.$defs)) throw new VersionSpecError(`${spec} is not a bundled HTFDS schema`);
    return modelFromSource(sourceFromBundle(bundle, spec), spec);
  }
  // Otherwise a git ref: export its schema folder to a scratch folder. The ref is checked first and resolved to a
  // commit, so that nothing the user typed reaches git as an option (`--output=…`, `--exec=…`).
  const notAVersion = () => new VersionSpecError(`"${spec}" is neither a schema folder, a bundled schema file, nor a git ref of this repository with a schema/ folder`);
  if (!GIT_REF.test(spec) || spec.includes('..')) throw notAVersion();
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec}^{commit}`], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }).trim();
  } catch {
    throw notAVersion();
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw notAVersion();
  const scratch = mkdtempSync(join(tmpdir(), 'htfds-version-'));
  try {
    try {
      const archive = execFileSync('git', ['archive', '--format=tar', commit, '--', 'schema'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
      execFileSync('tar', ['-x', '-C', scratch], { input: archive });
    } catch {
      throw notAVersion();
    }
    return modelFromSource(loadSchemaSource(join(scratch, 'schema')), spec);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
