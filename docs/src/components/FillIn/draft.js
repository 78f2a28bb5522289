// The case filled in online, kept in this browser only (localStorage), never sent anywhere.
const DRAFT_KEY = 'htfds-case-filled-online';

/** The saved case, or null: { report, errors, savedAt }. */
export function readDraft() {
  try {
    return JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function saveDraft(report, errors) {
  const draft = { report, errors, savedAt: new Date().toISOString() };
  window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  return draft;
}

export function clearDraft() {
  window.localStorage.removeItem(DRAFT_KEY);
}
