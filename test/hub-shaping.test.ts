/**
 * The hub's preparation of submissions on worker threads gives exactly what it gives on the hub's own thread:
 * the same re-shaped records, refusals and findings, for accepted, refused and unreadable submissions, including
 * bytes that are a view into a larger buffer (as a NATS message's data can be). Synthetic data only.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { mostPermissiveProfile, recipientsOf } from '../src/hub/config.js';
import { parseJson } from '../src/hub/checks.js';
import { ShapingError, shapeOnThisThread, shapeOnWorkers } from '../src/hub/shaping-pool.js';
import { example, groupConfig, pseudonymisedExample, testRecordId } from './helpers/hub-fixture.js';

const config = groupConfig();
const strictest = mostPermissiveProfile(config);
const recipients = recipientsOf(config).filter((m) => m.profile === strictest);
const inline = shapeOnThisThread(config, strictest, recipients);
const workers = shapeOnWorkers(2, config, strictest, recipients);
afterAll(() => workers.close());

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const names = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('hub preparation on worker threads', () => {
  test('the same result as on the hub\'s thread for accepted, refused and unreadable submissions', async () => {
    const submissions: Uint8Array[] = [];
    names.forEach((name, i) => {
      try {
        submissions.push(bytesOf(pseudonymisedExample(name, testRecordId(500 + i))));
      } catch {
        // An example the tactical profile may not take is not a submission a member could make.
      }
    });
    submissions.push(bytesOf({ ...example('minimal'), recordId: testRecordId(599) })); // not pseudonymised: refused
    submissions.push(bytesOf('{"recordId": '), Uint8Array.of(0xff, 0xfe, 0x00)); // not JSON, not UTF-8
    const results = await Promise.all(submissions.map((bytes) => Promise.all([inline.prepare(bytes, 'ngo1', 'bank1', parseJson(bytes)), workers.prepare(bytes, 'ngo1', 'bank1', undefined)])));
    for (const [here, there] of results) expect(there).toEqual(here);
    const accepted = results.filter(([here]) => here.ok && here.shaped.some((s) => 'payload' in s));
    expect(accepted.length).toBeGreaterThan(5);
    expect(results.filter(([here]) => !here.ok).length).toBe(3);
  });

  test('bytes that are a view into a larger buffer (a Node Buffer, as the NATS client gives): only the view is read, and the buffer stays usable', async () => {
    const report = bytesOf(pseudonymisedExample('minimal', testRecordId(600)));
    const buffer = Buffer.alloc(report.length + 20, 0x7b);
    buffer.set(report, 10);
    const view = buffer.subarray(10, 10 + report.length);
    const [here, there] = await Promise.all([inline.prepare(view, 'ngo1', 'bank1', parseJson(view)), workers.prepare(view, 'ngo1', 'bank1', undefined)]);
    expect(here.ok).toBe(true);
    expect(there).toEqual(here);
    expect(buffer.byteLength).toBe(report.length + 20);
    expect(buffer[0]).toBe(0x7b);
  });

  test('a worker that cannot start leaves the work on this thread, says so once, and loses nothing', async () => {
    const reasons: string[] = [];
    // A recipient the configuration does not list: the worker refuses to start with it; this thread is given it directly.
    const stranger = { ...recipients[0]!, id: 'not-a-member' };
    const fallback = shapeOnWorkers(2, config, strictest, [stranger], (reason) => reasons.push(reason));
    try {
      const bytes = bytesOf(pseudonymisedExample('minimal', testRecordId(601)));
      let prepared: Awaited<ReturnType<typeof fallback.prepare>> | undefined;
      // What the failing workers held is refused (the hub would take it again); once they are gone, it runs here.
      for (let i = 0; i < 50 && !prepared; i++) {
        prepared = await fallback.prepare(bytes, 'ngo1', 'not-a-member', undefined).catch(() => undefined);
        if (!prepared) await new Promise((r) => setTimeout(r, 100));
      }
      expect(prepared).toEqual(await shapeOnThisThread(config, strictest, [stranger]).prepare(bytes, 'ngo1', 'not-a-member', parseJson(bytes)));
      expect(reasons).toEqual([expect.stringMatching(/could not start/)]);
    } finally {
      await fallback.close();
    }
  });

  test('after close, a preparation is refused at once, not left waiting', async () => {
    const closing = shapeOnWorkers(1, config, strictest, recipients);
    await closing.close();
    await expect(closing.prepare(bytesOf({}), 'ngo1', undefined, undefined)).rejects.toThrow(ShapingError);
  });
});
