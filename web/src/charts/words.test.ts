import { describe, expect, it } from "vitest";
import { CHART_WORDS, type ChartWord, chartWord } from "./words";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("chart words", () => {
  it("have both languages, with the same placeholders", () => {
    for (const [key, word] of Object.entries(CHART_WORDS)) {
      expect(word.en, key).not.toBe("");
      expect(word.de, key).not.toBe("");
      expect(placeholders(word.de), key).toEqual(placeholders(word.en));
    }
  });

  it("fill in their placeholders", () => {
    expect(chartWord("de", "people_count", { n: 150 })).toBe("150 Personen");
    expect(chartWord("en", "map_shows", { shown: 150, total: 2_000 })).toBe(
      "The 150 people you met most recently, of 2000 with encounters or introductions.",
    );
    expect(chartWord("en", "network_map" as ChartWord)).toBe("Network map");
  });

  it("leave a placeholder without a value as it is", () => {
    expect(chartWord("en", "people_count")).toBe("{n} people");
  });
});
