/**
 * The digest that lets a site build be reused: it changes with every file the Docusaurus build reads and with the
 * installed packages, and not with the build's own output or caches. A build that was started and not recorded is
 * never taken as finished. The files are synthetic stand-ins for a site.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { builtFrom, forgetInputs, recordInputs, siteInputsDigest } from '../generators/docs/site-inputs.js';

let dir: string;
let site: string;
let lock: string;

const write = (path: string, content: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};
const digest = (outDir = join(site, 'build')) => siteInputsDigest(site, outDir, lock);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'htfds-site-inputs-'));
  site = join(dir, 'docs');
  lock = join(dir, 'node_modules', '.package-lock.json');
  write(lock, '{"packages":{"node_modules/@docusaurus/core":{"version":"3.0.0"}}}');
  write(join(site, 'docusaurus.config.js'), 'export default {};\n');
  write(join(site, 'docs', 'intro.md'), '# Intro\n');
  write(join(site, 'static', 'downloads', 'a.json'), '{}\n');
  write(join(site, 'src', 'css', 'custom.css'), 'body {}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what a site build depends on', () => {
  test('the same files give the same digest', () => {
    expect(digest()).toBe(digest());
    expect(digest()).toMatch(/^[0-9a-f]{64}$/);
  });

  test('any page, static file, configuration or theme file, added, changed, moved or removed, changes it', () => {
    const edits: Array<() => void> = [
      () => write(join(site, 'docs', 'intro.md'), '# Introduction\n'),
      () => write(join(site, 'docs', 'new.md'), ''),
      () => rmSync(join(site, 'static', 'downloads', 'a.json')),
      () => {
        rmSync(join(site, 'docs', 'intro.md'));
        write(join(site, 'docs', 'guides', 'intro.md'), '# Intro\n');
      },
      () => write(join(site, 'docusaurus.config.js'), 'export default { title: "x" };\n'),
      () => write(join(site, 'src', 'css', 'custom.css'), 'body { margin: 0 }\n'),
    ];
    const seen = new Set([digest()]);
    for (const edit of edits) {
      edit();
      const now = digest();
      expect(seen.has(now)).toBe(false);
      seen.add(now);
    }
  });

  test('moving bytes between a file name and its content does not give an equal digest', () => {
    write(join(site, 'docs', 'ab'), 'c');
    const before = digest();
    rmSync(join(site, 'docs', 'ab'));
    write(join(site, 'docs', 'a'), 'bc');
    expect(digest()).not.toBe(before);
  });

  test('a file or folder linked into the site counts as what it links to', () => {
    write(join(dir, 'shared', 'page.md'), '# Shared\n');
    symlinkSync(join(dir, 'shared'), join(site, 'docs', 'linked'));
    const before = digest();
    write(join(dir, 'shared', 'page.md'), '# Shared, changed\n');
    expect(digest()).not.toBe(before);
  });

  test('the installed packages change it', () => {
    const before = digest();
    write(lock, '{"packages":{"node_modules/@docusaurus/core":{"version":"3.0.1"}}}');
    expect(digest()).not.toBe(before);
  });

  test("the build's output and caches do not", () => {
    const before = digest();
    write(join(site, 'build', 'index.html'), '<html></html>');
    write(join(site, '.docusaurus', 'registry.js'), '');
    write(join(site, 'node_modules', '.cache', 'webpack', 'x'), '');
    expect(digest()).toBe(before);
    // Nor does an output folder elsewhere inside the site.
    const elsewhere = join(site, 'out');
    const withOut = digest(elsewhere);
    write(join(elsewhere, 'index.html'), '<html></html>');
    expect(digest(elsewhere)).toBe(withOut);
  });

  test('only a recorded build of the same digest is reused, and a started build forgets the record', () => {
    const out = join(site, 'build');
    mkdirSync(out, { recursive: true });
    expect(builtFrom(out, digest())).toBe(false);
    recordInputs(out, digest());
    expect(builtFrom(out, digest())).toBe(true);
    write(join(site, 'docs', 'intro.md'), '# Changed\n');
    expect(builtFrom(out, digest())).toBe(false);
    forgetInputs(out);
    expect(builtFrom(out, 'anything')).toBe(false);
  });
});
