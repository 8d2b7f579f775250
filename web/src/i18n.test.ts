import { describe, expect, it } from "vitest";
import { JUDGEMENT_EVIDENCE } from "./api";
import { detectLang, matchKind, translate, translateValue } from "./i18n";
import { METRICS, PERIODS } from "./network_compare";

describe("detectLang", () => {
  it("prefers the user's choice", () => {
    expect(detectLang("de", ["en-US"])).toBe("de");
    expect(detectLang("en", ["de-DE"])).toBe("en");
  });
  it("else takes the first known browser language", () => {
    expect(detectLang(null, ["fr-FR", "de-AT", "en"])).toBe("de");
    expect(detectLang("xx", ["en-GB"])).toBe("en");
    expect(detectLang(null, ["fr"])).toBe("en");
  });
});

describe("translate", () => {
  it("has both languages", () => {
    expect(translate("de", "people")).toBe("Kontakte");
    expect(translate("en", "people")).toBe("People");
    expect(translate("de", "all_networks")).toBe("Alle Netzwerke");
    expect(translate("en", "all_networks")).toBe("All networks");
  });
  it("names match kinds, and passes unknown ones through", () => {
    expect(matchKind("de", "synonym")).toBe("Synonym");
    expect(matchKind("en", "translation")).toBe("translation");
    expect(matchKind("en", "new_kind")).toBe("new_kind");
  });
});

describe("translateValue", () => {
  it("names the API's values in both languages", () => {
    expect(translateValue("de", "ledger", "feedback")).toBe("Rückmeldung");
    expect(translateValue("en", "network_kind", "referral_group")).toBe("Referral group");
    expect(translateValue("de", "cadence", "biweekly")).toBe("alle zwei Wochen");
    expect(translateValue("de", "referral", "won")).toBe("gewonnen");
    expect(translateValue("en", "lang", "de")).toBe("German");
  });
  it("has a word for every evidence, period and figure the app offers", () => {
    const groups = [
      ["evidence", JUDGEMENT_EVIDENCE],
      ["period", PERIODS],
      ["metric", METRICS],
    ] as const;
    for (const [group, values] of groups) {
      for (const value of values) {
        for (const lang of ["en", "de"] as const) {
          expect(translateValue(lang, group, value), `${group} ${value}`).not.toBe(value);
        }
      }
    }
    expect(translateValue("de", "metric", "deepened")).toBe("Vertrauen gewachsen");
  });
  it("passes a value it does not know through", () => {
    expect(translateValue("de", "cadence", "daily")).toBe("daily");
    expect(translateValue("en", "ledger", "toString")).toBe("toString");
  });
});
