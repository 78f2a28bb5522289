// The form engine's style sheets (ODK Web Forms and PrimeVue add <style> elements to the document's head when
// they load and while the form runs, and leave them there when the form goes). The site moves from page to page
// without reloading, so they would restyle the other pages: they are taken out when the form goes and put back,
// where they were, when it comes again (the engine, already loaded, does not add them all again). While the form
// is shown, every rule of theirs is confined to the form and its pop-ups (scope-css.js), also when the engine
// rewrites one of them.
import { scopeStyleElement } from './scope-css.js';

/** Every <style> the engine added, in order; `first` when it was put at the head's start rather than its end. */
const added = [];
let watcher = null;
/** The text each sheet had once confined: a different text is the engine's, to confine again. */
const confined = new WeakMap();

function confine(style) {
  if (confined.get(style) === style.textContent) return;
  scopeStyleElement(style);
  confined.set(style, style.textContent);
}

function keep(mutations) {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (node.nodeName === 'STYLE' && !added.some((a) => a.node === node)) added.push({ node, first: mutation.previousSibling === null });
    }
  }
  // The sheets added, and any whose text the engine rewrote.
  for (const { node } of added) if (node.isConnected) confine(node);
}

/** How many forms are on the page (one, or two for a moment while one replaces another). */
let forms = 0;

export const engineStyles = {
  /** Puts back the sheets of an earlier visit and records every <style> added from now on, until the last `hide()`. */
  show() {
    forms += 1;
    const head = document.head;
    for (const { node, first } of added) if (first && !node.isConnected) head.prepend(node);
    for (const { node, first } of added) if (!first && !node.isConnected) head.append(node);
    watcher ??= new MutationObserver(keep);
    watcher.observe(head, { childList: true, subtree: true, characterData: true });
    let hidden = false;
    return {
      hide() {
        if (hidden) return;
        hidden = true;
        forms -= 1;
        if (forms > 0) return;
        keep(watcher.takeRecords());
        watcher.disconnect();
        for (const { node } of added) node.remove();
      },
    };
  },
};
