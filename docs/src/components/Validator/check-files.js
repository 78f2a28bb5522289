// Checks the chosen files with the validator bundle, entirely in the browser: each file is read with the File
// API, split into reports, and every report validated by the same code as `htfds validate`. Nothing is sent
// anywhere; the page has no code that could send it.
import { readJsonReports, UnusableInput } from './read-json.js';
import { readTabularReports, TABULAR_FILE } from './read-tabular.js';

const JSON_FILE = /\.(json|ndjson|jsonl)$/i;

/** What to show for one report: where it is, whether it is valid, its findings with their places. */
function reportResult(engine, place, data, read = []) {
  // What reading the text found (a key given twice, a `__proto__` key) comes first, as in `htfds validate`; as
  // there, a report keeps its first findings (the bundle's cap) and counts the rest. The data goes with it for
  // the page that prepares a case for sharing.
  const checked = engine.validationBeyond(read, data);
  return { place, findings: [...read, ...checked.findings], omitted: checked.omitted, valid: checked.valid && engine.isValid(read), data };
}

/** Lets the page draw between reports, so that a file of many reports does not hold the tab still. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Every report of the files, checked. CSV files chosen together are read as one CSV package (a table per file),
 * as `htfds import` reads a folder of them. `engine` is the validator bundle, with the importer bundle as
 * `engine.importer`.
 */
export async function checkFiles(engine, files) {
  const results = { reports: [], unusable: [] };
  const unusable = (error) => {
    // Only the page's own reading errors are expected here; anything else is a fault and is not hidden.
    if (!(error instanceof UnusableInput)) throw error;
    results.unusable.push({ file: error.file, place: error.place, reason: error.reason });
  };
  const tabular = [];
  for (const file of files) {
    if (TABULAR_FILE.test(file.name)) {
      tabular.push(file);
      continue;
    }
    if (!JSON_FILE.test(file.name)) {
      results.unusable.push({ file: file.name, reason: 'the validator reads .json, .ndjson, .jsonl, .xlsx and .csv files' });
      continue;
    }
    try {
      const { reports, unusable: broken } = readJsonReports(engine, file.name, new Uint8Array(await file.arrayBuffer()));
      for (const report of reports) {
        results.reports.push(reportResult(engine, report.place, report.data, report.findings));
        await breathe();
      }
      broken.forEach(unusable);
    } catch (error) {
      unusable(error);
    }
  }
  if (tabular.length > 0) {
    const { imported, unusable: unreadable } = await readTabularReports(engine.importer, tabular);
    results.unusable.push(...unreadable);
    for (const item of imported) {
      const read = item.findings.map((f) => ({ ...f, cell: f.place }));
      if (item.record === undefined) {
        // Problems that belong to no report: a missing case table, an unknown sheet, a row that names no case.
        results.reports.push({ place: item.origin, findings: read, valid: false, orphan: true });
        continue;
      }
      // As `htfds import` does (validateImported in src/cli/import-command.ts): a value the import could not
      // read was left out of the report, so validation saying it is missing would only repeat the import's error.
      const reported = new Set(item.findings.filter((f) => f.severity === 'error').map((f) => f.path));
      const checked = engine
        .validateCaseReport(item.record)
        .filter((f) => !reported.has(f.path))
        .map((f) => ({ ...f, cell: item.locate(f.path) ?? item.origin }));
      const findings = [...read, ...checked];
      results.reports.push({ place: item.origin, findings, valid: engine.isValid(findings), data: item.record });
    }
  }
  return results;
}
