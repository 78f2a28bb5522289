/**
 * What the docs site's page "Prepare a case for sharing" runs when a member sends the prepared cases to the
 * group's hub: the library's MemberClient (the subjects, headers and message IDs of `htfds submit`) on a NATS
 * connection over WebSocket, which browsers have natively. The user name and password are used for this one
 * connection, to the address the person typed, and are not kept. Failures come back as one sentence in plain words.
 */
import { LOOPBACK_HOST } from './hub/loopback.js';
import { jetstream } from '@nats-io/jetstream';
import { AuthorizationError, headers, PermissionViolationError, TimeoutError, wsconnect, type NatsConnection } from '@nats-io/nats-core';
import runtimeModel from './generated/runtime-model.js';
import { MemberClient, type Delivery, type SubmitResult } from './hub/member.js';
import { connectionOptions } from './hub/nats-client.js';
import { inboxPrefix } from './hub/subjects.js';

export interface SendRequest {
  /** The hub's WebSocket address, ws:// (loopback only, the hub refuses otherwise) or wss://. */
  address: string;
  member: string;
  password: string;
  /** The profile the reports were prepared under: one for sharing (the internal profile keeps identifiers). */
  profile: string;
  /** The prepared (pseudonymised) reports, each with its recordId. */
  reports: Record<string, unknown>[];
  /** The member the cases are leads for (a bank or FIU); without it they go only to recipients of anonymised records. */
  to?: string;
  /** How long to wait for the hub's validation reports after the last submission. */
  waitMs?: number;
}

export interface SendOutcome {
  submitted: (SubmitResult & { recordId: string })[];
  /** The hub's validation reports about the submitted records (none when it took them all). */
  validation: Delivery[];
  /** Other messages from the hub were waiting for this member: an answer about these records may be among them. */
  unread: boolean;
}

/** How long the page waits for the hub to open the connection before it gives up and says so. */
export const CONNECT_TIMEOUT_MS = 5000;

/** A failure the page shows as it is: one sentence, no stack, no personal data. */
export class SendError extends Error {}

/** The address as a WebSocket URL, or a plain-words refusal. */
export function hubAddress(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SendError('The hub address is not a web address: it starts with wss:// (or ws:// on this computer), for example wss://hub.example.org:8443.');
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') throw new SendError('The hub address must start with wss:// (or ws:// for a hub on this computer): ask your hub operator for its WebSocket address.');
  // Without TLS the password would cross the network in clear: ws:// only to this computer, as the hub allows it.
  if (url.protocol === 'ws:' && !LOOPBACK_HOST.test(url.hostname)) throw new SendError('A hub on another computer is reached with wss:// only (ws:// would send your password unprotected): ask your hub operator for its wss:// address.');
  return url.href;
}

/** Whether a profile makes a copy for sharing (the internal one leaves the report as it is, identifiers and all). */
export const isForSharing = (profile: string) => Object.hasOwn(runtimeModel.profiles, profile) && runtimeModel.profiles[profile]!.outputTlp !== 'unchanged';

function explain(error: unknown, address: string, connected: boolean): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof TimeoutError && !connected) return new SendError(`The hub at ${address} did not answer within ${CONNECT_TIMEOUT_MS / 1000} seconds. Check the address and that this computer is connected, then try again.`);
  if (error instanceof AuthorizationError) return new SendError('The hub did not accept this user name and password. Check them with your hub operator and try again.');
  // A publication the member may not make fails its request, with the permission error as the cause.
  if (error instanceof PermissionViolationError || (error instanceof Error && error.cause instanceof PermissionViolationError)) return new SendError('The hub does not let this user send cases: ask your hub operator to give your organisation the submitter role.');
  return new SendError(`The hub at ${address} could not be reached. Check the address and that this computer is connected, then try again.`);
}

/** Connects as the member, submits each report as `htfds submit` does, and collects the hub's validation reports. */
export async function sendToHub(request: SendRequest): Promise<SendOutcome> {
  // Before any connection: a case that still carries identifiers never leaves the page.
  if (!isForSharing(request.profile)) throw new SendError(`Cases prepared under the “${runtimeModel.profiles[request.profile]?.title ?? request.profile}” profile are not sent to a hub: prepare them under a profile for sharing (step 2) first.`);
  const address = hubAddress(request.address);
  let nc: NatsConnection | undefined;
  try {
    const options = await connectionOptions({ nats: { servers: [address] } }, request.member, request.password, inboxPrefix(request.member));
    // The connection's timeout covers opening the WebSocket and the hub's first answer.
    nc = await wsconnect({ ...options, maxReconnectAttempts: 0, timeout: CONNECT_TIMEOUT_MS });
    const client = MemberClient.onConnection(request.member, nc, jetstream, headers);
    const submitted: SendOutcome['submitted'] = [];
    const to = request.to?.trim() || undefined;
    for (const report of request.reports) submitted.push({ recordId: String(report.recordId), ...(await client.submit(report, to ? { to } : {})) });
    const answers = await client.validationReports(
      submitted.map((s) => s.recordId),
      request.waitMs ?? 5000,
    );
    return { submitted, validation: answers.reports, unread: answers.unread };
  } catch (error) {
    throw explain(error, address, nc !== undefined);
  } finally {
    await nc?.close().catch(() => {});
  }
}
