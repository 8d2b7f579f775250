import { describe, expect, it } from "vitest";
import { Api } from "../api";
import { eachLimited, readPages } from "./read_pages";

function numbers(total: number) {
  const asked: string[] = [];
  const api = new Api(async (input) => {
    asked.push(input);
    const url = new URL(input, "http://knoten.test");
    const limit = Number(url.searchParams.get("limit"));
    const offset = Number(url.searchParams.get("offset"));
    const length = Math.max(0, Math.min(limit, total - offset));
    const items = Array.from({ length }, (_, i) => offset + i);
    return new Response(JSON.stringify({ items, total, limit, offset }));
  });
  return { api, asked };
}

describe("readPages", () => {
  it("reads every page of a short list, in order", async () => {
    const { api, asked } = numbers(1_200);
    const pages = await readPages<number>(api, "/ledger", { person_id: 7 }, 10);
    expect(pages.items).toEqual(Array.from({ length: 1_200 }, (_, i) => i));
    expect(pages.complete).toBe(true);
    expect(asked).toEqual([
      "/api/v1/ledger?person_id=7&limit=500&offset=0",
      "/api/v1/ledger?person_id=7&limit=500&offset=500",
      "/api/v1/ledger?person_id=7&limit=500&offset=1000",
    ]);
  });

  it("stops after maxPages and says the list is not complete", async () => {
    const { api, asked } = numbers(100_000);
    const pages = await readPages<number>(api, "/encounters", {}, 4);
    expect(asked).toHaveLength(4);
    expect(pages.items).toHaveLength(2_000);
    expect(pages).toMatchObject({ total: 100_000, complete: false });
  });

  it("asks once for an empty list", async () => {
    const { api, asked } = numbers(0);
    expect(await readPages<number>(api, "/introductions", {}, 2)).toEqual({
      items: [],
      total: 0,
      complete: true,
    });
    expect(asked).toHaveLength(1);
  });
});

describe("eachLimited", () => {
  it("keeps the order and never runs more than `parallel` at once", async () => {
    let running = 0;
    let most = 0;
    const results = await eachLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it("does nothing for no items", async () => {
    expect(await eachLimited([], 4, async () => 1)).toEqual([]);
  });
});
