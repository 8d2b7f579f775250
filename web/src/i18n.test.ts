import { describe, expect, it } from "vitest";
import { detectLang, matchKind, translate } from "./i18n";

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
  });
  it("names match kinds, and passes unknown ones through", () => {
    expect(matchKind("de", "synonym")).toBe("Synonym");
    expect(matchKind("en", "translation")).toBe("translation");
    expect(matchKind("en", "new_kind")).toBe("new_kind");
  });
});
