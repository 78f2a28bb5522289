/**
 * A record's own retention: the date its sharing section says recipients must delete it or review whether they
 * still need it (sharing.retentionUntil). The hub, which only passes records on, holds nothing of a record after
 * that date: it refuses one whose date has passed, and removes what it holds of one when the date passes before
 * the group's own retention (retention.recordDays) would.
 */
type Json = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The record's keep-until date, when it gives one (a missing-value code gives none). */
export function keepUntilOf(report: unknown): string | undefined {
  const sharing = report !== null && typeof report === 'object' ? (report as Json).sharing : undefined;
  const date = sharing !== null && typeof sharing === 'object' ? (sharing as Json).retentionUntil : undefined;
  return typeof date === 'string' && DATE.test(date) ? date : undefined;
}

/** The day an instant falls on in UTC, as the schema writes dates. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Whether a keep-until date has passed on a day: a record may be held through the whole of its date. */
export const hasPassed = (keepUntil: string, today: string): boolean => keepUntil < today;

/** Whether the group's retention, counted from today, would remove the record before its own date does. */
export function streamsOutlive(keepUntil: string, today: string, recordDays: number): boolean {
  const streamsKeepUntil = utcDay(new Date(Date.parse(`${today}T00:00:00Z`) + recordDays * 86_400_000));
  return keepUntil < streamsKeepUntil;
}

/**
 * What the hub keeps to remove one version of a record on its keep-until date: each version (content) its own
 * entry, naming the index entries of that version's deliveries, so that a later version keeps its own date.
 */
export interface KeepUntilEntry {
  submitter: string;
  recordId: string;
  keepUntil: string;
  /** The index versions (subjects under the record's index prefix) whose deliveries go on that date. */
  versions: string[];
}
