/**
 * The digest that lets a site build be reused: it changes with every file the Docusaurus build reads and with the
 * installed packages, and not with the build's own output or caches. A build that was started and not recorded is
 * never taken as finished. The files are synthetic stand-ins for a site.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildUnlessCurrent, builtFrom, siteInputsDigest } from '../generators/docs/site-inputs.js';

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

  describe('building unless current', () => {
    const out = () => join(site, 'build');
    /** A stand-in for Docusaurus that writes a page and counts its runs, and a check that finds what `broken` says. */
    const makeBuild = () => {
      const runs = { count: 0 };
      const build = async () => {
        runs.count++;
        write(join(out(), 'index.html'), `<html>build ${runs.count}</html>`);
      };
      return { runs, build };
    };

    test('builds when nothing was built, keeps the build while the inputs stay the same, and builds again when they change', async () => {
      const { runs, build } = makeBuild();
      expect(await buildUnlessCurrent(out(), digest(), build, () => [])).toEqual({ reused: false, problems: [] });
      expect(await buildUnlessCurrent(out(), digest(), build, () => [])).toEqual({ reused: true, problems: [] });
      expect(runs.count).toBe(1);
      expect(builtFrom(out(), digest())).toBe(true);
      write(join(site, 'docs', 'intro.md'), '# Changed\n');
      expect(builtFrom(out(), digest())).toBe(false);
      expect(await buildUnlessCurrent(out(), digest(), build, () => [])).toEqual({ reused: false, problems: [] });
      expect(runs.count).toBe(2);
    });

    test('a kept build that fails its check (changed since it was made) is built again and checked again', async () => {
      const { runs, build } = makeBuild();
      await buildUnlessCurrent(out(), digest(), build, () => []);
      rmSync(join(out(), 'index.html'));
      const check = () => (existsSync(join(out(), 'index.html')) ? [] : ['index.html missing']);
      expect(await buildUnlessCurrent(out(), digest(), build, check)).toEqual({ reused: false, problems: [] });
      expect(runs.count).toBe(2);
    });

    test('a build whose check finds problems, or that fails half-way, is never taken as finished', async () => {
      const { build } = makeBuild();
      expect(await buildUnlessCurrent(out(), digest(), build, () => ['a broken link'])).toEqual({ reused: false, problems: ['a broken link'] });
      expect(builtFrom(out(), digest())).toBe(false);
      await buildUnlessCurrent(out(), digest(), build, () => []);
      expect(builtFrom(out(), digest())).toBe(true);
      write(join(site, 'docs', 'intro.md'), '# Changed\n');
      const failing = async () => {
        throw new Error('the build failed');
      };
      await expect(buildUnlessCurrent(out(), digest(), failing, () => [])).rejects.toThrow('the build failed');
      // Nor the build before it: its output may be half overwritten.
      write(join(site, 'docs', 'intro.md'), '# Intro\n');
      expect(builtFrom(out(), digest())).toBe(false);
    });
  });
});
