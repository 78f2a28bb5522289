/**
 * A worker thread of the hub: validates and re-shapes submissions (prepareSubmission) so that the hub's own thread
 * is left with the network. It answers each request with the prepared result, or with the kind of error only: an
 * error's message could quote the submission.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSubmission } from './checks.js';
import type { ShapingRequest, ShapingResponse, ShapingSetup } from './shaping-pool.js';

const { config, strictestNeeded, recipientIds } = workerData as ShapingSetup;
const recipients = recipientIds.map((id) => {
  const member = config.members.find((m) => m.id === id);
  if (!member) throw new Error('a recipient the worker was given is not a member of the configuration');
  return member;
});

parentPort!.on('message', ({ id, bytes, submitter, to }: ShapingRequest) => {
  let response: ShapingResponse;
  try {
    response = { id, prepared: prepareSubmission(bytes, submitter, to, config, strictestNeeded, recipients) };
  } catch (error) {
    response = { id, failure: error instanceof Error ? error.name : 'unexpected failure' };
  }
  parentPort!.postMessage(response);
});
const ready: ShapingResponse = { ready: true };
parentPort!.postMessage(ready);
