import { describe, expect, it } from "vitest";
import { appendPage, firstPage, hasMore } from "./paging";

const item = (id: number) => ({ id });

describe("paging", () => {
  it("knows whether the server has more", () => {
    const first = firstPage({ items: [item(5), item(4)], total: 3 });
    expect(first).toEqual({ items: [item(5), item(4)], total: 3, fetched: 2 });
    expect(hasMore(first)).toBe(true);
    const all = appendPage(first, { items: [item(3)], total: 3 });
    expect(all.items.map((i) => i.id)).toEqual([5, 4, 3]);
    expect(hasMore(all)).toBe(false);
  });

  it("shows an item once when a new record shifted the pages", () => {
    const first = firstPage({ items: [item(5), item(4)], total: 4 });
    // Record 6 was created meanwhile: offset 2 now starts with 4 again.
    const next = appendPage(first, { items: [item(4), item(3)], total: 5 });
    expect(next.items.map((i) => i.id)).toEqual([5, 4, 3]);
    expect(next.fetched).toBe(4);
    expect(next.total).toBe(5);
    expect(hasMore(next)).toBe(true);
  });

  it("has nothing more for an empty list", () => {
    expect(hasMore(firstPage({ items: [], total: 0 }))).toBe(false);
  });
});
