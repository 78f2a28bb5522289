#!/usr/bin/env node
/** The users' `htfds` command: validate, import, export, anonymise, stats, upgrade. */
import { createProgram } from './program.js';
import { runProgram } from './run.js';

await runProgram(createProgram());
