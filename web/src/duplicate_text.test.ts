import { describe, expect, it } from "vitest";
import { fill, personFacts, reasonsText, sideName } from "./duplicate_text";

describe("duplicate texts", () => {
  it("says why in the user's language", () => {
    expect(reasonsText("en", ["email", "name"])).toBe("same e-mail address, similar name");
    expect(reasonsText("de", ["phone"])).toBe("dieselbe Telefonnummer");
    expect(reasonsText("en", [])).toBe("");
  });

  it("lists what tells a person apart, skipping what is empty", () => {
    const p = {
      id: 1,
      display_name: "Anna",
      organisation: "",
      emails: ["a@b.example"],
      phones: ["+49 40 1"],
      archived: true,
    };
    expect(personFacts("en", p)).toBe("a@b.example · +49 40 1 · archived");
    expect(personFacts("de", { ...p, organisation: "Berg", archived: false })).toBe(
      "Berg · a@b.example · +49 40 1",
    );
  });

  it("tells namesakes apart by their number", () => {
    const anna = { id: 3, display_name: "Anna", organisation: "", emails: [], phones: [], archived: false };
    expect(sideName(anna, { ...anna, id: 9 })).toBe("Anna (#3)");
    expect(sideName(anna, { ...anna, id: 9, display_name: "Anna B." })).toBe("Anna");
  });

  it("fills names in as they are", () => {
    expect(fill("Keep {name}", { name: "A $& B" })).toBe("Keep A $& B");
    expect(fill("{removed} into {kept}", { removed: "X", kept: "Y" })).toBe("X into Y");
    expect(fill("{unknown}", {})).toBe("{unknown}");
  });
});
