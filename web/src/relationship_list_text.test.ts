import { describe, expect, it } from "vitest";
import { RELATIONSHIP_ORDERS, type PersonFigures } from "./api";
import { figuresText, orderName } from "./relationship_list_text";

const anna: PersonFigures = {
  person_id: 1,
  person_name: "Anna",
  trust: 0.41,
  client_fit: { level: null, weakest: "competence" },
  balance: { given: 2, received: 1, given_weight: 3, received_weight: 1 },
  keep_in_touch: {
    rhythm_days: 60,
    chosen: false,
    default_days: 60,
    due_at: "2026-10-20T12:00:00Z",
    losing_touch: true,
  },
};

describe("the relationships list", () => {
  it("says each figure in one line", () => {
    expect(figuresText("en", anna)).toBe(
      "trust 0.41 · client fit open (weakest: competence) · given 2, received 1 · every 2 months, due since 2026-10-20",
    );
    expect(figuresText("de", { ...anna, client_fit: { level: 0.3, weakest: "fit" } })).toBe(
      "Vertrauen 0,41 · Geschäftsreife 0,30 (am schwächsten: Passung) · 2 gegeben, 1 bekommen · alle 2 Monate, fällig seit 2026-10-20",
    );
  });
  it("leaves out keeping in touch without a rhythm", () => {
    const stranger = { ...anna, keep_in_touch: { ...anna.keep_in_touch, rhythm_days: null, due_at: null } };
    expect(figuresText("en", stranger)).not.toContain("every");
  });
  it("names every order in both languages", () => {
    for (const order of RELATIONSHIP_ORDERS) {
      expect(orderName("en", order)).not.toBe("");
      expect(orderName("de", order)).not.toBe(orderName("en", order));
    }
  });
});
