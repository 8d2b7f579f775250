import { describe, expect, it } from "vitest";
import type { ClientFit, GiveFirst, PitchOutcome } from "./api";
import {
  factorFigure,
  fitSource,
  fitSummary,
  fromStep,
  giveFirstText,
  toStep,
  tooEarlyReasons,
} from "./client_fit_text";

const fit = (change: Partial<ClientFit>): ClientFit => ({
  factors: { trust: 0.8, competence: 0.9, chemistry: 0.2, fit: 0.9 },
  level: 0.2,
  weakest: "chemistry",
  fit_why: null,
  ...change,
});

describe("the five-step scale", () => {
  it("maps steps to levels and back", () => {
    expect(fromStep(4)).toBe(0.8);
    expect(toStep(0.8)).toBe(4);
    expect(toStep(1)).toBe(5);
    // A level between two steps goes to the nearer; never below the first.
    expect(toStep(0.5)).toBe(3);
    expect(toStep(0.05)).toBe(1);
    for (let s = 1; s <= 5; ++s) expect(toStep(fromStep(s))).toBe(s);
  });
});

describe("fitSummary", () => {
  it("names the weakest factor as the level", () => {
    expect(fitSummary("en", fit({}))).toBe("Client fit 0.20: the weakest factor counts, here chemistry.");
    expect(fitSummary("de", fit({}))).toBe("Kundenpassung 0,20: Der schwächste Faktor zählt, hier Chemie.");
  });

  it("asks for the judgements still missing, never guessing a level", () => {
    const open = fit({
      factors: { trust: 0.15, competence: null, chemistry: null, fit: 0.6 },
      level: null,
      weakest: "trust",
    });
    expect(fitSummary("en", open)).toBe(
      "Judge competence and chemistry to see the whole fit. Weakest so far: trust (0.15).",
    );
    expect(fitSummary("de", open)).toContain("Schätze Kompetenz und Chemie ein");
    expect(factorFigure("en", null)).toBe("not judged yet");
    expect(factorFigure("de", 0.5)).toBe("0,50");
  });

  it("says where the fit comes from", () => {
    const why = { need_id: 1, need_title: "Interviews", offer_id: 2, offer_title: "Media training" };
    expect(fitSource("en", fit({ fit_why: why }))).toBe(
      "Your offer “Media training” meets their need “Interviews”.",
    );
    expect(fitSource("de", fit({}))).toBeNull();
  });
});

describe("the pitch's advice", () => {
  const give = (change: Partial<GiveFirst>): GiveFirst => ({
    kind: "ask",
    need_id: null,
    need_title: "",
    person_id: null,
    person_name: "",
    offer_id: null,
    offer_title: "",
    ...change,
  });

  it("suggests what to give first in the user's language", () => {
    const intro = give({
      kind: "introduction",
      need_title: "Bookkeeping",
      person_name: "Ben",
      offer_title: "Accounts for freelancers",
    });
    expect(giveFirstText("en", intro)).toBe(
      "Introduce Ben: “Accounts for freelancers” meets the need “Bookkeeping”.",
    );
    expect(giveFirstText("de", give({ kind: "tip", need_title: "Buchhaltung" }))).toBe(
      "Gib einen Tipp zum Bedarf „Buchhaltung“.",
    );
    expect(giveFirstText("en", give({}))).toBe("Ask what they need: no need is on record yet.");
  });

  it("gives the reasons in the user's language", () => {
    const outcome: PitchOutcome = {
      person_id: 1,
      person_name: "Anna",
      trust: 0.1,
      chemistry: null,
      too_early: true,
      reasons: [{ reason: "little_trust", text: "Trust is 0.10.", text_de: "Vertrauen 0,10." }],
      give_first: [],
    };
    expect(tooEarlyReasons("de", outcome)).toEqual(["Vertrauen 0,10."]);
    expect(tooEarlyReasons("en", outcome)).toEqual(["Trust is 0.10."]);
  });
});
