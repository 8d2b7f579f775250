import { describe, expect, it } from "vitest";
import {
  decimal,
  eventWhen,
  isoSeconds,
  joinList,
  lacksAudience,
  localDay,
  money,
  safeUrl,
  splitList,
} from "./format";

describe("lists typed as text", () => {
  it("splits at commas and new lines, dropping blanks and repeats", () => {
    expect(splitList(" Pressearbeit, Medientraining,,\nPressearbeit ,  ")).toEqual([
      "Pressearbeit",
      "Medientraining",
    ]);
    expect(splitList("   ")).toEqual([]);
  });
  it("joins for editing and reads the same back", () => {
    const items = ["de", "en", "Öffentlichkeitsarbeit"];
    expect(joinList(items)).toBe("de, en, Öffentlichkeitsarbeit");
    expect(splitList(joinList(items))).toEqual(items);
  });
});

describe("safeUrl", () => {
  it("links only web addresses", () => {
    expect(safeUrl(" https://example.org/netz ")).toBe("https://example.org/netz");
    expect(safeUrl("HTTP://example.org")).toBe("HTTP://example.org");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,<b>x</b>")).toBeNull();
    expect(safeUrl("example.org")).toBeNull();
    expect(safeUrl("")).toBeNull();
  });
});

describe("money", () => {
  it("writes the amount the way each language does", () => {
    expect(money(180, "EUR", "de")).toBe("180,00\u00a0€");
    expect(money(650.5, "EUR", "en")).toBe("€650.50");
  });
  it("keeps a currency that is not an ISO code", () => {
    expect(money(12, "Taler", "en")).toBe("12.00 Taler");
  });
});

describe("decimal", () => {
  it("writes a trust level with two decimals in each language", () => {
    expect(decimal(0.73, "de", 2)).toBe("0,73");
    expect(decimal(0.73, "en", 2)).toBe("0.73");
    expect(decimal(0.2, "de", 2)).toBe("0,20");
    expect(decimal(0, "en", 2)).toBe("0.00");
    expect(decimal(1, "de", 2)).toBe("1,00");
  });
  it("writes a weight with the decimals it needs", () => {
    expect(decimal(5, "de")).toBe("5");
    expect(decimal(2.5, "de")).toBe("2,5");
    expect(decimal(2.5, "en")).toBe("2.5");
    expect(decimal(1234, "de")).toBe("1.234");
  });
});

describe("eventWhen", () => {
  it("shows a day without a time as that day", () => {
    expect(eventWhen("2027-01-02T00:00:00Z", "de", "America/New_York")).toBe("2027-01-02");
  });
  it("shows a time in the user's time zone", () => {
    expect(eventWhen("2026-10-03T18:00:00Z", "de", "Europe/Berlin")).toBe("2026-10-03 20:00");
    expect(eventWhen("2026-12-03T18:30:00Z", "en", "Europe/Berlin")).toBe("2026-12-03 19:30");
    expect(eventWhen("2026-12-03T02:30:00Z", "en", "America/New_York")).toBe(
      "2026-12-02 21:30",
    );
  });
});

describe("dates for the API and for date fields", () => {
  it("drops the milliseconds the API does not take", () => {
    expect(isoSeconds(new Date("2026-11-28T00:27:55.123Z"))).toBe("2026-11-28T00:27:55Z");
  });
  it("gives the local day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("lacksAudience", () => {
  it("flags an offer without a 'for whom'", () => {
    expect(lacksAudience({ audience: "" })).toBe(true);
    expect(lacksAudience({ audience: "  " })).toBe(true);
    expect(lacksAudience({ audience: "Gründerinnen" })).toBe(false);
  });
});
