// The hub's worker started from the TypeScript sources (tests, the checkout's CLI through tsx): Node 20 applies no
// module loader to a worker's entry, so this registers tsx first. Not compiled, so not published: the package's
// worker is the compiled shaping-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./shaping-worker.ts');
