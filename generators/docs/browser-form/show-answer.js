// From a finding of the validator to the question of the form that holds the value: a JSON pointer of the case
// report (`/persons/1/ageBand`) is followed down the engine's tree of the form (the instance names its elements
// as the report names its properties, and a list is a repeat whose items are in order), and the question found
// is scrolled to, focused and marked. A value the form does not show (a question not asked, given the answers)
// leads to the nearest question or group that holds it.

const unescape = (part) => part.replaceAll('~1', '/').replaceAll('~0', '~');
/** An engine node's own name: the last step of its reference, without a position (`/data/persons[2]` → `persons`). */
const nameOf = (node) => node.currentState.reference.replace(/\[\d+\]$/, '').split('/').pop();

/** The deepest node of the form shown for the pointer, or null when the pointer names nothing under the root. */
export function nodeForPointer(root, pointer) {
  let node = root;
  for (const part of pointer.split('/').slice(1).map(unescape)) {
    const children = node.currentState.children ?? [];
    const next = node.nodeType.startsWith('repeat-range') && /^\d+$/.test(part) ? children[Number(part)] : children.find((c) => nameOf(c) === part);
    if (!next || !next.currentState.relevant) break;
    node = next;
  }
  return node === root ? null : node;
}

/** The element the engine renders for a node (its id is the node's), or for the first of its children it renders. */
function elementOf(node) {
  const own = document.getElementById(`${node.nodeId}_container`) ?? document.getElementById(node.nodeId);
  if (own) return own;
  for (const child of node.currentState.children ?? []) {
    const element = elementOf(child);
    if (element) return element;
  }
  return null;
}

const SHOWN_CLASS = 'htfds-shown-answer';

/** Scrolls to the question, focuses its first control and marks it; false when nothing could be shown. */
export function showQuestion(root, pointer) {
  const node = nodeForPointer(root, pointer);
  const element = node && elementOf(node);
  if (!element) return false;
  for (const marked of document.querySelectorAll(`.${SHOWN_CLASS}`)) marked.classList.remove(SHOWN_CLASS);
  element.classList.add(SHOWN_CLASS);
  element.scrollIntoView({ block: 'center' });
  element.querySelector('input:not([type="hidden"]), textarea, [role="combobox"], button, [tabindex="0"]')?.focus({ preventScroll: true });
  return true;
}
