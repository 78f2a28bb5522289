/** The `htfds` command line's definition: every command, its arguments and options (the CLI reference is generated from it). */
import { Command, InvalidArgumentError, Option } from 'commander';
import { lintCommand } from './lint-command.js';
import { buildCommand } from './build-command.js';
import { validateCommand } from './validate-command.js';
import { anonymiseCommand } from './anonymise-command.js';
import { statsCommand } from './stats-command.js';
import { diffCommand } from './diff-command.js';
import { changelogCommand, checkVersionCommand, releaseCommand } from './version-command.js';
import { upgradeCommand } from './upgrade-command.js';
import { importCommand } from './import-command.js';
import { exportCommand } from './export-command.js';
import { hubStartCommand, natsConfigCommand, receiveCommand, submitCommand, withdrawCommand } from './hub-command.js';
import { hubDevCommand } from './hub-dev.js';

/** Builds the command line; `main.ts` runs it, the documentation generator reads it. */
export function createProgram(): Command {
  const program = new Command();
  program.name('htfds').description('Human Trafficking Financial Data Standard toolkit').showHelpAfterError();
  // Usage errors exit with 2 (unusable input) and a one-line message, never a stack trace; set before subcommands so they inherit it.
  program.exitOverride();

  const wholeNumber = (min: number) => (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`give a whole number, ${min} or more`);
    return n;
  };
  const positiveNumber = (v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a number greater than 0');
    return n;
  };

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
    .option('--examples <n>', 'places shown per rule in text output', wholeNumber(0), 5)
    .action(async (inputs: string[], opts: { format: 'text' | 'json'; examples: number }) => {
      process.exitCode = await validateCommand(inputs, {
        ...opts,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  program
    .command('anonymise')
    .description('anonymise reports for sharing under a sharing profile; writes NDJSON')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .requiredOption('--profile <name>', 'the sharing profile: aggregate, tactical or internal')
    .option('--key-file <file>', "the sharing group's secret key (32 bytes or more, raw or hexadecimal), for keyed hashes")
    .option('--key-id <id>', 'the name of the group key, recorded next to the hashes (default: a fingerprint of the key); keyed hashes already in the reports travel only when they name this key')
    .option('--usd-rates <file>', 'JSON object of currency → US dollars per unit, to turn amounts into bands')
    .option('--out <file>', 'write here instead of standard output')
    .action(
      async (
        inputs: string[],
        opts: {
          profile: string;
          keyFile?: string;
          keyId?: string;
          usdRates?: string;
          out?: string;
        },
      ) => {
        process.exitCode = await anonymiseCommand(inputs, {
          ...opts,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      },
    );

  program
    .command('stats')
    .description('count people and cases by exploitation type, typology, country, payment method, indicator…, published with differential privacy (noise calibrated to ε, spent from a budget kept across releases)')
    .argument('<inputs...>', 'JSON or NDJSON files, filled templates, or folders')
    .option('--epsilon <ε>', 'privacy loss this release may spend (smaller: more noise, more privacy)', '1')
    .option('--budget-file <file>', 'the ledger of the data set\'s releases; created when missing', 'htfds-privacy-budget.json')
    .option('--budget <ε>', 'total ε a data set may spend over all its releases (set when the ledger first records it)', positiveNumber, 3)
    .option('--dataset <name>', 'which data set the reports belong to, in the ledger', 'default')
    .option('--threshold <n>', 'noisy counts below this are not shown', wholeNumber(1), 11)
    .option('--cap <n>', 'the most values one person or case adds to one table', wholeNumber(1), 3)
    .option('--by <dimensions>', 'comma-separated dimensions or coded field paths', (v) => v.split(',').filter(Boolean))
    .addOption(new Option('--format <format>', 'text for people, json for machines').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], opts: { epsilon: string; budget: number; budgetFile: string; dataset: string; threshold: number; cap: number; by?: string[]; format: 'text' | 'json' }) => {
      process.exitCode = await statsCommand(inputs, {
        ...opts,
        stdout: process.stdout,
        stderr: process.stderr,
      });
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

  program
    .command('upgrade')
    .description('migrate reports written for an earlier version to the current one; writes NDJSON')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (inputs: string[], opts: { out?: string }) => {
      process.exitCode = await upgradeCommand(inputs, {
        ...opts,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });

  program
    .command('import')
    .description('turn filled templates (a workbook, a folder holding a CSV package, or an ODK / KoboToolbox form submission) into case reports and validate them')
    .argument('<inputs...>', 'filled .xlsx workbooks, folders of CSV files, or form submission .xml files')
    .option('--out <file>', 'write the reports here (.json: one JSON document; otherwise NDJSON) instead of to standard output; the findings then go to standard output')
    .addOption(new Option('--format <format>', 'findings for people (text) or machines (json)').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], opts: { out?: string; format: 'text' | 'json' }) => {
      process.exitCode = await importCommand(inputs, { ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('export')
    .description('fill the workbook or CSV template with case reports, the exact inverse of import')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .addOption(new Option('--to <format>', 'a workbook (xlsx) or a CSV package (csv)').choices(['xlsx', 'csv']).makeOptionMandatory())
    .requiredOption('--out <path>', 'the workbook file, or the folder for the CSV package')
    .action(async (inputs: string[], opts: { to: 'xlsx' | 'csv'; out: string }) => {
      process.exitCode = await exportCommand(inputs, { ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  // The sharing hub (needs the optional packages @nats-io/transport-node and @nats-io/jetstream).
  const hub = program.command('hub').description('run a sharing hub on NATS JetStream (see the guide "Running a sharing hub")');
  hub
    .command('start')
    .description('create or update the streams and consumers of a hub configuration, then run the hub until SIGTERM')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--replicas <n>', 'stream replicas: 3 on a three-node cluster', wholeNumber(1), 1)
    .action(async (opts: { config: string; replicas: number }) => {
      process.exitCode = await hubStartCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });
  hub
    .command('dev')
    .description('a first try: nats-server in a scratch folder, a demo group of three members, an example submitted and received anonymised')
    .option('--dir <folder>', 'the scratch folder (default: a new temporary folder)')
    .option('--exit', 'stop after the demonstration instead of running until Ctrl-C', false)
    .action(async (opts: { dir?: string; exit: boolean }) => {
      process.exitCode = await hubDevCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });
  hub
    .command('nats-config')
    .description('print the nats-server configuration (users and permissions per member) for a hub configuration')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--listen <host:port>', 'where nats-server listens', '0.0.0.0:4222')
    .option('--store-dir <folder>', 'where JetStream keeps its data', '/var/lib/nats/jetstream')
    .action(async (opts: { config: string; listen: string; storeDir: string }) => {
      process.exitCode = await natsConfigCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('submit')
    .description('as a member of a sharing group: pseudonymise reports with the group key and submit them to the hub')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .requiredOption('--member <file>', 'your member settings (hub address, user, password, group key file)')
    .action(async (inputs: string[], opts: { member: string }) => {
      process.exitCode = await submitCommand(inputs, { ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('withdraw')
    .description('as a member: withdraw records you submitted; everyone who received them is told')
    .argument('<recordIds...>', 'the record identifiers you submitted (as printed by htfds submit)')
    .requiredOption('--member <file>', 'your member settings')
    .action(async (recordIds: string[], opts: { member: string }) => {
      process.exitCode = await withdrawCommand(recordIds, { ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('receive')
    .description('as a member: append what the hub delivered to you (records, withdrawal notices, validation reports) to an NDJSON file, acknowledging each after it is on disk')
    .requiredOption('--member <file>', 'your member settings')
    .requiredOption('--out <file>', 'the NDJSON file to append to')
    .option('--max <n>', 'stop after this many deliveries', wholeNumber(1))
    .option('--idle-ms <ms>', 'stop when nothing arrived for this long', wholeNumber(1000), 5000)
    .action(async (opts: { member: string; out: string; max?: number; idleMs: number }) => {
      process.exitCode = await receiveCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  return program;
}
