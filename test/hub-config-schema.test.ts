/**
 * The hub configuration's JSON Schema as a published file: the build writes the very object the hub validates with
 * (HUB_CONFIG_SCHEMA), it ships in the npm package and on the downloads page, and an editor-style validator that
 * knows nothing of the hub (plain Ajv 2020 over the file) accepts the guide's example and the tests' group, and
 * rejects a misspelt setting.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAll } from '../generators/build.js';
import { loadFieldModel } from '../generators/load-model.js';
import { checksumsText, collectDownloads, downloadsPage } from '../generators/docs/pages/downloads-page.js';
import { hubConfigPage } from '../generators/docs/pages/hub-config-page.js';
import { BUNDLE_PATH, generateSchemaFiles, HUB_CONFIG_SCHEMA_PATH } from '../generators/schema/generate-schema.js';
import { HUB_CONFIG_SCHEMA, parseHubConfig } from '../src/hub/config.js';
import { groupConfig } from './helpers/hub-fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-hub-config-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dist = join(scratch, 'dist');
let file: Record<string, unknown>;

beforeAll(async () => {
  const result = await buildAll('schema', dist, join(scratch, 'src-generated'), [generateSchemaFiles]);
  expect(result.findings).toEqual([]);
  file = JSON.parse(readFileSync(join(dist, HUB_CONFIG_SCHEMA_PATH), 'utf8')) as Record<string, unknown>;
}, 120_000);

/** The example configuration of the guide "Running a sharing hub", with the passwords it elides as "…" filled in. */
function guideExample(): Record<string, unknown> {
  const guide = readFileSync('docs/docs/guides/developers/sharing-hub.mdx', 'utf8');
  const section = guide.slice(guide.indexOf('\n## The configuration\n'));
  const json = /```json\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 1)))![1]!;
  const example = JSON.parse(json) as { hub: { password: string }; members: { password: string }[] };
  // Only passwords are elided; anything else left as "…" would stay and fail below.
  for (const holder of [example.hub, ...example.members]) if (holder.password === '…') holder.password = 'synthetic-password';
  return example as unknown as Record<string, unknown>;
}

/** What a JSON editor does with the file: plain Ajv 2020, no hub code, no defaults filled in. */
function editorValidator() {
  const validate = new Ajv2020({ allErrors: true }).compile(file);
  return (config: unknown) => (validate(config) ? [] : validate.errors!.map((e) => ({ at: e.instancePath, keyword: e.keyword, params: e.params })));
}

describe('the published hub configuration schema', () => {
  test('is the object the hub validates with, with $schema, $id, title and description', () => {
    expect(file).toEqual(JSON.parse(JSON.stringify(HUB_CONFIG_SCHEMA)));
    expect(file.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(file.title).toBe('HTFDS sharing hub configuration');
    expect(String(file.description).length).toBeGreaterThan(50);
  });

  test('its $id sits in the namespace of the other published schemas, named after the file', () => {
    const bundle = JSON.parse(String([...generateSchemaFiles(loadFieldModel('schema'))].find((f) => f.path === BUNDLE_PATH)!.content)) as { $id: string };
    expect(file.$id).toBe(bundle.$id.replace(/case-report\.schema\.json$/, HUB_CONFIG_SCHEMA_PATH.replace(/^schema\//, '')));
  });

  test('ships in the npm package, is listed with its checksum on the downloads page, and linked from the configuration reference', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(`dist/${HUB_CONFIG_SCHEMA_PATH}`);
    const links = collectDownloads(dist, 'next');
    expect(checksumsText(links)).toMatch(new RegExp(`^[0-9a-f]{64}  ${HUB_CONFIG_SCHEMA_PATH}$`, 'm'));
    expect(downloadsPage(loadFieldModel('schema'), links).content).toContain('JSON Schema: HTFDS sharing hub configuration');
    // The configuration reference links the file and lists the $schema an editor reads.
    const reference = hubConfigPage(links).content;
    expect(reference).toContain(`[hub-config.schema.json](pathname:///downloads/next/${HUB_CONFIG_SCHEMA_PATH})`);
    expect(reference).toMatch(/^\| `\$schema` \| string \| no \|/m);
  });

  test("an editor's validator accepts the guide's example and the tests' group; the hub agrees", () => {
    const check = editorValidator();
    const example = guideExample();
    expect(check(example)).toEqual([]);
    expect(() => parseHubConfig(example)).not.toThrow();
    expect(check(JSON.parse(JSON.stringify(groupConfig())))).toEqual([]);
    // A file that names its schema for the editor is still a configuration the hub takes.
    const named = { $schema: `./node_modules/htfds/dist/${HUB_CONFIG_SCHEMA_PATH}`, ...example };
    expect(check(named)).toEqual([]);
    expect(parseHubConfig(named).members).toHaveLength(3);
  });

  test("an editor's validator rejects a misspelt setting, and names it", () => {
    const check = editorValidator();
    const misspelt = guideExample();
    misspelt.retention = { recordDays: 90, auditDay: 400 };
    expect(check(misspelt)).toEqual([{ at: '/retention', keyword: 'additionalProperties', params: { additionalProperty: 'auditDay' } }]);
    const topLevel = { ...guideExample(), member: [] };
    expect(check(topLevel)).toEqual([{ at: '', keyword: 'additionalProperties', params: { additionalProperty: 'member' } }]);
  });
});
