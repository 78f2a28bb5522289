/** `htfds upgrade <inputs…>`: migrates reports to the current version, validates them, writes NDJSON. */
import type { Writable } from 'node:stream';
import runtimeModel from '../generated/runtime-model.js';
import { upgradeReportWithNotes, UpgradeError } from '../upgrade/upgrade.js';
import { isValid } from '../validate/finding.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { formatPlace, type PlacedFinding } from '../io/imported-record.js';
import { eachRecord, expandInputs, placeOf, writeUnplaced } from './inputs.js';

/** Writes the upgraded reports to `stdout` (the CLI passes the `--out` file there) and the account to `stderr`. */
export async function upgradeCommand(inputs: string[], options: { stdout: Writable; stderr: Writable }): Promise<number> {
  const { files, unusable } = await expandInputs(inputs);
  const out = options.stdout;
  let upgraded = 0;
  let failed = 0;
  let leftOut = 0;
  const unplaced: PlacedFinding[] = [];
  for await (const record of eachRecord(files, unusable, undefined, { unplaced })) {
    try {
      const { report, notCarried } = upgradeReportWithNotes(record.data);
      // Said whether or not the report then validates: a value left behind is lost to whoever reads only the output.
      for (const note of notCarried) options.stderr.write(`htfds: ${placeOf(record)}: ${note.path}: not carried into ${report.schemaVersion as string} — ${note.reason}\n`);
      leftOut += notCarried.length;
      const findings = [...record.findings, ...validateCaseReport(report)].filter((f) => f.severity === 'error');
      if (!isValid(findings)) {
        failed++;
        // The code, and for a filled template the cell: an import finding's pointer alone (often `/`) says little.
        const first = findings[0]! as PlacedFinding;
        options.stderr.write(`htfds: ${placeOf(record)}: after upgrading, ${findings.length} error(s) remain, first at ${first.path || '/'} (${first.code}${first.place ? ` at ${formatPlace(first.place)}` : ''}): ${first.message} Not written: correct the original (htfds validate names every error) and upgrade it again.\n`);
        continue;
      }
      out.write(`${JSON.stringify(report)}\n`);
      upgraded++;
    } catch (error) {
      if (!(error instanceof UpgradeError)) throw error;
      failed++;
      options.stderr.write(`htfds: ${placeOf(record)}: ${error.reason} — ${error.hint}\n`);
    }
  }
  const unplacedErrors = writeUnplaced(options.stderr, unplaced);
  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  options.stderr.write(`${upgraded} report(s) upgraded to ${runtimeModel.version}${failed ? `, ${failed} not` : ''}.\n`);
  // Said once, for whoever reads only the last line: what was left out is still in the original files, and only there.
  if (leftOut > 0) options.stderr.write(`${leftOut} value(s) were not carried (listed above by report and path, with the reason): they remain only in the original files, so keep those.\n`);
  return unusable.length > 0 ? 2 : failed > 0 || unplacedErrors ? 1 : 0;
}
