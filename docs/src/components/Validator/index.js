// The in-browser validator: choose or drop files, see every report's findings grouped, with their places.
// The validator bundle (the same code as `htfds validate`) is loaded from this site when the page opens, so
// that checking a file needs no request at all.
import React, { useCallback, useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { checkFiles } from './check-files.js';
import { DropZone } from './drop-zone.js';
import { importFromSite } from './site-bundles.js';
import { cellInWords, fieldPageOf, groupFindings, pointerInWords, reportLabel } from './findings.js';
import styles from './styles.module.css';


/** Reports with findings shown in full; beyond this the page shows counts, so that a huge file stays usable. */
const SHOWN_REPORTS = 200;

/** `answerLink`, for a case filled in online: pointer → the link to the question of the form that holds the value. */
function FindingGroup({ facts, group, guide, answerLink }) {
  return (
    <section className={styles.group} data-group-code={group.code} data-severity={group.severity}>
      <h4 className={styles.groupTitle}>
        <span className={`badge ${group.severity === 'error' ? 'badge--danger' : 'badge--warning'}`}>{group.severity}</span> <code>{group.code}</code>
        <span className={styles.groupCount}>
          {group.findings.length} place{group.findings.length === 1 ? '' : 's'}
        </span>
      </h4>
      <ul className={styles.findings}>
        {group.findings.map((f, i) => (
          <li key={i} className={styles.finding} data-code={f.code} data-path={f.path} data-severity={f.severity} data-cell={f.cell ? cellInWords(f.cell) : undefined}>
            <div className={styles.place}>
              {f.cell ? <strong className={styles.cell}>{cellInWords(f.cell)}</strong> : null}
              <span>{pointerInWords(facts, f.path)}</span> <code>{f.path || '/'}</code>
            </div>
            <div>{f.message}</div>
            {f.hint ? <div className={styles.hint}>{f.hint}</div> : null}
            {answerLink && f.path ? (
              <Link className={styles.fieldLink} to={answerLink(f.path)} data-testid="answer-link">
                Change the answer in the form
              </Link>
            ) : null}
            {fieldPageOf(guide, f.path) ? (
              <a className={styles.fieldLink} href={fieldPageOf(guide, f.path)} data-testid="field-link">
                What “{pointerInWords(facts, f.path).split(' › ').pop().replace(/ \d+$/, '')}” means
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReportCard({ facts, report, guide, answerLink }) {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const status = report.orphan ? 'not read' : report.valid ? (warnings ? 'valid, with warnings' : 'valid') : 'not valid';
  return (
    <article className={`${styles.report} ${report.valid ? styles.valid : styles.invalid}`} data-report={reportLabel(report.place)} data-valid={String(report.valid)}>
      <h3 className={styles.reportTitle}>
        {reportLabel(report.place)} <span className={`badge ${report.valid ? 'badge--success' : 'badge--danger'}`}>{status}</span>
      </h3>
      {report.findings.length === 0 ? (
        <p>No findings: the report follows the standard.</p>
      ) : (
        <>
          <p>
            {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}. Errors make the report invalid; warnings do not.
          </p>
          {groupFindings(report.findings).map((g) => (
            <FindingGroup key={`${g.severity}-${g.code}`} facts={facts} group={g} guide={guide} answerLink={answerLink} />
          ))}
          {report.omitted ? (
            <p data-testid="findings-not-kept">
              {report.omitted.toLocaleString('en')} more finding{report.omitted === 1 ? '' : 's'} of this report were counted but not kept; fix these first and check again.
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}

/** `answerLinks(report)`: for a report filled in online, how its findings link back to the form's questions. */
export function Results({ facts, results, guide, answerLinks = () => undefined }) {
  const valid = results.reports.filter((r) => r.valid).length;
  const withFindings = results.reports.filter((r) => r.findings.length > 0);
  const quiet = results.reports.filter((r) => r.findings.length === 0);
  return (
    <div className={styles.results} data-testid="results">
      <p role="status" className={styles.summary} data-testid="summary">
        {results.reports.length} report{results.reports.length === 1 ? '' : 's'} checked: {valid} valid, {results.reports.length - valid} not valid
        {results.unusable.length ? `; ${results.unusable.length} file${results.unusable.length === 1 ? '' : 's'} or part${results.unusable.length === 1 ? '' : 's'} could not be read` : ''}.
      </p>
      {results.unusable.length > 0 ? (
        <div className="alert alert--danger" data-testid="unusable">
          <strong>Could not be read</strong>
          <ul>
            {results.unusable.map((u, i) => (
              <li key={i} data-file={u.file}>
                {u.file}
                {u.place ? ` (${u.place})` : ''}: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {withFindings.slice(0, SHOWN_REPORTS).map((r, i) => (
        <ReportCard key={`f${i}`} facts={facts} report={r} guide={guide} answerLink={answerLinks(r)} />
      ))}
      {withFindings.length > SHOWN_REPORTS ? <p>{withFindings.length - SHOWN_REPORTS} more reports have findings; check smaller files to see them all.</p> : null}
      {quiet.length > 0 && quiet.length <= 20 ? quiet.map((r, i) => <ReportCard key={`q${i}`} facts={facts} report={r} guide={guide} />) : null}
      {quiet.length > 20 ? <p>{quiet.length} reports have no findings at all.</p> : null}
    </div>
  );
}

export default function Validator() {
  const bundleUrl = useBaseUrl('/validator/htfds-validate.js');
  const importerUrl = useBaseUrl('/validator/htfds-import.js');
  const guideUrl = useBaseUrl('/validator/site-guide.json');
  const [guide, setGuide] = useState(null);
  const [engine, setEngine] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState(null);
  const input = useRef(null);

  useEffect(() => {
    let live = true;
    // Both bundles are loaded when the page opens, so that checking a file needs no request at all.
    Promise.all([importFromSite(bundleUrl), importFromSite(importerUrl)])
      .then(([validator, importer]) => live && setEngine({ ...validator, importer }))
      .catch(() => live && setLoadError('The validator could not be loaded from this site. Reload the page; if that does not help, use `htfds validate` on your computer.'));
    // Links from findings to the fields' pages: loaded with the bundles, and the page works without them.
    fetch(guideUrl)
      .then((r) => (r.ok ? r.json() : null))
      .then((g) => live && setGuide(g))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bundleUrl, importerUrl, guideUrl]);

  const check = useCallback(
    async (fileList) => {
      // Array.from, not spread: the site's Babel may compile [...x] to concat, which would wrap the FileList whole.
      const files = Array.from(fileList);
      if (!engine || files.length === 0) return;
      setBusy(true);
      setResults(null);
      try {
        setResults(await checkFiles(engine, files));
      } catch (error) {
        setResults({ reports: [], unusable: [{ file: files.map((f) => f.name).join(', '), reason: 'the files could not be checked; nothing was sent anywhere' }] });
      } finally {
        setBusy(false);
      }
    },
    [engine],
  );

  const clear = () => {
    setResults(null);
    if (input.current) input.current.value = '';
  };

  return (
    <div className={styles.validator}>
      <p className={styles.engine} data-testid="engine-status" data-ready={String(Boolean(engine))}>
        {engine ? `Validator ready: HTFDS ${engine.schemaFacts.version}.` : loadError ?? 'Loading the validator…'}
      </p>
      <DropZone className={styles.drop} draggingClassName={styles.dragging} onFiles={check} testId="drop-zone">
        <p>
          <strong>Drop files here</strong> or choose them:
        </p>
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,.ndjson,.jsonl,.xlsx,.csv"
          disabled={!engine || busy}
          onChange={(e) => check(e.target.files)}
          aria-label="Files to check"
          data-testid="file-input"
        />
        <p className={styles.formats}>
          JSON (one report or an array of reports), NDJSON (one report per line), a filled Excel template (.xlsx), or the CSV files of a
          filled CSV template chosen together.
        </p>
      </DropZone>
      {busy ? <p role="status">Checking…</p> : null}
      {results ? (
        <>
          <button type="button" className="button button--secondary button--sm" onClick={clear}>
            Clear the results
          </button>
          <Results facts={engine.schemaFacts} results={results} guide={guide} />
        </>
      ) : null}
    </div>
  );
}
