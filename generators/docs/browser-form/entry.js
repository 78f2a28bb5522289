// The online form of the site's page "Fill in a case online": ODK Web Forms (the engine of ODK Central's web
// forms) rendering the generated HTFDS XForm, the same questionnaire as the mobile and paper forms. Each
// submission is handed to the page as the instance XML, which the importer of `htfds import` reads.
import { createApp, h } from 'vue';
import { OdkWebForm, webFormsPlugin } from '@getodk/web-forms';

/** Renders the form in `element`; `onSubmit(xml, status)` gets each submission. Returns a function that removes it. */
export function mountForm(element, formXml, onSubmit) {
  const app = createApp({
    render: () =>
      h(OdkWebForm, {
        formXml,
        // The HTFDS form has no attachments (no media, no external choice files).
        fetchFormAttachment: async () => new Response('', { status: 404 }),
        onSubmit: async (payload, callback) => {
          const instance = payload.data[0].get('xml_submission_file');
          await onSubmit(await instance.text(), payload.status);
          callback({ status: 'success' });
        },
      }),
  }).use(webFormsPlugin);
  app.mount(element);
  nameEveryInput(element);
  const observer = new MutationObserver(() => nameEveryInput(element));
  observer.observe(element, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    app.unmount();
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
