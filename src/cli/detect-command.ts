/**
 * `htfds detect`: runs the detection rules over a bank's transaction export and writes indicator-alert
 * messages (NDJSON). Exit codes: 0 no alerts and nothing to report, 1 alerts raised or findings (a rule that
 * could not run, rows left out), 2 unusable input or setup.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Tlp } from '../generated/case-report.js';
import { createDetectionAlert } from '../detect/alerts.js';
import { detect, type DetectOptions } from '../detect/detect.js';
import { DetectError } from '../detect/detect-error.js';
import type { RuleOutcome } from '../detect/run-rules.js';

export interface DetectCommandOptions extends Omit<DetectOptions, 'inputs' | 'onRule' | 'onLoaded'> {
  out?: string;
  tlp: Tlp;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** Progress for people watching: which rule runs, on one rewritten line; nothing when stderr is not a terminal. */
export function ruleProgress(stderr: Writable & { isTTY?: boolean }) {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    onLoaded: (loaded: { rows: Record<string, number> }) => {
      if (stderr.isTTY) stderr.write(`\rloaded ${Object.entries(loaded.rows).map(([t, n]) => `${n.toLocaleString('en')} ${t}`).join(', ')} in ${seconds()} s\n`);
    },
    onRule: (rule: { id: string }, index: number, total: number) => {
      if (stderr.isTTY) stderr.write(`\r\x1b[2K[${index + 1}/${total}] ${rule.id} … ${seconds()} s`);
    },
    done: () => {
      if (stderr.isTTY) stderr.write('\r\x1b[2K');
    },
  };
}

export const verificationMark = (verification: string | undefined) => (verification === 'unverified' ? 'UNVERIFIED indicator' : `${verification ?? '?'} indicator`);

/** One line per rule: alerts raised, time, and the rule's error if it could not run. */
export function writeSummary(stderr: Writable, outcomes: RuleOutcome[]): void {
  const width = Math.max(...outcomes.map((o) => o.rule.id.length));
  for (const o of outcomes) {
    const status = o.error ? `ERROR ${o.error}` : `${o.detections.length} alert(s)`;
    stderr.write(`${o.rule.id.padEnd(width)}  ${status.startsWith('ERROR') ? status : status.padEnd(11)}  ${o.seconds.toFixed(2)} s  ${verificationMark(o.rule.indicator?.verification)}\n`);
  }
}

/** Runs the rules with progress on stderr; unusable input or setup is one line naming the command, and exit code 2. */
export async function runDetect(command: string, inputs: string[], options: Omit<DetectOptions, 'inputs' | 'onRule' | 'onLoaded'> & { stderr: Writable & { isTTY?: boolean } }): Promise<Awaited<ReturnType<typeof detect>> | 2> {
  const progress = ruleProgress(options.stderr);
  try {
    const run = await detect({ ...options, inputs, onRule: progress.onRule, onLoaded: progress.onLoaded });
    progress.done();
    return run;
  } catch (error) {
    progress.done();
    if (!(error instanceof DetectError)) throw error;
    options.stderr.write(`htfds ${command}: ${error.message}\n`);
    return 2;
  }
}

export async function detectCommand(inputs: string[], options: DetectCommandOptions): Promise<number> {
  const run = await runDetect('detect', inputs, options);
  if (run === 2) return 2;
  try {
    const out = options.out ? createWriteStream(options.out) : options.stdout;
    let index = 0;
    for (const outcome of run.outcomes) {
      for (const detection of outcome.detections) {
        const alert = createDetectionAlert(detection, index++, run.firstSeen.get(`${outcome.rule.id}\u0000${detection.subject}`), options.tlp);
        out.write(`${JSON.stringify(alert)}\n`);
      }
    }
    if (options.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())));
    for (const f of run.loaded.findings) options.stderr.write(`htfds detect: ${f.message}\n`);
    writeSummary(options.stderr, run.outcomes);
    const errors = run.outcomes.filter((o) => o.error).length;
    const unverified = run.outcomes.filter((o) => o.detections.length > 0 && o.rule.indicator?.verification === 'unverified');
    options.stderr.write(
      `${index} alert(s) from ${run.outcomes.length} rule(s) over ${(run.loaded.rows.transactions ?? 0).toLocaleString('en')} transactions${errors ? `; ${errors} rule(s) could not run` : ''}${unverified.length ? `; alerts of ${unverified.map((o) => o.rule.id).join(', ')} rest on unverified indicators` : ''}\n`,
    );
    return index > 0 || errors > 0 || run.loaded.findings.length > 0 ? 1 : 0;
  } finally {
    run.close();
  }
}
