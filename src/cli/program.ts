/**
 * The users' `htfds` command line: every command an adopter runs, its arguments and options. The maintainers'
 * commands (lint, build, diff, versions) are added by generators/cli/program.ts, outside the published library;
 * the CLI reference is generated from both.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { validateCommand } from './validate-command.js';
import { MAX_FINDINGS_PER_REPORT } from '../validate/validate-case-report.js';
import { anonymiseCommand } from './anonymise-command.js';
import { statsCommand } from './stats-command.js';
import { upgradeCommand } from './upgrade-command.js';
import { htcdsImportOptions, importCommand } from './import-command.js';
import { exportCommand } from './export-command.js';
import { MessageStream, openOutput, refuseOutputOverInputs } from './output.js';
import { synthCommand } from './synth-command.js';
import { stixCommand } from './stix-command.js';
import { detectCommand } from './detect-command.js';
import { evaluateCommand } from './evaluate-command.js';
import { hubAuditCommand, hubDeadLettersCommand, hubStartCommand, natsConfigCommand, receiveCommand, sendAlertsCommand, submitCommand, withdrawCommand } from './hub-command.js';
import { hubDevCommand } from './hub-dev.js';
import { matchLeadsCommand } from './match-leads-command.js';
import { defaultShapingThreads } from '../hub/shaping-pool.js';

/** A whole number, `min` or more, for numeric options. */
const wholeNumber = (min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`give a whole number, ${min} or more`);
  return n;
};

/** A number greater than 0, for numeric options such as a privacy budget. */
const positiveNumber = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a number greater than 0');
  return n;
};

/** Builds the users' command line; `main.ts` runs it, the documentation generator reads it. */
export function createProgram(): Command {
  const program = new Command();
  program.name('htfds').description('Human Trafficking Financial Data Standard toolkit').showHelpAfterError();
  // Usage errors exit with 2 (unusable input) and a one-line message, never a stack trace; set before subcommands so they inherit it.
  program.exitOverride();

  program
    .command('validate')
    .description('validate case reports: JSON files (one report or an array), NDJSON files (one report per line), or folders of them')
    .argument('<inputs...>', 'files or folders')
    .addOption(new Option('--format <format>', 'output for people (text) or machines (json)').choices(['text', 'json']).default('text'))
    .option('--examples <n>', 'places shown per rule in text output', wholeNumber(0), 5)
    .option('--max-findings <n>', 'findings kept per report; the rest are counted', wholeNumber(1), MAX_FINDINGS_PER_REPORT)
    .action(async (inputs: string[], opts: { format: 'text' | 'json'; examples: number; maxFindings: number }) => {
      process.exitCode = await validateCommand(inputs, {
        ...opts,
        stdout: process.stdout,
        stderr: new MessageStream(),
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
        const { out: outPath, ...rest } = opts;
        const out = outPath ? openOutput(outPath, [...inputs, ...[opts.keyFile, opts.usdRates].filter((f) => f !== undefined)]) : undefined;
        try {
          process.exitCode = await anonymiseCommand(inputs, { ...rest, stdout: out ?? process.stdout, stderr: new MessageStream() });
        } finally {
          out?.end();
        }
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
        stderr: new MessageStream(),
      });
    });

  program
    .command('upgrade')
    .description('migrate reports written for an earlier version to the current one; writes NDJSON')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (inputs: string[], opts: { out?: string }) => {
      const out = opts.out ? openOutput(opts.out, inputs) : undefined;
      try {
        process.exitCode = await upgradeCommand(inputs, { stdout: out ?? process.stdout, stderr: new MessageStream() });
      } finally {
        out?.end();
      }
    });

  program
    .command('import')
    .description('turn filled templates (a workbook, a folder holding a CSV package, or an ODK / KoboToolbox form submission) into case reports and validate them')
    .argument('<inputs...>', 'filled .xlsx workbooks, folders of CSV files, or form submission .xml files')
    .option('--out <file>', 'write the reports here (.json: one JSON document; otherwise NDJSON) instead of to standard output; the findings then go to standard output')
    .addOption(new Option('--format <format>', 'findings for people (text) or machines (json)').choices(['text', 'json']).default('text'))
    .option('--max-findings <n>', 'validation findings kept per report; the rest are counted', wholeNumber(1), MAX_FINDINGS_PER_REPORT)
    .option('--base <report.json>', 'HTCDS inputs: a partial report giving what HTCDS does not record (handling markings, reporting organisation and country, information sources); each case is built on it')
    .option('--key-file <file>', "HTCDS inputs: the sharing group's secret key, to keep phone numbers, e-mail and postal addresses and identity numbers as keyed hashes (without it only their presence is kept)")
    .option('--key-id <id>', 'the name of the group key, recorded next to the hashes (default: a fingerprint of the key)')
    .action(async (inputs: string[], opts: { out?: string; format: 'text' | 'json'; maxFindings: number; base?: string; keyFile?: string; keyId?: string }) => {
      if (opts.out) refuseOutputOverInputs(opts.out, [...inputs, ...[opts.base, opts.keyFile].filter((f) => f !== undefined)]);
      const { base, keyFile, keyId, ...rest } = opts;
      const htcds = await htcdsImportOptions(base, keyFile, keyId);
      process.exitCode = await importCommand(inputs, { ...rest, htcds, stdout: process.stdout, stderr: new MessageStream() });
    });

  program
    .command('export')
    .description('fill the workbook or CSV template with case reports, the exact inverse of import')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .addOption(new Option('--to <format>', 'a workbook (xlsx) or a CSV package (csv)').choices(['xlsx', 'csv']).makeOptionMandatory())
    .requiredOption('--out <path>', 'the workbook file, or the folder for the CSV package')
    .action(async (inputs: string[], opts: { to: 'xlsx' | 'csv'; out: string }) => {
      refuseOutputOverInputs(opts.out, inputs);
      process.exitCode = await exportCommand(inputs, { ...opts, stdout: process.stdout, stderr: new MessageStream() });
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  /** The options `detect` and `evaluate` share: where the export and the rules are, and DuckDB's bounds. */
  const withDetectOptions = (command: Command) =>
    command
      .argument('<inputs...>', 'transactions, accounts and customers files, or folders of them')
      .option('--mapping <file>', 'a mapping file pointing your files, columns and codes at the canonical export')
      .option('--rules <dir>', 'a folder of rule files instead of the rules shipped with HTFDS')
      .option('--only <ids>', 'run only these rules (comma-separated indicator IDs)', (v) => v.split(',').filter(Boolean))
      .option('--set <RULE.parameter=value>', 'change a rule parameter (repeatable)', collect)
      .option('--memory-limit <size>', "DuckDB's memory limit: what bounds the run's memory, whatever the size of the export", '2GB')
      .option('--temp-dir <dir>', 'where DuckDB keeps its working files and spills (default: the system temporary folder)')
      .option('--threads <n>', 'DuckDB worker threads (default: one per core)', wholeNumber(1));
  interface DetectCliOptions { mapping?: string; rules?: string; only?: string[]; set?: string[]; memoryLimit: string; tempDir?: string; threads?: number }
  const detectOptions = (opts: DetectCliOptions) => ({
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.rules ? { rulesDir: opts.rules } : {}),
    ...(opts.only ? { only: opts.only } : {}),
    settings: opts.set ?? [],
    memoryLimit: opts.memoryLimit,
    ...(opts.tempDir ? { tempDir: opts.tempDir } : {}),
    ...(opts.threads ? { threads: opts.threads } : {}),
    stdout: process.stdout,
    stderr: process.stderr,
  });

  withDetectOptions(
    program
      .command('detect')
      .description('run the detection rules over a transaction export (CSV, NDJSON or Parquet files, or folders); writes indicator alerts as NDJSON and a summary per rule on stderr (needs @duckdb/node-api)'),
  )
    .option('--out <file>', 'write the alerts here instead of standard output')
    .addOption(new Option('--tlp <tlp>', 'the TLP marking of the alerts').choices(['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR']).default('TLP:AMBER+STRICT'))
    .action(async (inputs: string[], opts: DetectCliOptions & { out?: string; tlp: 'TLP:RED' }) => {
      process.exitCode = await detectCommand(inputs, { ...detectOptions(opts), ...(opts.out ? { out: opts.out } : {}), tlp: opts.tlp });
    });

  withDetectOptions(
    program
      .command('evaluate')
      .description('run the detection rules over synthetic data with its ground truth (as `htfds synth` writes) and print precision and recall per rule and per typology (needs @duckdb/node-api)'),
  )
    .addOption(new Option('--format <format>', 'text for people, json for machines').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], opts: DetectCliOptions & { format: 'text' | 'json' }) => {
      process.exitCode = await evaluateCommand(inputs, { ...detectOptions(opts), format: opts.format });
    });

  const share = (v: string) => {
    const n = Number(v);
    if (!(n >= 0 && n < 1)) throw new InvalidArgumentError('give a share from 0 up to (not including) 1, e.g. 0.005');
    return n;
  };
  program
    .command('synth')
    .description('generate labelled synthetic bank data: the canonical transaction export with typologies planted into ordinary activity, the ground truth and one case report per planted scheme; the same seed gives the same files')
    .requiredOption('--out <dir>', 'a new or empty folder for the tables')
    .option('--seed <text>', 'the seed: the same seed and options give byte-identical files', 'htfds')
    .option('--customers <n>', 'ordinary customers (default 1000)', wholeNumber(1))
    .option('--transactions <n>', 'instead of --customers: about this many transactions', wholeNumber(1))
    .option('--months <n>', 'length of the period in months', wholeNumber(1), 6)
    .option('--start <date>', 'first day of the period (YYYY-MM-DD)', '2026-01-01')
    .option('--country <code>', "the bank's country (its time zone and currency)", 'ES')
    .option('--rate <share>', 'share of customers who belong to a planted scheme', share, 0.01)
    .option('--lookalike-rate <share>', 'share of customers in look-alikes: legitimate activity resembling a typology, not labelled', share, 0.01)
    .option('--typologies <ids>', 'plant only these typologies (comma-separated ids)', (v) => v.split(',').filter(Boolean))
    .addOption(new Option('--format <format>', 'file format of the tables').choices(['csv', 'ndjson']).default('csv'))
    .option('--typology-dir <dir>', 'a folder of typology files instead of those shipped with HTFDS')
    .action(async (opts: { out: string; seed: string; customers?: number; transactions?: number; months: number; start: string; country: string; rate: number; lookalikeRate: number; typologies?: string[]; format: 'csv' | 'ndjson'; typologyDir?: string }) => {
      process.exitCode = await synthCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('stix')
    .description('write a STIX 2.1 bundle for threat-intelligence platforms: the indicator catalogue (--catalogue) as indicators, or the indicator alerts of htfds detect as sightings, with identities and the TLP 2.0 marking definitions in the bundle')
    .argument('[alerts...]', 'NDJSON files of indicator-alert messages, as htfds detect writes them')
    .option('--catalogue', 'the whole indicator catalogue, as STIX indicators')
    .option('--out <file>', 'write the bundle here instead of standard output')
    .option('--tlp <tlp>', 'TLP 2.0 marking of the catalogue indicators (alerts keep their own)', 'TLP:CLEAR')
    .option('--reporter <name>', 'name the organisation that saw the alerts (default: an unnamed financial institution)')
    .option('--timestamp <iso>', 'created/modified time of the objects (default: now); ids do not depend on it')
    .action(async (alerts: string[], opts: { catalogue?: boolean; out?: string; tlp: string; reporter?: string; timestamp?: string }) => {
      process.exitCode = await stixCommand(alerts, { ...opts, catalogue: opts.catalogue === true, stdout: process.stdout, stderr: process.stderr });
    });

  // The sharing hub (needs the optional packages @nats-io/transport-node and @nats-io/jetstream).
  const hub = program.command('hub').description('run a sharing hub on NATS JetStream (see the guide "Running a sharing hub")');
  hub
    .command('start')
    .description('create or update the streams and consumers of a hub configuration, then run the hub until SIGTERM')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--replicas <n>', 'stream replicas: 3 on a three-node cluster (default: 1 for new streams; existing streams keep theirs)', wholeNumber(1))
    .option('--threads <n>', 'worker threads that validate and re-shape submissions (0: on the hub\'s own thread; default: one per core but one, at most 4)', wholeNumber(0), defaultShapingThreads())
    .action(async (opts: { config: string; replicas?: number; threads: number }) => {
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
    .command('audit')
    .description('as the hub operator: print the audit trail as NDJSON (who received which record, under which profile, when; refusals and removals)')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--record <id>', 'only the entries about this record (as submitted, or as a recipient holds it)')
    .action(async (opts: { config: string; record?: string }) => {
      process.exitCode = await hubAuditCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });
  hub
    .command('dead-letters')
    .description('as the hub operator: print the messages the hub could not process as NDJSON, with where each came from and why')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--content', 'include each message as the member published it (a pseudonymised submission)', false)
    .action(async (opts: { config: string; content: boolean }) => {
      process.exitCode = await hubDeadLettersCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });
  hub
    .command('nats-config')
    .description('print the nats-server configuration (users and permissions per member) for a hub configuration, for one server or one node of a cluster')
    .requiredOption('--config <file>', 'the hub configuration (JSON)')
    .option('--listen <host:port>', 'where nats-server listens', '0.0.0.0:4222')
    .option('--store-dir <folder>', 'where JetStream keeps its data', '/var/lib/nats/jetstream')
    .option('--tls-cert <file>', "the server's TLS certificate (PEM): clients must then connect over TLS")
    .option('--tls-key <file>', "the server's TLS private key (PEM)")
    .option('--tls-ca <file>', 'the certificate authority of client certificates (PEM); with it, every client must present one (mutual TLS)')
    .option('--http <host:port>', 'the monitoring endpoint (/healthz, /jsz); keep it on a private address')
    .option('--server-name <name>', "this server's name; each node of a cluster needs its own (n1, n2, n3)")
    .option('--cluster-name <name>', 'for a cluster node: the cluster, the same on every node (default htfds)')
    .option('--cluster-listen <host:port>', 'for a cluster node: where it listens for the other nodes (routes)')
    .option('--route <url>', 'for a cluster node: nats-route://host:port of a node; repeat it for every node, this one included, so every node gets the same list', (value: string, previous: string[] = []) => [...previous, value])
    .action(async (opts: { config: string; listen: string; storeDir: string; tlsCert?: string; tlsKey?: string; tlsCa?: string; http?: string; serverName?: string; clusterName?: string; clusterListen?: string; route?: string[] }) => {
      process.exitCode = await natsConfigCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('submit')
    .description('as a member of a sharing group: pseudonymise reports with the group key and submit them to the hub')
    .argument('<inputs...>', 'JSON or NDJSON files, or folders')
    .requiredOption('--member <file>', 'your member settings (hub address, user, password, group key file)')
    .option('--to <member>', 'the member the reports are leads for (a bank or FIU under the tactical profile); without it they go only to recipients of anonymised records')
    .action(async (inputs: string[], opts: { member: string; to?: string }) => {
      process.exitCode = await submitCommand(inputs, { ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('send-alerts')
    .description('as a member: send indicator alerts (NDJSON written by htfds detect) to the hub, which passes them to the recipients allowed to have them; evidence keys leave you as keyed hashes')
    .argument('<alerts...>', 'NDJSON files of indicator-alert messages')
    .requiredOption('--member <file>', 'your member settings (hub address, user, password, group key file)')
    .action(async (files: string[], opts: { member: string }) => {
      process.exitCode = await sendAlertsCommand(files, { ...opts, stdout: process.stdout, stderr: process.stderr });
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
    .description('as a member: append what the hub delivered to you (records, alerts, withdrawal notices, validation reports) to an NDJSON file, acknowledging each after it is on disk')
    .requiredOption('--member <file>', 'your member settings')
    .requiredOption('--out <file>', 'the NDJSON file to append to')
    .option('--max <n>', 'stop after this many deliveries', wholeNumber(1))
    .option('--idle-ms <ms>', 'stop when nothing arrived for this long', wholeNumber(1000), 5000)
    .action(async (opts: { member: string; out: string; max?: number; idleMs: number }) => {
      process.exitCode = await receiveCommand({ ...opts, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('match-leads')
    .description("as a member holding the group key: hash your customers' identifiers as the anonymiser does and list the received leads whose keyed hashes match them")
    .argument('<received...>', 'NDJSON files of deliveries, as htfds receive writes them')
    .requiredOption('--key-file <file>', "the sharing group's secret key, the one the leads were pseudonymised with")
    .option('--key-id <id>', 'the name of the group key, as written beside the hashes (default: a fingerprint of the key); hashes under another key ID are skipped and counted')
    .requiredOption('--customers <file.csv>', 'a CSV file whose first row names the columns: "scheme" (a code such as iban, accountNumber, phoneE164 or email), "value" (the identifier as you hold it), and any others, which are carried to the output')
    .addOption(new Option('--format <format>', 'the list of matches as CSV or NDJSON').choices(['csv', 'ndjson']).default('csv'))
    .option('--out <file>', 'write the matches here instead of standard output')
    .action(async (received: string[], opts: { keyFile: string; keyId?: string; customers: string; format: 'csv' | 'ndjson'; out?: string }) => {
      const { out: outPath, ...rest } = opts;
      const out = outPath ? openOutput(outPath, [...received, opts.keyFile, opts.customers]) : undefined;
      try {
        process.exitCode = await matchLeadsCommand(received, { ...rest, stdout: out ?? process.stdout, stderr: new MessageStream() });
      } finally {
        out?.end();
      }
    });

  return program;
}
