/** The build writes a self-contained bundled schema, and writes the same bytes every time. */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildAll } from '../generators/build.js';
import { buildIsCurrent, writeBuildStamp } from '../generators/build-stamp.js';
import { BUNDLE_PATH } from '../generators/schema/generate-schema.js';
import { makeAjvValidator } from './helpers/schema-validators.js';

const scratch = mkdtempSync(join(tmpdir(), 'htfds-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe('build', () => {
  const first = join(scratch, 'first');
  const second = join(scratch, 'second');
  const firstBuild = buildAll('schema', first, join(first, 'src-generated'));
  const secondBuild = buildAll('schema', second, join(second, 'src-generated'));

  test('succeeds on the committed schema', async () => {
    const firstResult = await firstBuild;
    expect(firstResult.findings).toEqual([]);
    expect(firstResult.written.length).toBeGreaterThan(0);
  });

  test('is byte-identical across builds', async () => {
    await Promise.all([firstBuild, secondBuild]);
    const a = filesUnder(first);
    const b = filesUnder(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  test('the bundle is self-contained: it compiles and validates with no other schema loaded', async () => {
    await firstBuild;
    const bundle = JSON.parse(readFileSync(join(first, BUNDLE_PATH), 'utf8'));
    const validate = makeAjvValidator(bundle);
    expect(validate(JSON.parse(readFileSync('examples/minimal.json', 'utf8'))).valid).toBe(true);
    const external = JSON.stringify(bundle).match(/"\$ref":"(?!#|[a-z-]+\.schema\.json#)[^"]*"/g);
    expect(external).toBeNull();
  });

  test('refuses to build from a schema that fails the lint, and writes nothing', async () => {
    const out = join(scratch, 'refused');
    const result = await buildAll('test/fixtures/broken-schema', out, join(out, 'src-generated'));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.written).toEqual([]);
  });

  test('the committed src/generated files are what a fresh build makes', async () => {
    await firstBuild;
    const fresh = filesUnder(join(first, 'src-generated'));
    const committed = filesUnder('src/generated');
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, bytes] of fresh) expect(committed.get(path)?.equals(bytes), `src/generated/${path} is stale: run npm run build`).toBe(true);
  });
});

describe('build stamp', () => {
  test('a build stays current until something it reads or wrote changes', () => {
    const dir = join(scratch, 'stamped');
    const schema = join(dir, 'schema');
    const out = join(dir, 'dist');
    cpSync('schema', schema, { recursive: true });
    mkdirSync(out, { recursive: true });
    const output = join(out, 'artefact.json');
    writeFileSync(output, '{"synthetic":true}\n');
    expect(buildIsCurrent(schema, out)).toBe(false); // never built
    writeBuildStamp(schema, out, [output]);
    expect(buildIsCurrent(schema, out)).toBe(true);

    writeFileSync(output, '{"synthetic":false}\n'); // an output edited by hand
    expect(buildIsCurrent(schema, out)).toBe(false);
    writeFileSync(output, '{"synthetic":true}\n');
    expect(buildIsCurrent(schema, out)).toBe(true);
    rmSync(output); // an output deleted
    expect(buildIsCurrent(schema, out)).toBe(false);
    writeFileSync(output, '{"synthetic":true}\n');

    appendFileSync(join(schema, 'README.md'), '\nA change.\n'); // an input changed
    expect(buildIsCurrent(schema, out)).toBe(false);
    writeBuildStamp(schema, out, [output]);
    expect(buildIsCurrent(schema, out)).toBe(true);
    mkdirSync(join(dir, 'examples'));
    writeFileSync(join(dir, 'examples', 'new.json'), '{}'); // a new example beside the schema
    expect(buildIsCurrent(schema, out)).toBe(false);
  });
});
