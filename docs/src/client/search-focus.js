// The site search loads its index the first time its box gets the focus, and then puts the focus back in the box,
// even when the person has meanwhile moved on with Tab: a keyboard user passing the box would be pulled back to
// it. A focus the box takes without anything the person did just before (a key, a click, a touch) is handed back
// to the element the person had moved to.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const SEARCH_BOX = '.navbar__search-input';
/**
 * How soon after a key, a click or a touch a focus change is the person's doing: the browser moves the focus at
 * once (the search's shortcut too), while the index takes far longer to load.
 */
const PERSONS_DOING_MS = 100;

if (ExecutionEnvironment.canUseDOM) {
  let lastInput = 0;
  const noteInput = () => (lastInput = performance.now());
  for (const type of ['keydown', 'pointerdown', 'mousedown', 'touchend']) document.addEventListener(type, noteInput, true);
  document.addEventListener(
    'focusin',
    (event) => {
      const left = event.relatedTarget;
      if (!event.target.matches?.(SEARCH_BOX) || !left?.isConnected || performance.now() - lastInput < PERSONS_DOING_MS) return;
      left.focus({ preventScroll: true });
    },
    true,
  );
}
