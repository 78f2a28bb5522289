/**
 * `htfds evaluate`: runs the detection rules over synthetic data that carries its ground truth and prints
 * precision and recall per rule and per typology. Exit codes: 0 measured, 1 a rule could not run, 2 unusable input.
 */
import type { Writable } from 'node:stream';
import type { DetectOptions } from '../detect/detect.js';
import { evaluate, formatEvaluation, readTruth } from '../detect/evaluate.js';
import { runDetect } from './detect-command.js';

export interface EvaluateCommandOptions extends Omit<DetectOptions, 'inputs' | 'onRule' | 'onLoaded'> {
  format: 'text' | 'json';
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export async function evaluateCommand(inputs: string[], options: EvaluateCommandOptions): Promise<number> {
  const run = await runDetect('evaluate', inputs, options);
  if (run === 2) return 2;
  try {
    if (!run.loaded.rows.truth) {
      options.stderr.write(`htfds evaluate: no ground truth in ${inputs.join(', ')}: evaluation needs a truth table (truth.csv, .ndjson or .parquet: typology, entityType, entityId), as \`htfds synth\` writes\n`);
      return 2;
    }
    const evaluation = evaluate(run.outcomes, await readTruth(run.connection));
    for (const f of run.loaded.findings) options.stderr.write(`htfds evaluate: ${f.message}\n`);
    for (const o of run.outcomes.filter((o) => o.error)) options.stderr.write(`htfds evaluate: ${o.error}\n`);
    options.stdout.write(options.format === 'json' ? `${JSON.stringify(evaluation, null, 2)}\n` : formatEvaluation(evaluation));
    return run.outcomes.some((o) => o.error) ? 1 : 0;
  } finally {
    run.close();
  }
}
