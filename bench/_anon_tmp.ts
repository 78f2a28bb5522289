import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pseudonymiseForGroup } from '../dist/lib/src/hub/member.js';
import { parseJson } from '../dist/lib/src/hub/checks.js';
import { anonymiseValidReport } from '../dist/lib/src/share/anonymise.js';
const KEY = new Uint8Array(32).fill(9);
const ex = readdirSync('examples').map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')));
const parsed: unknown[] = [];
for (let i = 0; i < 2000; i++) { try { const r = pseudonymiseForGroup({ ...ex[i % ex.length], recordId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }, { profile: 'tactical', key: KEY, keyId: 'bench-key' }); parsed.push(parseJson(new TextEncoder().encode(JSON.stringify(r)))); } catch {} }
for (let k = 0; k < 8; k++) { const t = performance.now(); for (const p of parsed) anonymiseValidReport(p, { profile: 'tactical', keyId: 'bench-key', recordIdsKeyedBySubmitter: true }); console.log(((performance.now() - t) / parsed.length * 1000).toFixed(0), 'µs'); }
