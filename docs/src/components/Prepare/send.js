// The optional last step of "Prepare a case for sharing": send the prepared cases to the group's hub over NATS
// WebSocket, with the member's user name and password typed in the page, as `htfds submit` does (the same library
// code, in its own bundle of this site, loaded only when the person presses Send). The password is held only
// until the sending ends and goes only to the address typed in; nothing is stored.
import React, { useEffect, useState } from 'react';
import { pointerInWords } from '../Validator/findings.js';
import { importFromSite } from '../Validator/site-bundles.js';
import styles from './styles.module.css';

function Field({ id, label, note, ...input }) {
  return (
    <p className={styles.sendField}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input id={id} className={styles.sendInput} spellCheck={false} autoCapitalize="off" autoComplete="off" aria-describedby={note ? `${id}-note` : undefined} {...input} />
      {note ? (
        <span id={`${id}-note`} className={styles.note}>
          {note}
        </span>
      ) : null}
    </p>
  );
}

function Answer({ facts, pairs, outcome }) {
  const labelOf = (recordId) => pairs.find((p) => p.after.recordId === recordId)?.label ?? 'A case';
  const refused = new Map(outcome.validation.map((v) => [v.payload.recordId, v.payload.findings ?? []]));
  return (
    <div role="status" data-testid="send-result">
      {outcome.submitted.map((s) =>
        refused.has(s.recordId) ? (
          <div key={s.recordId} className="alert alert--danger margin-bottom--sm" data-testid="send-refused">
            <strong>{labelOf(s.recordId)}: the hub did not accept it, and has not passed it on.</strong> What it found:
            <ul>
              {refused.get(s.recordId).map((f, i) => (
                <li key={i}>
                  {f.path ? <strong>{pointerInWords(facts, f.path)}: </strong> : null}
                  {f.message} {f.hint}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div key={s.recordId} className="alert alert--success margin-bottom--sm" data-testid="send-accepted">
            <strong>{labelOf(s.recordId)}:</strong>{' '}
            {s.duplicate
              ? 'the hub already had this exact case; it will not be passed on twice.'
              : outcome.unread
                ? `the hub received it (number ${s.sequence} in its queue). Other messages from the hub were waiting for your organisation, so its answer about this case may be among them: whoever reads your organisation’s hub messages will see it.`
                : `the hub received it (number ${s.sequence} in its queue) and reported no problem with it; it passes it on to the members of your group allowed to have it. Should it find a problem later, your organisation gets its report the usual way.`}
          </div>
        ),
      )}
    </div>
  );
}

const NONE = [];

/** `pairs`: the prepared cases ({ label, after }); nothing is sent until the person presses the button. */
export default function SendToHub({ bundleUrl, facts, profile, pairs = NONE }) {
  const [address, setAddress] = useState('');
  const [member, setMember] = useState('');
  const [password, setPassword] = useState('');
  const [to, setTo] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState(null);
  const [failure, setFailure] = useState(null);
  // A new preparation is a new thing to send: the answer about the last one goes.
  useEffect(() => (setOutcome(null), setFailure(null)), [pairs]);
  // The internal profile keeps the identifiers: such a copy is for your own records and is never sent.
  const forSharing = profile ? profile.outputTlp !== 'unchanged' : true;
  // Cases prepared as leads (identifiers kept linkable) go only to the member they are addressed to.
  const asLeads = profile?.recordIdentifiers === 'keyed';
  const ready = forSharing && pairs.length > 0 && address.trim() && member.trim() && password && !sending;

  const send = async () => {
    setSending(true);
    setOutcome(null);
    setFailure(null);
    try {
      const hub = await importFromSite(bundleUrl);
      try {
        setOutcome(await hub.sendToHub({ address, member: member.trim(), password, profile: profile.name, reports: pairs.map((p) => p.after), ...(asLeads && to.trim() ? { to: to.trim() } : {}) }));
        // Sent: the password is not kept for a next time.
        setPassword('');
      } catch (error) {
        setFailure(error instanceof hub.SendError ? error.message : 'The cases could not be sent. Try again; if it fails again, send the downloaded file the way your group agreed.');
      }
    } catch {
      setFailure('This page could not load its sending tool from this site. Reload the page.');
    } finally {
      setSending(false);
    }
  };

  return (
    <div data-testid="send">
      <p>
        Only if your sharing group runs a hub: it checks each case again and passes it on to the members allowed to have it. Your hub operator
        gives you its address and your organisation’s user name and password. Otherwise, send the downloaded file the way your group agreed.
      </p>
      <div className={styles.sendForm}>
        <Field id="hub-address" label="The hub’s address" note="It starts with wss:// (ws:// only for a hub on this computer)." type="text" inputMode="url" placeholder="wss://hub.example.org:8443" value={address} onChange={(e) => setAddress(e.target.value)} data-testid="hub-address" />
        <Field id="hub-user" label="Your organisation’s user name" type="text" value={member} onChange={(e) => setMember(e.target.value)} data-testid="hub-user" />
        <Field id="hub-password" label="Password" note="Used only to send, and only to the address above; it is not stored." type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="hub-password" />
        {asLeads ? (
          <Field id="hub-to" label="The bank or unit these leads are for" note="Its user name in your group, from your hub operator. Leads go to that member alone; left empty, the cases go only to members who get anonymised records." type="text" value={to} onChange={(e) => setTo(e.target.value)} data-testid="hub-to" />
        ) : null}
      </div>
      <button type="button" className="button button--primary" disabled={!ready} onClick={send} data-testid="send-button">
        {sending ? 'Sending…' : `Send ${pairs.length === 1 ? 'the prepared case' : pairs.length > 1 ? `the ${pairs.length} prepared cases` : 'the prepared cases'} to the hub`}
      </button>
      {!forSharing ? (
        <p className={styles.note} data-testid="send-not-for-sharing">
          The “{profile.title}” profile keeps the identifiers, for your own records: such a copy is never sent to a hub. Choose a profile for sharing in step 2.
        </p>
      ) : pairs.length === 0 ? (
        <p className={styles.note}>The cases can be sent once they are prepared (step 4).</p>
      ) : null}
      {failure ? (
        <div className="alert alert--danger margin-top--md" role="alert" data-testid="send-failed">
          {failure}
        </div>
      ) : null}
      {outcome ? <Answer facts={facts} pairs={pairs} outcome={outcome} /> : null}
    </div>
  );
}
