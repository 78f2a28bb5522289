/**
 * The direction of the dependencies, checked on the TypeScript sources (the package test checks the compiled
 * library as published): the runtime library never imports the build's code, and the field model stands on its
 * own, without the lint or the runtime's types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importSpecifiers } from '../generators/import-specifiers.js';

const root = process.cwd();

/** The relative modules a source file imports (static imports, re-exports, dynamic imports), as repository paths. */
function localImports(file: string): string[] {
  return importSpecifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const target = resolve(dirname(file), s);
      // Sources import `x.js`; the file is `x.ts` (or a generated `x.js` with its `x.d.ts`).
      const ts = target.replace(/\.js$/, '.ts');
      return relative(root, existsSync(ts) ? ts : target);
    });
}

/** Every module reachable from `entry`, the entry included. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.(ts|js)$/.test(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    for (const next of localImports(join(root, file))) visit(next);
  };
  visit(entry);
  return seen;
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));

describe('one-way architecture', () => {
  test('no module of the runtime library (src/) imports from generators/', () => {
    const offenders = sources('src').flatMap((file) => localImports(join(root, file)).filter((target) => target.startsWith('generators/')).map((target) => `${file} → ${target}`));
    expect(sources('src').length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  test('the field model reaches neither the lint nor the runtime validator', () => {
    const reached = [...closure('generators/model/field-model.ts')];
    expect(reached).toContain('generators/model/source.ts');
    expect(reached.filter((file) => file.startsWith('generators/lint/') || file.startsWith('src/validate/'))).toEqual([]);
  });

  test('the users\' command line reaches none of the maintainers\' commands', () => {
    const reached = [...closure('src/cli/main.ts')];
    expect(reached).toContain('src/cli/import-command.ts');
    expect(reached.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });
});
