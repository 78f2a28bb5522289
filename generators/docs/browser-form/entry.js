// The online form of the site's page "Fill in a case online": ODK Web Forms (the engine of ODK Central's web
// forms) rendering the generated HTFDS XForm, the same questionnaire as the mobile and paper forms. Each
// submission is handed to the page as the instance XML, which the importer of `htfds import` reads; so is each
// change of the answers, for the page to keep as a draft in the browser.
import { createApp, h } from 'vue';
import { engineStyles } from './engine-styles.js';
import { FORM_HOLDER_CLASS } from './scope-css.js';
import { showQuestion } from './show-answer.js';

/**
 * Renders the form in `element` and resolves to `{ unmount, showAnswer }`: `unmount()` removes it, with the
 * engine's style sheets; `showAnswer(pointer)` takes the person to the question holding a value of the case
 * report (resolves to false if the form shows none).
 * - `onSubmit(xml, status)` gets each submission;
 * - `instanceXml`, when given, is a draft of this form's instance to continue (opened as an edit of it);
 * - `onChange(xml)` gets the instance each time an answer changes.
 */
export async function mountForm(element, formXml, { onSubmit, instanceXml = null, onChange = () => {} }) {
  // The engine is loaded here, not when this module is: its style sheets, added to the page when it loads and
  // while it runs, are then known to be its own, and leave the page with the form.
  // The engine's style sheets apply within this element (and the engine's pop-ups) only.
  element.classList.add(FORM_HOLDER_CLASS);
  const styles = engineStyles.show();
  let engine;
  try {
    engine = await import('@getodk/web-forms');
  } catch (error) {
    styles.hide();
    throw error;
  }
  const { OdkWebForm, webFormsPlugin } = engine;
  const app = createApp({
    render: () =>
      h(OdkWebForm, {
        formXml,
        // The HTFDS form has no attachments (no media, no external choice files).
        fetchFormAttachment: async () => new Response('', { status: 404 }),
        editInstance: instanceXml ? { resolveInstance: async () => instanceXml, attachmentFileNames: [], resolveAttachment: async () => new Blob([]) } : undefined,
        onSubmit: async (payload, callback) => {
          const instance = payload.data[0].get('xml_submission_file');
          await onSubmit(await instance.text(), payload.status);
          callback({ status: 'success' });
        },
      }),
  }).use(webFormsPlugin);
  // The engine does not hand its form state to the host page; its header component receives the form's root
  // node, whose instance XML follows every answer (the engine's state is Vue-reactive).
  let formRoot = null;
  app.mixin({
    created() {
      const root = this.$props?.form;
      if (root?.nodeType === 'root' && root.instanceState) {
        formRoot = root;
        this.$watch(() => root.instanceState.instanceXML, (xml) => onChange(xml));
      }
    },
  });
  app.mount(element);
  nameEveryInput(element);
  const stopFocusingNewItems = focusNewRepeatItems(element);
  const observer = new MutationObserver(() => nameEveryInput(element));
  observer.observe(element, { childList: true, subtree: true });
  return {
    unmount() {
      observer.disconnect();
      stopFocusingNewItems();
      app.unmount();
      styles.hide();
    },
    // The form is drawn a moment after it is mounted (and a draft read into it): tried until it is, for 10 s at most.
    async showAnswer(pointer) {
      for (let tries = 0; tries < 100; tries++) {
        if (formRoot && showQuestion(formRoot, pointer)) return true;
        await new Promise((wait) => setTimeout(wait, 100));
      }
      return false;
    },
  };
}

/**
 * The engine's drop-downs and date fields are not tied to their question's label, so a screen reader announces
 * them without a name: each is given the label of its question.
 */
function nameEveryInput(element) {
  for (const question of element.querySelectorAll('.question-container')) {
    const label = question.querySelector('label[for]');
    const text = label?.textContent?.trim();
    if (!text) continue;
    for (const input of question.querySelectorAll('[role="combobox"], input[type="text"], input:not([type]), textarea')) {
      if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby') && !input.closest('label')) input.setAttribute('aria-label', text);
    }
  }
}

/** Where a question's answer is typed or chosen, or the first control of the question. */
const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea, select, [role="combobox"], button, [tabindex]:not([tabindex="-1"])';

/**
 * The engine leaves the focus on a repeat's "Add …" button, below the item it has just added (a whole victim
 * profile, hundreds of keyboard stops): the focus is taken to the new item's first question, as a person who cannot
 * use a pointer needs. Returns a function that stops doing so.
 */
function focusNewRepeatItems(element) {
  const onClick = (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !/^\s*Add\b/.test(button.textContent ?? '')) return;
    // The new item is told by its questions: the first one not on the page before the click that takes an answer.
    const before = new Set(element.querySelectorAll('.question-container'));
    let tries = 0;
    const look = () => {
      const added = [...element.querySelectorAll('.question-container')].filter((question) => !before.has(question));
      const control = added.map((question) => question.querySelector(FOCUSABLE)).find(Boolean);
      if (control) return control.focus();
      if (++tries < 100) setTimeout(look, 20);
    };
    setTimeout(look, 0);
  };
  // Captured, so the questions on the page are counted before the engine's own handler draws the new item.
  element.addEventListener('click', onClick, true);
  return () => element.removeEventListener('click', onClick, true);
}

