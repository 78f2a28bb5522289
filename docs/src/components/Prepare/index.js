// "Prepare a case for sharing": choose a filled workbook or a case file, see the validator's findings, choose who
// will receive it (a sharing profile) and the group's key file, see side by side what will be shared and what is
// removed, banded or hashed, and download the shared file. Everything runs in this page with the bundles of this
// site (the same code as `htfds validate` and `htfds anonymise`); nothing is uploaded, and the key is never stored.
import React, { useEffect, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { checkFiles } from '../Validator/check-files.js';
import { DropZone } from '../Validator/drop-zone.js';
import { pointerInWords, reportLabel } from '../Validator/findings.js';
import { Results } from '../Validator/index.js';
import { importFromSite } from '../Validator/site-bundles.js';
import { compareReports, OUTCOMES, outcomeCounts } from './compare.js';
import { answerLink } from '../FillIn/answer-link.js';
import { FILLED_ONLINE_FILE, readDraft } from '../FillIn/draft.js';
import SendToHub from './send.js';
import styles from './styles.module.css';

const ACCEPTED = '.json,.ndjson,.jsonl,.xlsx,.csv';
const shown = (value) => {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};
/** Whether a profile makes keyed hashes or keyed record identifiers, and so needs the group's key. */
const needsKey = (profile) => profile.recordIdentifiers === 'keyed' || Object.values(profile.byMethod).includes('hmac');

function Step({ number, title, children, id }) {
  return (
    <section className={styles.step} aria-labelledby={id} data-testid={id}>
      <h2 id={id} className={styles.stepTitle}>
        <span className={styles.stepNumber} aria-hidden="true">
          {number}
        </span>{' '}
        {title}
      </h2>
      {children}
    </section>
  );
}

function ChooseFiles({ disabled, onFiles }) {
  return (
    <DropZone className={styles.drop} draggingClassName={styles.dragging} onFiles={onFiles} testId="case-drop">
      <label htmlFor="case-files" className={styles.label}>
        Your filled workbook or case file
      </label>
      <input id="case-files" type="file" multiple accept={ACCEPTED} disabled={disabled} onChange={(e) => onFiles(e.target.files)} data-testid="case-input" />
      <p className={styles.note}>Drop it here, or choose it. The HTFDS workbook (.xlsx), its CSV files chosen together, or a case report saved as JSON.</p>
    </DropZone>
  );
}

function ProfileChoice({ guide, profiles, chosen, onChoose }) {
  return (
    <fieldset className={styles.profiles}>
      <legend className={styles.label}>Who will receive it?</legend>
      {guide.profiles
        .filter((p) => profiles[p.name])
        .map((p) => (
          <div key={p.name} className={`${styles.profile} ${chosen === p.name ? styles.chosen : ''}`}>
            <input type="radio" id={`profile-${p.name}`} name="profile" value={p.name} checked={chosen === p.name} onChange={() => onChoose(p.name)} data-testid={`profile-${p.name}`} />
            <label htmlFor={`profile-${p.name}`}>
              <strong>{p.title}</strong>
              <span className={styles.profileUse}>{p.typicalUse}</span>
              <span className={styles.profileText}>{p.description}</span>
            </label>
            <a href={p.page} className={styles.more}>
              More about the “{p.title}” profile
            </a>
          </div>
        ))}
    </fieldset>
  );
}

function KeyChoice({ share, onKey, keyState }) {
  return (
    <div>
      <label htmlFor="key-file" className={styles.label}>
        Your group’s key file
      </label>
      <input
        id="key-file"
        type="file"
        onChange={async (e) => {
          const file = e.target.files[0];
          if (!file) return onKey(null);
          onKey(await share.readGroupKey(new Uint8Array(await file.arrayBuffer())));
        }}
        data-testid="key-input"
        aria-describedby="key-note"
      />
      <p id="key-note" className={styles.note}>
        The file your sharing group gave every member. It makes the keyed hashes that let a recipient match an account or a person in
        its own records without learning who it is. The key stays in this page’s memory for as long as the page is open: it is not
        stored, and it is never sent anywhere.
      </p>
      {keyState && 'refused' in keyState ? (
        <div className="alert alert--danger" role="alert" data-testid="key-refused">
          This key cannot be used: {keyState.refused}.
        </div>
      ) : null}
      {keyState && 'id' in keyState ? (
        <p role="status" data-testid="key-ready">
          Key ready (its public name: <code>{keyState.id}</code>).
          {keyState.warning ? <span className={styles.warning}> Warning: {keyState.warning}.</span> : null}
        </p>
      ) : null}
    </div>
  );
}

function Comparison({ facts, rows }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.comparison} data-testid="comparison">
        <caption>Each data point of the case: in your file, and in the file that will be shared.</caption>
        <thead>
          <tr>
            <th scope="col">Data point</th>
            <th scope="col">In your file</th>
            <th scope="col">What will be shared</th>
            <th scope="col">Shared</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.outcome}${r.pointer}`} className={styles[r.outcome]} data-outcome={r.outcome} data-pointer={r.pointer}>
              <th scope="row">{pointerInWords(facts, r.pointer)}</th>
              <td>{shown(r.before)}</td>
              <td>{shown(r.after)}</td>
              <td>{OUTCOMES[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Refusals({ refused }) {
  if (refused.length === 0) return null;
  return (
    <div className="alert alert--danger" data-testid="refusals">
      <strong>
        {refused.length} case{refused.length === 1 ? ' was' : 's were'} not prepared, and will not be in the shared file:
      </strong>
      <ul>
        {refused.map((r, i) => (
          <li key={i} data-testid="refusal">
            <strong>{r.label}:</strong> {r.reason}. {r.hint}.
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The prepared cases as a filled workbook (`htfds export`), saved through a link the page clicks for the person. */
async function downloadWorkbook(engine, shared, profile) {
  const bytes = await engine.importer.exportWorkbook(shared.pairs.map((p) => p.after));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  link.download = `htfds-shared-${profile}.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The case filled in online: its findings link back to the questions of the form. */
const fromTheForm = (report) => (report.place.file === FILLED_ONLINE_FILE ? answerLink : undefined);

/** The command line's hints name its options; the page says what to do in the page. */
const pageWords = (hint) => hint.replace(/pass the sharing group's key with --key-file/, 'choose your group’s key file in step 3').replace(/run htfds validate on it/, 'check it in step 1');

export default function Prepare() {
  const urls = {
    validator: useBaseUrl('/validator/htfds-validate.js'),
    importer: useBaseUrl('/validator/htfds-import.js'),
    share: useBaseUrl('/validator/htfds-share.js'),
    guide: useBaseUrl('/validator/site-guide.json'),
  };
  const sendBundle = useBaseUrl('/validator/htfds-send.js');
  const [engine, setEngine] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [checked, setChecked] = useState(null);
  const [busy, setBusy] = useState(false);
  const [profile, setProfile] = useState(null);
  const [keyState, setKeyState] = useState(null);
  const [shared, setShared] = useState(null);
  const [shownReport, setShownReport] = useState(0);
  const [showKept, setShowKept] = useState(false);
  const [draft, setDraft] = useState(null);
  useEffect(() => setDraft(readDraft()), []);

  useEffect(() => {
    let live = true;
    // Everything the page needs is loaded when it opens, so that preparing a case needs no request at all.
    Promise.all([importFromSite(urls.validator), importFromSite(urls.importer), importFromSite(urls.share), fetch(urls.guide).then((r) => r.json())])
      .then(([validator, importer, share, guide]) => live && setEngine({ ...validator, importer, share, guide }))
      .catch(() => live && setLoadError('This page could not load its tools from this site. Reload the page.'));
    return () => {
      live = false;
    };
  }, [urls.validator, urls.importer, urls.share, urls.guide]);

  // A prepared file's download link lives until the next one replaces it.
  useEffect(() => () => shared && URL.revokeObjectURL(shared.url), [shared]);

  const ready = useMemo(() => (checked ? checked.reports.filter((r) => r.valid && r.data !== undefined) : []), [checked]);
  const chosenProfile = engine && profile ? engine.share.schemaFacts.profiles[profile] : null;
  const keyNeeded = chosenProfile ? needsKey(chosenProfile) : false;
  const keyOk = !keyNeeded || (keyState && 'id' in keyState);
  const canPrepare = engine && ready.length > 0 && chosenProfile && keyOk && !busy;

  const choose = async (fileList) => {
    const files = Array.from(fileList);
    if (!engine || files.length === 0) return;
    setBusy(true);
    setChecked(null);
    setShared(null);
    try {
      setChecked(await checkFiles(engine, files));
    } catch {
      setChecked({ reports: [], unusable: [{ file: files.map((f) => f.name).join(', '), reason: 'the files could not be read; nothing was sent anywhere' }] });
    } finally {
      setBusy(false);
    }
  };

  const prepare = async () => {
    setBusy(true);
    setShared(null);
    try {
      const sources = ready.map((r, i) => ({ data: r.data, place: String(i) }));
      const batch = await engine.share.anonymiseReports(sources, profile, keyNeeded ? keyState : undefined);
      const pairs = [];
      const refused = [];
      for (const event of batch.events) {
        const source = ready[Number(event.place)];
        if (event.type === 'shared') pairs.push({ label: reportLabel(source.place), before: source.data, after: event.report });
        else refused.push({ label: reportLabel(source.place), reason: event.reason, hint: pageWords(event.hint) });
      }
      const withheld = ready.length - batch.events.length;
      setShared({ ...batch, pairs, refused, withheld, url: URL.createObjectURL(new Blob([batch.ndjson], { type: 'application/x-ndjson' })) });
      setShownReport(0);
    } finally {
      setBusy(false);
    }
  };

  if (!engine) {
    return (
      <p className={styles.loading} data-testid="prepare-status" data-ready="false">
        {loadError ?? 'Loading…'}
      </p>
    );
  }
  const facts = engine.schemaFacts;
  const pair = shared?.pairs[shownReport];
  const rows = pair ? compareReports(pair.before, pair.after) : [];
  return (
    <div className={styles.prepare} data-testid="prepare-status" data-ready="true">
      <Step number={1} title="Choose the case and check it" id="step-check">
        <ChooseFiles disabled={busy} onFiles={choose} />
        <p className={styles.note}>
          {draft ? (
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={busy}
              onClick={() => choose([new File([JSON.stringify(draft.report)], FILLED_ONLINE_FILE, { type: 'application/json' })])}
              data-testid="use-draft"
            >
              Use the case you filled in online
            </button>
          ) : null}{' '}
          No workbook? <Link to="/fill/">Fill in a case online</Link>.
        </p>
        {busy && !checked ? <p role="status">Checking…</p> : null}
        {checked ? (
          <>
            <p role="status" className={styles.verdict} data-testid="ready-count">
              {ready.length === 0
                ? checked.reports.some((r) => r.place.file === FILLED_ONLINE_FILE)
                  ? 'No case can be prepared yet: change the answers the findings below lead to in the form, send it again, and use it here again.'
                  : 'No case can be prepared yet: fix what the findings below say in your file, save it, and choose it again.'
                : `${ready.length} case${ready.length === 1 ? '' : 's'} ready to prepare${checked.reports.length > ready.length ? `; ${checked.reports.length - ready.length} need fixing first (see below)` : ''}.`}
            </p>
            {checked.reports.some((r) => r.findings.length > 0) || checked.unusable.length > 0 ? <Results facts={facts} results={checked} guide={engine.guide} answerLinks={fromTheForm} /> : null}
          </>
        ) : null}
      </Step>

      <Step number={2} title="Choose who will receive it" id="step-profile">
        <ProfileChoice guide={engine.guide} profiles={engine.share.schemaFacts.profiles} chosen={profile} onChoose={(p) => (setProfile(p), setShared(null))} />
      </Step>

      <Step number={3} title="Choose your group’s key file" id="step-key">
        {keyNeeded || !chosenProfile ? (
          <KeyChoice share={engine.share} keyState={keyState} onKey={(k) => (setKeyState(k), setShared(null))} />
        ) : (
          <p>This profile needs no key: it removes identifiers rather than hashing them.</p>
        )}
      </Step>

      <Step number={4} title="See what will be shared" id="step-preview">
        <button type="button" className="button button--primary" disabled={!canPrepare} onClick={prepare} data-testid="prepare-button">
          Prepare the shared file
        </button>
        {!canPrepare && !busy ? (
          <p className={styles.note}>{!checked || ready.length === 0 ? 'First choose a case that has no errors (step 1).' : !chosenProfile ? 'First choose who will receive it (step 2).' : 'First choose your group’s key file (step 3).'}</p>
        ) : null}
        {shared ? (
          <>
            <p role="status" className={styles.verdict} data-testid="shared-summary">
              {shared.summary.shared} case{shared.summary.shared === 1 ? '' : 's'} prepared under the “{chosenProfile.title}” profile
              {shared.summary.refused ? `; ${shared.summary.refused} not prepared (see why below)` : ''}
              {shared.withheld ? `; ${shared.withheld} held back because too few cases are like them` : ''}.
            </p>
            <Refusals refused={shared.refused} />
            {Object.keys(shared.summary.notes).length > 0 ? (
              <ul data-testid="notes">
                {Object.entries(shared.summary.notes).map(([what, n]) => (
                  <li key={what}>
                    {what}: {n}
                  </li>
                ))}
              </ul>
            ) : null}
            {shared.pairs.length > 1 ? (
              <p>
                <label htmlFor="shown-report">Case shown below: </label>
                <select id="shown-report" value={shownReport} onChange={(e) => setShownReport(Number(e.target.value))}>
                  {shared.pairs.map((p, i) => (
                    <option key={i} value={i}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </p>
            ) : null}
            {pair ? (
              <>
                <p data-testid="outcome-counts">
                  {outcomeCounts(rows)
                    .map((c) => `${OUTCOMES[c.outcome]}: ${c.count}`)
                    .join(' · ')}
                </p>
                <p>
                  <input type="checkbox" id="show-kept" checked={showKept} onChange={(e) => setShowKept(e.target.checked)} data-testid="show-kept" />{' '}
                  <label htmlFor="show-kept">Also list the data points shared as they are</label>
                </p>
                <Comparison facts={facts} rows={showKept ? rows : rows.filter((r) => r.outcome !== 'kept')} />
              </>
            ) : null}
          </>
        ) : null}
      </Step>

      <Step number={5} title="Download the shared file" id="step-download">
        {shared && shared.summary.shared > 0 ? (
          <>
            <a className="button button--primary" href={shared.url} download={`htfds-shared-${profile}.ndjson`} data-testid="download-ndjson">
              Download the shared file (.ndjson)
            </a>
            <button type="button" className={`button button--secondary ${styles.second}`} onClick={() => downloadWorkbook(engine, shared, profile)} data-testid="download-workbook">
              Download as a workbook (.xlsx)
            </button>
            <p className={styles.note}>
              The file is one prepared case per line, exactly as <code>htfds anonymise --profile {profile}</code> writes it: send it to the recipient
              the way your group agreed. The workbook holds the same cases, to read them in Excel or LibreOffice.
            </p>
          </>
        ) : (
          <p>The shared file can be downloaded once it is prepared (step 4).</p>
        )}
      </Step>

      <Step number={6} title="Send it to your group’s hub (optional)" id="step-send">
        <SendToHub bundleUrl={sendBundle} facts={facts} profile={chosenProfile} pairs={shared?.pairs} />
      </Step>
    </div>
  );
}
