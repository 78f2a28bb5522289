#!/usr/bin/env node
/** The `htfds` command line. */
import { Command } from 'commander';
import { lintCommand } from './lint-command.js';
import { buildCommand } from './build-command.js';

const program = new Command();
program.name('htfds').description('Human Trafficking Financial Data Standard toolkit').showHelpAfterError();

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
  .action(async (opts: { schema: string; out: string }) => {
    process.exitCode = await buildCommand(opts.schema, opts.out);
  });

await program.parseAsync();
