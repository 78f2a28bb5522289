// "Fill in a case online": the generated HTFDS form (the questionnaire of the mobile and paper forms) in ODK Web
// Forms, in this page. When it is sent, the answers become a case report with the importer of `htfds import`,
// kept in this browser only (localStorage) until the person deletes it, and offered as JSON and as a workbook,
// and to the page that prepares a case for sharing. Nothing is sent anywhere.
import React, { useEffect, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { importFromSite } from '../Validator/site-bundles.js';
import { clearDraft, readDraft, saveDraft } from './draft.js';
import styles from './styles.module.css';

function downloadLink(bytes, type) {
  return URL.createObjectURL(new Blob([bytes], { type }));
}

function SavedCase({ draft, importer, onDelete }) {
  const [workbook, setWorkbook] = useState(null);
  const json = downloadLink(`${JSON.stringify(draft.report, null, 2)}\n`, 'application/json');
  useEffect(() => {
    let live = true;
    importer
      .exportWorkbook([draft.report])
      .then((bytes) => live && setWorkbook(downloadLink(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')))
      .catch(() => live && setWorkbook(null));
    return () => {
      live = false;
    };
  }, [draft, importer]);
  return (
    <div className="alert alert--info" role="status" data-testid="saved-case">
      <p>
        <strong>The case is saved in this browser</strong> ({new Date(draft.savedAt).toLocaleString()}). It stays here until you delete it; it
        has not been sent anywhere.
        {draft.errors > 0 ? ` The check found ${draft.errors} problem${draft.errors === 1 ? '' : 's'}: the next page lists them.` : ''}
      </p>
      <p className={styles.actions}>
        {/* A full page load, not the site's in-page navigation: the form engine's style sheets must not follow. */}
        <a className="button button--primary" href="/prepare/" data-testid="to-prepare">
          Check it and prepare it for sharing
        </a>
        <a className="button button--secondary" href={json} download="htfds-case.json" data-testid="download-draft-json">
          Download as JSON
        </a>
        {workbook ? (
          <a className="button button--secondary" href={workbook} download="htfds-case.xlsx" data-testid="download-draft-workbook">
            Download as a workbook
          </a>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onDelete} data-testid="delete-draft">
          Delete the saved case
        </button>
      </p>
    </div>
  );
}

export default function FillIn() {
  const urls = { form: useBaseUrl('/validator/htfds-form.js'), xform: useBaseUrl('/validator/htfds-case-report.xform.xml'), importer: useBaseUrl('/validator/htfds-import.js') };
  const holder = useRef(null);
  const [importer, setImporter] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [draft, setDraft] = useState(null);

  useEffect(() => setDraft(readDraft()), []);
  useEffect(() => {
    let live = true;
    let unmount;
    Promise.all([importFromSite(urls.form), fetch(urls.xform).then((r) => r.text()), importFromSite(urls.importer)])
      .then(([form, xml, tabular]) => {
        if (!live) return;
        setImporter(tabular);
        unmount = form.mountForm(holder.current, xml, async (submission) => {
          const { report, findings } = tabular.importSubmission(submission, 'online form');
          setDraft(saveDraft(report, findings.filter((f) => f.severity === 'error').length));
        });
      })
      .catch(() => live && setLoadError('The form could not be loaded from this site. Reload the page.'));
    return () => {
      live = false;
      unmount?.();
    };
  }, [urls.form, urls.xform, urls.importer]);

  return (
    <div data-testid="fill-status" data-ready={String(Boolean(importer))}>
      {loadError ? <p className="alert alert--danger">{loadError}</p> : null}
      {!importer && !loadError ? <p>Loading the form…</p> : null}
      {draft && importer ? <SavedCase draft={draft} importer={importer} onDelete={() => (clearDraft(), setDraft(null))} /> : null}
      <div ref={holder} className={styles.form} />
    </div>
  );
}
