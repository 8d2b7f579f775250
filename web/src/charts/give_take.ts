// Give and take over time: ledger entries counted per week, month or year,
// given and received apart. Pure; the chart and its table draw the result.
//
// Times are stored in UTC; an entry counts in the calendar day it has in
// the user's time zone. The range runs from the first entry's period to
// the period of `today` (or of the last entry, if that is later), without
// gaps, so quiet months show as empty bars.
import type { Lang } from "../i18n";

export type Direction = "given" | "received";
export type Unit = "week" | "month" | "year";

// The fields of a ledger entry (GET /api/v1/ledger) that count here.
export interface LedgerLike {
  occurred_at: string;
  direction: string;
  kind: string;
}

export interface Bucket {
  start: string; // first day of the period, YYYY-MM-DD
  given: number;
  received: number;
}

export interface GiveTake {
  unit: Unit;
  buckets: Bucket[];
  given: number;
  received: number;
}

export interface GiveTakeOptions {
  today?: Date;
  timeZone?: string; // IANA name; the browser's by default
  kinds?: readonly string[]; // only these kinds; all by default
}

// Ranges up to this many days are counted per week, up to
// MAX_MONTH_DAYS per month, longer ones per year.
export const MAX_WEEK_DAYS = 92;
export const MAX_MONTH_DAYS = 3 * 366;

const DAY_MS = 86_400_000;

// Days since 1970-01-01 of the calendar day `at` has in `zone`, or null.
function dayNumber(at: Date, parts: Intl.DateTimeFormat): number | null {
  if (Number.isNaN(at.getTime())) return null;
  const f: Record<string, number> = {};
  for (const p of parts.formatToParts(at)) {
    if (p.type !== "literal") f[p.type] = Number(p.value);
  }
  return Date.UTC(f.year, f.month - 1, f.day) / DAY_MS;
}

export function chooseUnit(spanDays: number): Unit {
  if (spanDays <= MAX_WEEK_DAYS) return "week";
  if (spanDays <= MAX_MONTH_DAYS) return "month";
  return "year";
}

// The period a day falls in, as an integer that counts periods, and back.
function periodOf(unit: Unit, day: number): number {
  const d = new Date(day * DAY_MS);
  if (unit === "week") return Math.floor((day + 3) / 7); // weeks start on Monday
  if (unit === "month") return d.getUTCFullYear() * 12 + d.getUTCMonth();
  return d.getUTCFullYear();
}

function periodStart(unit: Unit, period: number): string {
  const ms =
    unit === "week"
      ? (period * 7 - 3) * DAY_MS
      : unit === "month"
        ? Date.UTC(Math.floor(period / 12), period % 12, 1)
        : Date.UTC(period, 0, 1);
  return new Date(ms).toISOString().slice(0, 10);
}

export function giveTake(entries: readonly LedgerLike[], options: GiveTakeOptions = {}): GiveTake {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: options.timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  const counted: { day: number; direction: Direction }[] = [];
  for (const e of entries) {
    if (e.direction !== "given" && e.direction !== "received") continue;
    if (options.kinds && !options.kinds.includes(e.kind)) continue;
    const day = dayNumber(new Date(e.occurred_at), parts);
    if (day !== null) counted.push({ day, direction: e.direction });
  }
  const result: GiveTake = { unit: "month", buckets: [], given: 0, received: 0 };
  if (counted.length === 0) return result;

  const first = counted.reduce((m, c) => Math.min(m, c.day), Infinity);
  const today = dayNumber(options.today ?? new Date(), parts) ?? first;
  const last = counted.reduce((m, c) => Math.max(m, c.day), today);
  const unit = chooseUnit(last - first + 1);
  const from = periodOf(unit, first);
  const to = periodOf(unit, last);
  const buckets: Bucket[] = [];
  for (let p = from; p <= to; p++) {
    buckets.push({ start: periodStart(unit, p), given: 0, received: 0 });
  }
  for (const c of counted) {
    buckets[periodOf(unit, c.day) - from][c.direction]++;
    result[c.direction]++;
  }
  return { ...result, unit, buckets };
}

// A period's name for axis and table: "2 Mar" / "2. März", "Mar 2026" /
// "März 2026", "2026".
export function bucketLabel(lang: Lang, unit: Unit, start: string): string {
  const options: Intl.DateTimeFormatOptions =
    unit === "week"
      ? { day: "numeric", month: "short" }
      : unit === "month"
        ? { month: "short", year: "numeric" }
        : { year: "numeric" };
  const locale = lang === "de" ? "de-DE" : "en-GB";
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(
    new Date(start + "T00:00:00Z"),
  );
}
