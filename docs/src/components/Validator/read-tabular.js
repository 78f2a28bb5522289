// Filled spreadsheet templates (.xlsx) and CSV packages, read in the browser by the same importer as
// `htfds import` (bundled for browsers as htfds-import.js, see generators/docs/browser-import).

export const TABULAR_FILE = /\.(xlsx|csv)$/i;

/**
 * The imported reports of the chosen spreadsheets: each workbook on its own, the CSV files together as one CSV
 * package. Files that cannot be read come back in `unusable`, with the importer's own reasons.
 */
export async function readTabularReports(importer, files) {
  const chosen = [];
  for (const file of files) chosen.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return importer.importTabular(chosen);
}
