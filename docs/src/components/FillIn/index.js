// "Fill in a case online": the generated HTFDS form (the questionnaire of the mobile and paper forms) in ODK Web
// Forms, in this page. The answers are kept in this browser as they change (a draft, restored when the page
// opens again, until the person starts again). When it is sent, the answers become a case report with the
// importer of `htfds import`, kept in this browser only (localStorage) until the person deletes it, and offered
// as JSON and as a workbook, and to the page that prepares a case for sharing, whose findings link back to the
// questions here. Nothing is sent anywhere.
import React, { useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { importFromSite } from '../Validator/site-bundles.js';
import { clearDraft, readDraft, saveDraft } from './draft.js';
import { clearFormDraft, draftSaver, readFormDraft } from './form-draft.js';
import { answerInLink } from './answer-link.js';
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
        <Link className="button button--primary" to="/prepare/" data-testid="to-prepare">
          Check it and prepare it for sharing
        </Link>
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

/** The draft the form was opened with, and the control to discard it; or a draft the form cannot open. */
function KeptDraft({ draft, onStartAgain }) {
  const when = new Date(draft.savedAt).toLocaleString();
  if (!draft.fits) {
    const xml = downloadLink(draft.instanceXml, 'application/xml');
    return (
      <div className="alert alert--warning" role="status" data-testid="draft-other-version">
        <p>
          A draft saved in this browser on {when} was made with another version of this form and cannot be opened in it. Your next answer
          replaces it. <a href={xml} download="htfds-form-draft.xml">Download that draft</a> to keep it.
        </p>
      </div>
    );
  }
  return (
    <div className="alert alert--secondary" role="status" data-testid="draft-restored">
      <p className={styles.actions}>
        <span>
          <strong>Draft restored</strong>: the answers given in this browser until {when}.
        </span>
        <button type="button" className="button button--secondary button--sm" onClick={onStartAgain} data-testid="start-again">
          Start again
        </button>
      </p>
    </div>
  );
}

export default function FillIn() {
  const urls = { form: useBaseUrl('/validator/htfds-form.js'), xform: useBaseUrl('/validator/htfds-case-report.xform.xml'), importer: useBaseUrl('/validator/htfds-import.js') };
  const holder = useRef(null);
  const saver = useRef(null);
  const [engine, setEngine] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [draft, setDraft] = useState(null);
  const [keptDraft, setKeptDraft] = useState(null);
  const [cannotKeep, setCannotKeep] = useState(false);
  // A new number shows a new, empty form.
  const [formRound, setFormRound] = useState(0);

  useEffect(() => setDraft(readDraft()), []);
  useEffect(() => {
    let live = true;
    Promise.all([importFromSite(urls.form), fetch(urls.xform).then((r) => r.text()), importFromSite(urls.importer)])
      .then(([form, xml, importer]) => live && setEngine({ form, xml, importer }))
      .catch(() => live && setLoadError('The form could not be loaded from this site. Reload the page.'));
    return () => {
      live = false;
    };
  }, [urls.form, urls.xform, urls.importer]);
  useEffect(() => {
    if (!engine) return undefined;
    let live = true;
    let unmount;
    const kept = readFormDraft(engine.xml);
    setKeptDraft(kept);
    const save = draftSaver(() => setCannotKeep(true));
    saver.current = save;
    // Closing the tab or reloading within the moment before a save: the last answers are written first.
    window.addEventListener('pagehide', save.flush);
    engine.form
      .mountForm(holder.current, engine.xml, {
        instanceXml: kept?.fits ? kept.instanceXml : null,
        onChange: save.push,
        onSubmit: async (submission) => {
          const { report, findings } = engine.importer.importSubmission(submission, 'online form');
          setDraft(saveDraft(report, findings.filter((f) => f.severity === 'error').length));
        },
      })
      .then((form) => {
        if (!live) return form.unmount();
        unmount = form.unmount;
        // Sent here from a finding about this case (`#answer=<JSON pointer>`): the question that holds the value.
        const pointer = answerInLink(window.location.hash);
        if (pointer !== null) form.showAnswer(pointer);
      })
      .catch(() => live && setLoadError('The form could not be loaded from this site. Reload the page.'));
    return () => {
      live = false;
      window.removeEventListener('pagehide', save.flush);
      save.flush();
      unmount?.();
    };
  }, [engine, formRound]);

  const startAgain = () => {
    if (!window.confirm('Start again with an empty form? The answers of this draft are deleted from this browser.')) return;
    saver.current?.cancel();
    clearFormDraft();
    setFormRound((n) => n + 1);
  };

  return (
    <div data-testid="fill-status" data-ready={String(Boolean(engine))}>
      {loadError ? <p className="alert alert--danger">{loadError}</p> : null}
      {!engine && !loadError ? <p>Loading the form…</p> : null}
      {cannotKeep ? (
        <p className="alert alert--warning" role="alert">
          This browser does not let the page keep your answers (its storage is full or turned off): they are lost if you close or reload the
          page.
        </p>
      ) : null}
      {draft && engine ? <SavedCase draft={draft} importer={engine.importer} onDelete={() => (clearDraft(), setDraft(null))} /> : null}
      {keptDraft && engine ? <KeptDraft draft={keptDraft} onStartAgain={startAgain} /> : null}
      <div ref={holder} className={styles.form} />
    </div>
  );
}
