// The case filled in online, kept in this browser only (localStorage), never sent anywhere.
const DRAFT_KEY = 'htfds-case-filled-online';
/** The name the case goes by when it is checked: its findings then link back to the form's questions. */
export const FILLED_ONLINE_FILE = 'case-filled-online.json';

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
