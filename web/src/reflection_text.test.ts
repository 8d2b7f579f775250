import { describe, expect, it } from "vitest";
import { translateValue } from "./i18n";
import { evidenceText } from "./reflection_text";

// [item, facts, German, English]
const CASES: [string, Record<string, number>, string, string][] = [
  [
    "ready_to_give",
    { given: 3, received: 5 },
    "In den letzten 12 Monaten: 3-mal gegeben, 5-mal bekommen.",
    "In the last 12 months: given 3 times, received 5 times.",
  ],
  [
    "ready_to_give",
    { given: 1, received: 0 },
    "In den letzten 12 Monaten: einmal gegeben, 0-mal bekommen.",
    "In the last 12 months: given once, received 0 times.",
  ],
  [
    "know_who_i_am",
    { positioning: 1, expertise_areas: 2 },
    "Dein Profil hat eine Positionierung und nennt 2 Fachgebiete.",
    "Your profile has a positioning and names 2 areas of expertise.",
  ],
  [
    "know_who_i_am",
    { positioning: 0, expertise_areas: 1 },
    "Dein Profil hat noch keine Positionierung und nennt 1 Fachgebiet.",
    "Your profile has no positioning yet and names 1 area of expertise.",
  ],
  [
    "know_who_i_am",
    { positioning: 0, expertise_areas: 0 },
    "Dein Profil hat noch keine Positionierung und nennt noch keine Fachgebiete.",
    "Your profile has no positioning yet and names no areas of expertise yet.",
  ],
  [
    "what_for_whom",
    { offers: 0, without_audience: 0 },
    "Du hast noch keine Angebote aufgeschrieben.",
    "You have not written down any offers yet.",
  ],
  [
    "what_for_whom",
    { offers: 1, without_audience: 0 },
    "Du hast 1 Angebot, und es sagt, für wen es ist.",
    "You have 1 offer, and it says for whom.",
  ],
  [
    "what_for_whom",
    { offers: 3, without_audience: 0 },
    "Du hast 3 Angebote, und jedes sagt, für wen es ist.",
    "You have 3 offers, and each says for whom.",
  ],
  [
    "what_for_whom",
    { offers: 3, without_audience: 1 },
    "Du hast 3 Angebote; bei 1 fehlt noch, für wen es ist.",
    "You have 3 offers; 1 does not say for whom yet.",
  ],
  [
    "what_for_whom",
    { offers: 4, without_audience: 2 },
    "Du hast 4 Angebote; bei 2 fehlt noch, für wen sie sind.",
    "You have 4 offers; 2 do not say for whom yet.",
  ],
  [
    "what_i_need",
    { needs: 0 },
    "Du hast noch keinen Bedarf aufgeschrieben.",
    "You have not written down any needs yet.",
  ],
  [
    "what_i_need",
    { needs: 1 },
    "Du hast 1 Bedarf aufgeschrieben.",
    "You have written down 1 need.",
  ],
  [
    "what_i_need",
    { needs: 4 },
    "Du hast 4 Bedarfe aufgeschrieben.",
    "You have written down 4 needs.",
  ],
  [
    "real_relationships",
    { follow_ups_done: 0 },
    "Du hast noch nicht nachgefasst (mit einem Treffen oder Anruf).",
    "You have not followed up yet (with a meeting or call).",
  ],
  [
    "real_relationships",
    { follow_ups_done: 1 },
    "Du hast einmal nachgefasst (mit einem Treffen oder Anruf).",
    "You have followed up once (with a meeting or call).",
  ],
  [
    "real_relationships",
    { follow_ups_done: 7 },
    "Du hast 7-mal nachgefasst (mit einem Treffen oder Anruf).",
    "You have followed up 7 times (with a meeting or call).",
  ],
  [
    "different_groups",
    { networks: 0 },
    "Du bist noch in keinem Netzwerk Mitglied.",
    "You are not a member of any network yet.",
  ],
  [
    "different_groups",
    { networks: 1 },
    "Du bist Mitglied in 1 Netzwerk.",
    "You are a member of 1 network.",
  ],
  [
    "different_groups",
    { networks: 3 },
    "Du bist Mitglied in 3 Netzwerken.",
    "You are a member of 3 networks.",
  ],
  [
    "small_talk",
    { encounters_90_days: 0 },
    "In den letzten 90 Tagen: keine Begegnungen.",
    "In the last 90 days: no encounters.",
  ],
  [
    "small_talk",
    { encounters_90_days: 1 },
    "In den letzten 90 Tagen: 1 Begegnung.",
    "In the last 90 days: 1 encounter.",
  ],
  [
    "small_talk",
    { encounters_90_days: 12 },
    "In den letzten 90 Tagen: 12 Begegnungen.",
    "In the last 90 days: 12 encounters.",
  ],
  [
    "build_trust_slowly",
    { close_relationships: 1, growing_relationships: 4, broken_promises: 0 },
    "Arbeitsvertrauen oder enger mit 1 Person, wachsendes Vertrauen mit 4; keine Zusage gebrochen.",
    "Working trust or closer with 1 person, growing trust with 4; no promise broken.",
  ],
  [
    "build_trust_slowly",
    { close_relationships: 0, growing_relationships: 1, broken_promises: 2 },
    "Arbeitsvertrauen oder enger mit 0 Personen, wachsendes Vertrauen mit 1; 2 Zusagen gebrochen.",
    "Working trust or closer with 0 people, growing trust with 1; 2 promises broken.",
  ],
];

describe("evidenceText", () => {
  it.each(CASES)("%s %j", (item, facts, de, en) => {
    expect(evidenceText("de", item, facts)).toBe(de);
    expect(evidenceText("en", item, facts)).toBe(en);
  });

  it("has a sentence for every item the server backs with figures", () => {
    const items = new Set(CASES.map(([item]) => item));
    expect([...items]).toEqual([
      "ready_to_give",
      "know_who_i_am",
      "what_for_whom",
      "what_i_need",
      "real_relationships",
      "different_groups",
      "small_talk",
      "build_trust_slowly",
    ]);
  });

  it("has none for the items knoten cannot tell, or unknown ones", () => {
    for (const item of ["which_network", "expertise_well_placed",
                        "new_item", "toString", "__proto__"]) {
      expect(evidenceText("de", item, { given: 1 })).toBeNull();
      expect(evidenceText("en", item, {})).toBeNull();
    }
  });

  it("has none when a figure it needs is missing or not a whole number", () => {
    expect(evidenceText("en", "ready_to_give", { given: 3 })).toBeNull();
    expect(evidenceText("de", "small_talk", {})).toBeNull();
    expect(evidenceText("en", "what_i_need", { needs: 1.5 })).toBeNull();
  });

  it("keeps extra figures out of the sentence", () => {
    expect(evidenceText("en", "what_i_need", { needs: 2, other: 9 })).toBe(
      "You have written down 2 needs.",
    );
  });
});

describe("the checklist's words", () => {
  const ITEMS = [
    "ready_to_give",
    "build_trust_slowly",
    "know_who_i_am",
    "what_for_whom",
    "what_i_need",
    "real_relationships",
    "different_groups",
    "small_talk",
    "which_network",
    "expertise_well_placed",
  ];
  it("has every item's question in both languages", () => {
    for (const item of ITEMS) {
      expect(translateValue("de", "reflection_item", item)).not.toBe(item);
      expect(translateValue("en", "reflection_item", item)).not.toBe(item);
    }
    expect(translateValue("de", "reflection_item", "ready_to_give")).toBe(
      "Du bist bereit, selbst zu geben.",
    );
    expect(translateValue("en", "reflection_item", "small_talk")).toBe("You like small talk.");
  });
  it("names the answers", () => {
    expect(["yes", "partly", "not_yet"].map((a) => translateValue("de", "reflection_answer", a)))
      .toEqual(["Ja", "Teilweise", "Noch nicht"]);
    expect(["yes", "partly", "not_yet"].map((a) => translateValue("en", "reflection_answer", a)))
      .toEqual(["Yes", "Partly", "Not yet"]);
  });
});
