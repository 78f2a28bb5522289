/**
 * The maintainers' command line: the users' `htfds` commands plus the ones that work on the schema source and
 * its releases (lint, build, diff, check-version, changelog, release). They need the generators and the build's
 * dependencies, so they stay out of the published CLI: `htfds <command>` in a checkout of the repository runs
 * them through bin/htfds.js, and the CLI reference documents them beside the users' commands.
 */
import { Option, type Command } from 'commander';
import { createProgram } from '../../src/cli/program.js';
import { buildCommand } from './build-command.js';
import { diffCommand } from './diff-command.js';
import { lintCommand } from './lint-command.js';
import { changelogCommand, checkVersionCommand, releaseCommand } from './version-command.js';

/** The users' program with the maintainers' commands added. */
export function createMaintainerProgram(): Command {
  const program = createProgram();

  program
    .command('lint')
    .description('check the schema source (schema files, code lists, indicator catalogue) against the maintenance rules')
    .argument('[dir]', 'the schema folder', 'schema')
    .action((dir: string) => {
      process.exitCode = lintCommand(dir);
    });

  program
    .command('build')
    .description('generate every artefact into dist/ from the schema')
    .option('--schema <dir>', 'the schema folder', 'schema')
    .option('--out <dir>', 'the output folder', 'dist')
    .option('--force', 'build even when nothing changed since the last build')
    .action(async (opts: { schema: string; out: string; force?: boolean }) => {
      process.exitCode = await buildCommand(opts.schema, opts.out, opts.force === true);
    });

  program
    .command('diff')
    .description('list what changed between two versions (schema folders, bundled schemas or git refs), each change classified major, minor or patch')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .option('--renames <file>', 'an upgrade file whose rename steps say which fields were renamed')
    .addOption(new Option('--format <format>', 'text for people, json for machines').choices(['text', 'json']).default('text'))
    .action((oldSpec: string, newSpec: string, opts: { renames?: string; format: 'text' | 'json' }) => {
      process.exitCode = diffCommand(oldSpec, newSpec, {
        ...opts,
        stdout: process.stdout,
      });
    });

  program
    .command('check-version')
    .description('the version gate: the declared version is bumped as far as the changes since the last release require')
    .action(() => {
      process.exitCode = checkVersionCommand('.', process.stdout);
    });

  program
    .command('changelog')
    .description("regenerate the current version's list of changes in CHANGELOG.md (notes written by people are kept)")
    .action(() => {
      process.exitCode = changelogCommand('.', process.stdout);
    });

  program
    .command('release')
    .description('record the current schema as a released snapshot in releases/<version>/')
    .action(() => {
      process.exitCode = releaseCommand('.', process.stdout);
    });

  return program;
}
