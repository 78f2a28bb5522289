/** Runs `htfds validate` on one file in this process and prints its wall time and peak RSS as JSON. */
import { Writable } from 'node:stream';
import { validateCommand } from '../src/cli/validate-command.js';

const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const start = process.hrtime.bigint();
const exitCode = await validateCommand([process.argv[2]!], { format: 'text', examples: 5, stdout: discard, stderr: discard });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, exitCode }));
