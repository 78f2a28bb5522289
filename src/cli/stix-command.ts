/** `htfds stix --catalogue` and `htfds stix <alerts.ndjson…>`: STIX 2.1 bundles for threat-intelligence platforms. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { packagePath } from '../detect/package-root.js';
import { MessageError, parseAlertMessage } from '../exchange/messages.js';
import { alertLines } from '../io/alert-lines.js';
import { UnusableInputError } from '../io/read-records.js';
import { TLP_ORDER } from '../share/tlp.js';
import { readCatalogue } from '../stix/catalogue.js';
import { alertsBundle, catalogueBundle, sightingKey, stixTimestamp, type AlertForStix } from '../stix/stix-bundle.js';
import { isTlp, type TlpMarking } from '../stix/tlp-markings.js';

export interface StixCommandOptions {
  catalogue: boolean;
  out?: string;
  tlp: string;
  reporter?: string;
  timestamp?: string;
  stdout: Writable;
  stderr: Writable;
}

function shippedRules(): Set<string> {
  const dir = packagePath('schema', 'rules');
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)) : []);
}

/** Reads indicator-alert messages, one JSON object {headers, payload} per line, checking each as the hub would. */
async function readAlerts(file: string): Promise<AlertForStix[]> {
  const alerts: AlertForStix[] = [];
  for await (const { line, message } of alertLines(file)) {
    try {
      const parsed = parseAlertMessage({ headers: message.headers, payload: message.payload });
      const payload = parsed.payload as typeof parsed.payload & { detection?: AlertForStix['detection'] };
      const o = payload.observation;
      alerts.push({
        tlp: parsed.headers.tlp as TlpMarking,
        recordId: payload.recordId,
        indicatorId: o.indicatorId,
        status: o.status,
        ...(typeof o.confidence === 'string' ? { confidence: o.confidence } : {}),
        ...(typeof o.firstObserved === 'string' ? { firstObserved: o.firstObserved } : {}),
        ...(payload.detection && typeof payload.detection === 'object' ? { detection: payload.detection } : {}),
      });
    } catch (error) {
      if (!(error instanceof MessageError)) throw error;
      const first = error.findings[0];
      throw new UnusableInputError(`${error.message}${first ? ` at ${first.path}: ${first.message}` : ''}`, file, `line ${line}`);
    }
  }
  return alerts;
}

export async function stixCommand(inputs: string[], options: StixCommandOptions): Promise<number> {
  if (options.catalogue === inputs.length > 0) throw new UnusableInputError(options.catalogue ? 'give either --catalogue or alert files, not both' : 'give alert files (NDJSON written by htfds detect) or --catalogue', 'htfds stix');
  if (!isTlp(options.tlp)) throw new UnusableInputError(`is not a TLP 2.0 marking; give one of ${TLP_ORDER.join(', ')}`, '--tlp');
  let timestamp: string;
  try {
    timestamp = stixTimestamp(options.timestamp ?? new Date());
  } catch {
    throw new UnusableInputError('is not a date and time; give ISO 8601, e.g. 2026-03-01T00:00:00Z', '--timestamp');
  }
  const catalogue = { ...readCatalogue(packagePath('schema')), rules: shippedRules(), timestamp };

  let bundle;
  if (options.catalogue) bundle = catalogueBundle({ ...catalogue, tlp: options.tlp });
  else {
    const alerts: AlertForStix[] = [];
    for (const file of inputs) alerts.push(...(await readAlerts(file)));
    // A sighting says the indicator was seen: alerts that say it was not (or not looked for) have no STIX form.
    const seen = alerts.filter((a) => a.status === 'observed' || a.status === 'suspected');
    const unique = [...new Map(seen.map((a) => [sightingKey(a), a])).values()];
    if (seen.length < alerts.length) options.stderr.write(`htfds: ${alerts.length - seen.length} alert(s) with status notObserved or notAssessed are not sightings and were left out\n`);
    if (unique.length < seen.length) options.stderr.write(`htfds: ${seen.length - unique.length} alert(s) repeat the record and indicator of another and were exported once\n`);
    if (unique.length === 0) throw new UnusableInputError('hold no alert that observed or suspected an indicator; nothing to export', inputs.join(', '));
    bundle = alertsBundle({ alerts: unique, catalogue, ...(options.reporter ? { reporter: options.reporter } : {}) });
  }
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else options.stdout.write(text);
  const counts = new Map<string, number>();
  for (const o of bundle.objects) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  options.stderr.write(`STIX 2.1 bundle: ${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')}\n`);
  return 0;
}
