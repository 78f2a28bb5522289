/**
 * Local time of the synthetic bank: timestamps are written in ISO 8601 with the UTC offset of the bank's
 * country on that day (summer time included), because rules about night-time read the local hour.
 */

/** Countries a synthetic bank may be in: their time zone and currency. */
export const BANK_COUNTRIES: Record<string, { timeZone: string; currency: string }> = {
  AT: { timeZone: 'Europe/Vienna', currency: 'EUR' },
  BE: { timeZone: 'Europe/Brussels', currency: 'EUR' },
  DE: { timeZone: 'Europe/Berlin', currency: 'EUR' },
  ES: { timeZone: 'Europe/Madrid', currency: 'EUR' },
  FR: { timeZone: 'Europe/Paris', currency: 'EUR' },
  GB: { timeZone: 'Europe/London', currency: 'GBP' },
  IE: { timeZone: 'Europe/Dublin', currency: 'EUR' },
  IT: { timeZone: 'Europe/Rome', currency: 'EUR' },
  NL: { timeZone: 'Europe/Amsterdam', currency: 'EUR' },
  PL: { timeZone: 'Europe/Warsaw', currency: 'PLN' },
  PT: { timeZone: 'Europe/Lisbon', currency: 'EUR' },
  RO: { timeZone: 'Europe/Bucharest', currency: 'RON' },
  US: { timeZone: 'America/New_York', currency: 'USD' },
};

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export class BankClock {
  private readonly offsets = new Map<number, string>();
  private readonly format: Intl.DateTimeFormat;
  /** Day number (days since 1970-01-01) of the first day of the period. */
  readonly firstDay: number;
  readonly days: number;

  constructor(
    timeZone: string,
    start: string,
    months: number,
  ) {
    this.format = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' });
    const first = Date.parse(`${start}T00:00:00Z`);
    const end = new Date(first);
    end.setUTCMonth(end.getUTCMonth() + months);
    this.firstDay = first / DAY_MS;
    this.days = Math.round((end.getTime() - first) / DAY_MS);
  }

  /** The UTC offset at noon of a day, e.g. "+01:00"; one lookup per day, then cached. */
  private offset(day: number): string {
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const name = this.format.formatToParts(new Date(day * DAY_MS + DAY_MS / 2)).find((p) => p.type === 'timeZoneName')!.value;
      offset = name === 'GMT' ? '+00:00' : name.slice(3);
      this.offsets.set(day, offset);
    }
    return offset;
  }

  /** A local timestamp: day of the period (0-based) and minute of the local day. */
  timestamp(dayOfPeriod: number, minuteOfDay: number, second = 0): string {
    const day = this.firstDay + dayOfPeriod;
    const d = new Date(day * DAY_MS);
    const minute = Math.min(1439, Math.max(0, Math.floor(minuteOfDay)));
    return `${d.toISOString().slice(0, 10)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(second)}${this.offset(day)}`;
  }

  /** The date (YYYY-MM-DD) of a day of the period; negative days fall before it. */
  date(dayOfPeriod: number): string {
    return new Date((this.firstDay + dayOfPeriod) * DAY_MS).toISOString().slice(0, 10);
  }

  /** The day of the week of a day of the period, 0 = Sunday. */
  weekday(dayOfPeriod: number): number {
    return new Date((this.firstDay + dayOfPeriod) * DAY_MS).getUTCDay();
  }

  /** The 0-based days of the period that fall on a given day of the month (clamped to the month's last day). */
  monthDays(dayOfMonth: number): number[] {
    const out: number[] = [];
    const start = new Date(this.firstDay * DAY_MS);
    for (let m = 0; ; m++) {
      const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
      const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 0)).getUTCDate();
      const day = (monthStart - this.firstDay * DAY_MS) / DAY_MS + Math.min(dayOfMonth, lastDay) - 1;
      if (day >= this.days) break;
      if (day >= 0) out.push(day);
    }
    return out;
  }

  /** The month (YYYY-MM) of a day of the period. */
  month(dayOfPeriod: number): string {
    return this.date(dayOfPeriod).slice(0, 7);
  }
}
