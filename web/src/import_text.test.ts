import { describe, expect, it } from "vitest";
import { importSummary, outcomeName } from "./import_text";

const counts = { created: 3, merged: 1, unchanged: 2, skipped: 1 };

describe("an import's report in words", () => {
  it("says what a dry run would do, and what an import did", () => {
    expect(importSummary("en", counts, true)).toBe(
      "The import would give: 3 new, 1 added to someone you know, 2 already there, 1 skipped.",
    );
    expect(importSummary("de", counts, false)).toBe(
      "Importiert: 3 neu, 1 ergänzt, 2 schon da, 1 übersprungen.",
    );
  });

  it("names each outcome in both languages", () => {
    expect(outcomeName("en", "unchanged")).toBe("already there");
    expect(outcomeName("de", "created")).toBe("neu");
  });
});
