/**
 * The JetStream message IDs a member's client gives what it publishes to the hub: one place for the member client
 * and for the exchange description, which documents them and shows them in its examples. A repeat of the same
 * message within the stream's duplicate window is stored once.
 */
import { digest } from './checks.js';

export const memberMessageIds = {
  /** The same report to the same addressee is one submission; to another addressee, another. */
  submission: (member: string, recordId: string, to: string | undefined, body: string) => digest('submission', member, recordId, to ?? '', body),
  /** A request ID made afresh for each withdrawal: the client's retries of one request share it, a later request does not. */
  withdrawal: (member: string, recordId: string, requestId: string) => digest('withdrawal', member, recordId, requestId),
  outcome: (member: string, recordId: string, body: string) => digest('outcome', member, recordId, body),
  alert: (member: string, recordId: string, body: string) => digest('alert', member, recordId, body),
};
