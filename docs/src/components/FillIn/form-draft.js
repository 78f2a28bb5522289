// The form as it is being filled in, kept in this browser only (localStorage) as the answers change, so that a
// reload or a closed tab loses nothing. Never sent anywhere. The case made when the form is sent is kept apart
// (draft.js).
const FORM_DRAFT_KEY = 'htfds-form-in-progress';
/** Answers are written a moment after the last change, not at every key typed. */
const SAVE_AFTER_MS = 400;

/** The form an instance belongs to: its root element's id and version (for an XForm, of its first instance). */
function formOf(xml, isXForm) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const root = isXForm ? doc.getElementsByTagNameNS('*', 'instance')[0]?.firstElementChild : doc.documentElement;
  return root ? `${root.getAttribute('id')} ${root.getAttribute('version')}` : null;
}

/**
 * The kept draft, or null: { instanceXml, savedAt, fits }. `fits` is false for a draft of another version of the
 * form, which the engine cannot open.
 */
export function readFormDraft(formXml) {
  let draft;
  try {
    draft = JSON.parse(window.localStorage.getItem(FORM_DRAFT_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof draft?.instanceXml !== 'string') return null;
  return { ...draft, fits: formOf(draft.instanceXml, false) === formOf(formXml, true) };
}

export function clearFormDraft() {
  window.localStorage.removeItem(FORM_DRAFT_KEY);
}

/** Saves the instances pushed to it, the last one a moment after the changes stop; `onFailure` if it cannot. */
export function draftSaver(onFailure) {
  let pending = null;
  let timer = null;
  const write = () => {
    clearTimeout(timer);
    if (pending === null) return;
    try {
      window.localStorage.setItem(FORM_DRAFT_KEY, JSON.stringify({ instanceXml: pending, savedAt: new Date().toISOString() }));
    } catch {
      onFailure(); // storage full or turned off
    }
    pending = null;
  };
  return {
    push(instanceXml) {
      pending = instanceXml;
      clearTimeout(timer);
      timer = setTimeout(write, SAVE_AFTER_MS);
    },
    /** Writes what is pending now (the page is going). */
    flush: write,
    /** Forgets what is pending (the draft is being discarded). */
    cancel() {
      clearTimeout(timer);
      pending = null;
    },
  };
}
