import { describe, expect, it } from "vitest";
import { RHYTHM_CHOICES, type Balance, type Nudge } from "./api";
import { translate } from "./i18n";
import {
  balanceSide,
  businessWon,
  keepInTouchText,
  nudgeTemplate,
  nudgeText,
  rhythmName,
  touchText,
  trustReading,
} from "./relationship_text";

const nudge = (change: Partial<Nudge>): Nudge => ({
  person_id: 7,
  person_name: "Anna",
  kind: "recommendation",
  given: 0,
  received: 3,
  days: 90,
  text: "You received 3 recommendations from Anna lately and gave none: ...",
  ...change,
});

const balance = (change: Partial<Balance>): Balance => ({
  given: 0,
  received: 0,
  given_weight: 0,
  received_weight: 0,
  given_by_kind: {},
  received_by_kind: {},
  referrals_won_given: 0,
  referrals_won_received: 0,
  business_value_given: {},
  business_value_received: {},
  ...change,
});

describe("trustReading", () => {
  it("reads the level as docs/trust.md's table does", () => {
    expect([0, 0.15, 0.19].map(trustReading)).toEqual(["trust_new", "trust_new", "trust_new"]);
    expect([0.2, 0.33, 0.49].map(trustReading)).toEqual(Array(3).fill("trust_getting_to_know"));
    expect([0.5, 0.6, 0.7].map(trustReading)).toEqual(Array(3).fill("trust_working"));
    expect([0.71, 0.73, 1].map(trustReading)).toEqual(Array(3).fill("trust_trusted"));
  });
  it("has words for every reading in both languages", () => {
    expect(translate("de", trustReading(0.33))).toBe("ihr lernt euch kennen");
    expect(translate("en", trustReading(0.8))).toBe("trusted");
  });
});

describe("balanceSide", () => {
  const b = balance({ given: 2, received: 1, given_weight: 5, received_weight: 2.5 });
  it("counts and weighs each way", () => {
    expect(balanceSide("de", "given", b)).toBe("Gegeben: 2, gewichtet 5");
    expect(balanceSide("de", "received", b)).toBe("Erhalten: 1, gewichtet 2,5");
    expect(balanceSide("en", "given", b)).toBe("Given: 2, weighted 5");
    expect(balanceSide("en", "received", b)).toBe("Received: 1, weighted 2.5");
  });
});

describe("businessWon", () => {
  it("says nothing when no referral was won", () => {
    expect(businessWon("de", balance({ given: 3 }), "Anna")).toEqual([]);
  });
  it("names the business won each way, with its value", () => {
    const b = balance({
      referrals_won_given: 2,
      business_value_given: { EUR: 1200 },
      referrals_won_received: 1,
      business_value_received: { EUR: 650.5 },
    });
    expect(businessWon("de", b, "Anna")).toEqual([
      "Aufträge, die Anna durch dich gewonnen hat: 1.200,00\u00a0€ (2 Auftragsempfehlungen)",
      "Aufträge, die du durch Anna gewonnen hast: 650,50\u00a0€ (1 Auftragsempfehlung)",
    ]);
    expect(businessWon("en", b, "Anna")).toEqual([
      "Business Anna won through you: €1,200.00 (2 referrals)",
      "Business you won through Anna: €650.50 (1 referral)",
    ]);
  });
  it("counts a won referral without a value, and adds currencies", () => {
    expect(businessWon("en", balance({ referrals_won_received: 1 }), "Ben")).toEqual([
      "Business you won through Ben: 1 referral",
    ]);
    expect(
      businessWon("en", balance({ referrals_won_given: 2,
                                  business_value_given: { CHF: 80, EUR: 300 } }), "Ben"),
    ).toEqual(["Business Ben won through you: €300.00 + CHF\u00a080.00 (2 referrals)"]);
  });
});

describe("the nudge of Today", () => {
  it("builds the sentence from the figures in each language", () => {
    expect(nudgeText("de", nudge({}))).toBe(
      "Du hast von Anna in den letzten 90 Tagen 3 Gefallen bekommen (vor allem Empfehlungen) " +
        "und nichts gegeben. Gibt es etwas, das du weitergeben kannst?",
    );
    expect(nudgeText("en", nudge({}))).toBe(
      "You received 3 favours from Anna in the last 90 days (mostly recommendations) " +
        "and gave nothing. Is there something you can pass on?",
    );
  });
  it("says how often the user gave", () => {
    expect(nudgeText("de", nudge({ given: 1, received: 4, kind: "help" }))).toBe(
      "Du hast von Anna in den letzten 90 Tagen 4 Gefallen bekommen (vor allem Hilfe) " +
        "und einmal etwas gegeben. Gibt es etwas, das du weitergeben kannst?",
    );
    expect(nudgeText("en", nudge({ given: 2, received: 6, kind: "introduction" }))).toBe(
      "You received 6 favours from Anna in the last 90 days (mostly introductions) " +
        "and gave something 2 times. Is there something you can pass on?",
    );
    expect(nudgeText("de", nudge({ given: 2, received: 6, kind: "tip", days: 30 }))).toBe(
      "Du hast von Anna in den letzten 30 Tagen 6 Gefallen bekommen (vor allem Tipps) " +
        "und 2-mal etwas gegeben. Gibt es etwas, das du weitergeben kannst?",
    );
  });
  it("names a single thing received exactly", () => {
    expect(nudgeText("de", nudge({ received: 1, kind: "introduction" }))).toBe(
      "Du hast von Anna in den letzten 90 Tagen einen Gefallen bekommen (eine Vorstellung) " +
        "und nichts gegeben. Gibt es etwas, das du weitergeben kannst?",
    );
    expect(nudgeText("en", nudge({ received: 1, kind: "invitation" }))).toBe(
      "You received a favour from Anna in the last 90 days (an invitation) " +
        "and gave nothing. Is there something you can pass on?",
    );
  });
  it("has words for every ledger kind, and leaves out one it does not know", () => {
    for (const kind of ["tip", "recommendation", "introduction", "referral", "help",
                        "invitation", "feedback"]) {
      expect(nudgeText("de", nudge({ kind }))).toMatch(/\(vor allem \p{Lu}\p{Ll}+\)/u);
      expect(nudgeText("en", nudge({ kind }))).toMatch(/\(mostly [a-z]+\)/);
    }
    expect(nudgeText("en", nudge({ kind: "gift" }))).toBe(
      "You received 3 favours from Anna in the last 90 days " +
        "and gave nothing. Is there something you can pass on?",
    );
    expect(nudgeText("de", nudge({ kind: "toString" }))).toContain("3 Gefallen bekommen und");
  });
  it("leaves one place for the name, which the screen links", () => {
    const template = nudgeTemplate("de", nudge({ person_name: "{name} $& Co" }));
    expect(template.split("{name}")).toHaveLength(2);
    expect(nudgeText("en", nudge({ person_name: "Ann $& {name}" }))).toContain(
      "from Ann $& {name} in",
    );
  });
});

describe("keeping in touch", () => {
  const k = {
    person_id: 3,
    person_name: "Anna",
    trust: 0.6,
    last_contact: "2026-01-05T10:00:00Z",
    days_since: 70,
    rhythm_days: 30,
    rhythm_chosen: false,
  };
  it("says how long it has been and what rhythm suits the relationship", () => {
    expect(keepInTouchText("en", k)).toBe(
      "no contact for 70 days (every 30 days suits the two of you)",
    );
    expect(keepInTouchText("de", k)).toBe(
      "seit 70 Tagen kein Kontakt (alle 30 Tage passt zu euch)",
    );
  });
  it("says when the rhythm is the user's own choice", () => {
    const chosen = { ...k, rhythm_days: 14, rhythm_chosen: true };
    expect(keepInTouchText("en", chosen)).toBe("no contact for 70 days (every 14 days, as you chose)");
    expect(keepInTouchText("de", chosen)).toBe(
      "seit 70 Tagen kein Kontakt (alle 14 Tage, wie du es gewählt hast)",
    );
  });
  it("names the usual rhythms and counts days otherwise", () => {
    expect(rhythmName("en", 14)).toBe("every 2 weeks");
    expect(rhythmName("de", 91)).toBe("alle 3 Monate");
    expect(rhythmName("en", 45)).toBe("every 45 days");
    expect(rhythmName("de", 45)).toBe("alle 45 Tage");
    for (const days of RHYTHM_CHOICES) {
      expect(rhythmName("en", days)).not.toMatch(/\d+ days/);
    }
  });
  it("says where the rhythm comes from and when contact is due", () => {
    const touch = {
      rhythm_days: 30,
      chosen: false,
      default_days: 30,
      due_at: "2027-01-05T10:00:00Z",
      losing_touch: false,
    };
    expect(touchText("en", touch)).toBe("Every month (from trust), next contact by 2027-01-05.");
    expect(touchText("de", { ...touch, rhythm_days: 14, chosen: true, losing_touch: true })).toBe(
      "Alle 2 Wochen (deine Wahl), Kontakt war fällig am 2027-01-05.",
    );
    const none = { ...touch, rhythm_days: null, default_days: null, due_at: null };
    expect(touchText("en", none)).toMatch(/^No rhythm yet: a new acquaintance/);
    expect(touchText("de", none)).toMatch(/^Noch kein Rhythmus/);
  });
});
