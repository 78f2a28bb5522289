/**
 * Measures the detection rules for the "Detection rules" page: labelled synthetic data from `htfds synth`
 * (a fixed seed, so the same rules give the same figures), then `htfds evaluate`'s precision and recall.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { detect } from '../../src/detect/detect.js';
import { evaluate, readTruth } from '../../src/detect/evaluate.js';
import { packagePath } from '../../src/detect/package-root.js';
import type { RuleMeasurement } from './pages/rules-page.js';

const SYNTH_ARGS = ['synth', '--seed', 'htfds-docs', '--customers', '2000', '--months', '6', '--start', '2026-01-01', '--country', 'ES', '--rate', '0.02'];

export async function measureRules(rulesDir?: string): Promise<RuleMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'htfds-rule-evaluation-'));
  try {
    const out = join(dir, 'data');
    // Through the command line, as a user would make the data: the figures then say exactly how to repeat them.
    execFileSync(process.execPath, ['--import', 'tsx', packagePath('src', 'cli', 'main.ts'), ...SYNTH_ARGS, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const run = await detect({ inputs: [out], memoryLimit: '1GB', ...(rulesDir ? { rulesDir } : {}) });
    try {
      return {
        evaluation: evaluate(run.outcomes, await readTruth(run.connection)),
        dataset: `htfds ${SYNTH_ARGS.join(' ')}`,
        transactions: run.loaded.rows.transactions ?? 0,
      };
    } finally {
      run.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
