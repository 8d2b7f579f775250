import { describe, expect, it } from "vitest";
import type { NetworkReport } from "./api";
import {
  businessText,
  costText,
  expertiseText,
  periodRange,
  reportPath,
  shareOfBest,
  sortNetworks,
  spentText,
} from "./network_compare";

const report = (change: Partial<NetworkReport>): NetworkReport => ({
  network_id: 1,
  name: "IHK",
  currency: "EUR",
  member: true,
  events: 2,
  hours: 3,
  money: 0,
  other_money: {},
  people: 10,
  people_met: 4,
  deepened: 2,
  given: 3,
  received: 1,
  given_weight: 5,
  received_weight: 1,
  introductions: 1,
  referrals: 0,
  business_value: {},
  expertise_fit: { my_offers_meet_needs: 2, their_needs: 8, my_needs_met: 1, my_needs: 3 },
  ...change,
});

describe("periodRange", () => {
  const today = new Date("2026-12-06T10:00:00Z");
  it("covers the last twelve months up to today", () => {
    expect(periodRange("last_12_months", today)).toEqual({ from: "2025-12-07", until: "2026-12-06" });
  });
  it("covers this year so far and the whole of last year", () => {
    expect(periodRange("this_year", today)).toEqual({ from: "2026-01-01", until: "2026-12-06" });
    expect(periodRange("last_year", today)).toEqual({ from: "2025-01-01", until: "2025-12-31" });
  });
  it("asks for the last day whole", () => {
    expect(reportPath({ from: "2025-01-01", until: "2025-12-31" })).toBe(
      "/network-report?from=2025-01-01&until=2025-12-31T23%3A59%3A59Z",
    );
  });
});

describe("comparing networks", () => {
  const ihk = report({});
  const bni = report({ network_id: 2, name: "BNI", people_met: 8, referrals: 3 });
  const quiet = report({ network_id: 3, name: "Alumni", people_met: 0 });

  it("gives each figure as a share of the best network's", () => {
    const shares = shareOfBest([ihk, bni, quiet], "people_met");
    expect(shares.get(2)).toBe(1);
    expect(shares.get(1)).toBe(0.5);
    expect(shares.get(3)).toBe(0);
    // Nobody has any: no bar at all, not a division by zero.
    expect(shareOfBest([ihk, quiet], "referrals").get(1)).toBe(0);
    expect(shareOfBest([ihk], "my_offers_meet_needs").get(1)).toBe(1);
  });

  it("orders by the chosen figure, the most first, by name on a tie", () => {
    expect(sortNetworks([ihk, bni, quiet], "people_met").map((r) => r.name)).toEqual([
      "BNI",
      "IHK",
      "Alumni",
    ]);
    expect(sortNetworks([ihk, quiet], "given").map((r) => r.name)).toEqual(["Alumni", "IHK"]);
  });

  it("says what a network cost and brought", () => {
    expect(spentText("en", report({ events: 1, hours: 1.5 }))).toBe("1 event, 1.5 h, nothing");
    expect(spentText("de", report({ money: 330.73, other_money: { CHF: 80 } }))).toBe(
      "2 Veranstaltungen, 3 h, 330,73\u00a0€ + 80,00\u00a0CHF",
    );
    expect(costText("en", report({ money: 16 }))).toBe("€16.00");
    expect(businessText("en", ihk)).toBeNull();
    expect(businessText("en", report({ business_value: { EUR: 1200 } }))).toBe("€1,200.00");
    expect(expertiseText("en", ihk.expertise_fit)).toEqual([
      "Your offers meet 2 of 8 needs here.",
      "Offers here meet 1 of your 3 needs.",
    ]);
  });
});
