#!/usr/bin/env node
/** The `htfds` command line. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lintCommand } from './lint-command.js';
import { buildCommand } from './build-command.js';
import { validateCommand } from './validate-command.js';

const program = new Command();
program.name('htfds').description('Human Trafficking Financial Data Standard toolkit').showHelpAfterError();
// Usage errors exit with 2 (unusable input) and a one-line message, never a stack trace; set before subcommands so they inherit it.
program.exitOverride();

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

program
  .command('validate')
  .description('validate case reports: JSON files (one report or an array), NDJSON files (one report per line), or folders of them')
  .argument('<inputs...>', 'files or folders')
  .addOption(new Option('--format <format>', 'output for people (text) or machines (json)').choices(['text', 'json']).default('text'))
  .option('--examples <n>', 'places shown per rule in text output', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('give a whole number, 0 or more');
    return n;
  }, 5)
  .action(async (inputs: string[], opts: { format: 'text' | 'json'; examples: number }) => {
    process.exitCode = await validateCommand(inputs, { ...opts, stdout: process.stdout, stderr: process.stderr });
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2;
  else {
    process.stderr.write(`htfds: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
