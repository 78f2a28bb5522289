/**
 * Submissions of IOM's HTCDS XLSForm (form id `htcds_xlsform`), as ODK Central, ODK Collect or KoboToolbox give
 * them: one instance XML per case. The XML, not the CSV export, because the instance carries the form's id and
 * version, so that it can be recognised, and its field names are the form's own; a CSV export's columns depend on
 * the server's export settings (group prefixes, separators, labels instead of names).
 */
import type { ImportedRecord, Place, PlacedFinding } from '../io/imported-record.js';
import type { XmlElement } from '../forms/xml-reader.js';
import { htcdsCaseToReport, type HtcdsCell, type HtcdsImportOptions } from './htcds-case.js';
import { htcdsFieldName } from './htcds-workbook.js';

export const HTCDS_FORM_ID = 'htcds_xlsform';

/** What the form and the servers add to an instance that is not case data. */
const FORM_MACHINERY = new Set(['start', 'end', 'today', 'deviceid', 'username', 'meta', '__version__', 'formhub', 'instanceID']);

/** Whether a parsed submission is one of IOM's HTCDS form: its id, or HTCDS field names throughout. */
export function isHtcdsSubmission(root: XmlElement): boolean {
  if (root.attributes.id === HTCDS_FORM_ID) return true;
  const data = root.children.filter((c) => !FORM_MACHINERY.has(c.name));
  return data.length >= 3 && data.every((c) => htcdsFieldName(c.name) !== undefined);
}

/** The report of one HTCDS submission; every element HTCDS does not know is a finding placed at its field. */
export function htcdsSubmissionRecord(root: XmlElement, file: string, options: Omit<HtcdsImportOptions, 'multiSeparator'>): ImportedRecord {
  const cells: HtcdsCell[] = [];
  const findings: PlacedFinding[] = [];
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (FORM_MACHINERY.has(child.name)) continue;
      const field = htcdsFieldName(child.name);
      const place: Place = { file, field: child.name };
      // Groups of the form hold fields of their own.
      if (!field && child.children.length > 0) visit(child);
      else if (field) {
        if (child.text.trim() !== '') cells.push({ field, value: child.text, place });
      } else if (child.text.trim() !== '') {
        findings.push({ code: 'htcds-column-unknown', severity: 'error', path: '', place, message: `The form field ${child.name} is not a field of HTCDS v2.0 (renamed?), so its answer was not read.`, hint: 'Use the HTCDS form as IOM publishes it, or name the field as HTCDS does (see the HTCDS crosswalk page).' });
      }
    }
  };
  visit(root);
  // select_multiple answers are separated by spaces; choice names never hold one.
  return htcdsCaseToReport({ origin: { file }, cells, findings }, { ...options, multiSeparator: /\s+/, splitEveryPicklist: true });
}
