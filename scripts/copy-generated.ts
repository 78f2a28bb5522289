/** After tsc: the generated modules (JavaScript and declarations) go next to the compiled library. */
import { cpSync } from 'node:fs';

cpSync('src/generated', 'dist/lib/src/generated', { recursive: true });
