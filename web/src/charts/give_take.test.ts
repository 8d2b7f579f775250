import { describe, expect, it } from "vitest";
import { bucketLabel, chooseUnit, giveTake, type LedgerLike } from "./give_take";

const entry = (occurred_at: string, direction: string, kind = "tip"): LedgerLike => ({
  occurred_at,
  direction,
  kind,
});

describe("giveTake", () => {
  it("counts per month over a year, given and received apart, without gaps", () => {
    const result = giveTake(
      [
        entry("2025-12-02T12:00:00Z", "given"),
        entry("2025-12-20T12:00:00Z", "received"),
        entry("2025-12-31T10:00:00Z", "given"),
        entry("2026-03-05T09:00:00Z", "received", "help"),
        entry("2026-03-06T09:00:00Z", "received", "referral"),
      ],
      { today: new Date("2026-11-28T00:00:00Z"), timeZone: "UTC" },
    );
    expect(result.unit).toBe("month");
    expect(result.buckets.map((b) => b.start)).toEqual([
      "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01",
      "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01",
    ]);
    expect(result.buckets[0]).toEqual({ start: "2025-12-01", given: 2, received: 1 });
    expect(result.buckets[1]).toEqual({ start: "2026-01-01", given: 0, received: 0 });
    expect(result.buckets[3]).toEqual({ start: "2026-03-01", given: 0, received: 2 });
    expect(result.given).toBe(2);
    expect(result.received).toBe(3);
  });

  it("counts per week (from Monday) for a short range", () => {
    const result = giveTake(
      [
        entry("2026-11-02T08:00:00Z", "given"), // Monday
        entry("2026-11-08T20:00:00Z", "given"), // Sunday, same week
        entry("2026-11-09T08:00:00Z", "received"), // next Monday
      ],
      { today: new Date("2026-11-18T12:00:00Z"), timeZone: "UTC" },
    );
    expect(result.unit).toBe("week");
    expect(result.buckets).toEqual([
      { start: "2026-11-02", given: 2, received: 0 },
      { start: "2026-11-09", given: 0, received: 1 },
      { start: "2026-11-16", given: 0, received: 0 },
    ]);
  });

  it("counts in the user's time zone, not in UTC", () => {
    const late = [entry("2026-03-31T22:30:00Z", "given")];
    const options = { today: new Date("2026-12-01T12:00:00Z") };
    expect(giveTake(late, { ...options, timeZone: "UTC" }).buckets[0].start).toBe("2026-03-01");
    // 00:30 on 1 April in Berlin (summer time).
    expect(giveTake(late, { ...options, timeZone: "Europe/Berlin" }).buckets[0].start).toBe(
      "2026-04-01",
    );
  });

  it("counts per year for long ranges", () => {
    const result = giveTake(
      [entry("2019-06-01T00:00:00Z", "given"), entry("2026-02-01T00:00:00Z", "received")],
      { today: new Date("2026-03-01T00:00:00Z"), timeZone: "UTC" },
    );
    expect(result.unit).toBe("year");
    expect(result.buckets).toHaveLength(8);
    expect(result.buckets[0]).toEqual({ start: "2019-01-01", given: 1, received: 0 });
    expect(result.buckets[7]).toEqual({ start: "2026-01-01", given: 0, received: 1 });
  });

  it("runs to a later entry than today, and keeps only the chosen kinds", () => {
    const result = giveTake(
      [
        entry("2026-01-10T00:00:00Z", "given", "tip"),
        entry("2026-02-10T00:00:00Z", "given", "feedback"),
        entry("2026-06-10T00:00:00Z", "received", "tip"),
      ],
      { today: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", kinds: ["tip"] },
    );
    expect(result.buckets.at(-1)).toEqual({ start: "2026-06-01", given: 0, received: 1 });
    expect(result.given).toBe(1);
    expect(result.received).toBe(1);
  });

  it("has no periods without entries, and skips unknown directions and bad dates", () => {
    expect(giveTake([]).buckets).toEqual([]);
    const result = giveTake(
      [entry("not a date", "given"), entry("2026-01-10T00:00:00Z", "sideways")],
      { timeZone: "UTC" },
    );
    expect(result.buckets).toEqual([]);
    expect(result.given + result.received).toBe(0);
  });
});

describe("chooseUnit", () => {
  it("goes from weeks to months to years", () => {
    expect(chooseUnit(1)).toBe("week");
    expect(chooseUnit(92)).toBe("week");
    expect(chooseUnit(93)).toBe("month");
    expect(chooseUnit(1098)).toBe("month");
    expect(chooseUnit(1099)).toBe("year");
  });
});

describe("bucketLabel", () => {
  it("names periods in the user's language", () => {
    expect(bucketLabel("en", "month", "2026-03-01")).toBe("Mar 2026");
    expect(bucketLabel("de", "month", "2026-03-01")).toBe("März 2026");
    expect(bucketLabel("de", "week", "2026-03-02")).toBe("2. März");
    expect(bucketLabel("en", "year", "2026-01-01")).toBe("2026");
  });
});
