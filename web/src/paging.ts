// A list that grows page by page ("more"): what has been fetched so far.
import type { Page } from "./api";

export interface Paged<T> {
  items: T[];
  total: number;
  // Items the server has sent, duplicates included: the next offset.
  fetched: number;
}

export function firstPage<T>(page: Page<T>): Paged<T> {
  return { items: page.items, total: page.total, fetched: page.items.length };
}

// Adds the next page. A record created meanwhile shifts the offsets by
// one, so an item already shown may come again: it is shown once.
export function appendPage<T extends { id: number }>(
  prev: Paged<T>,
  page: Page<T>,
): Paged<T> {
  const seen = new Set(prev.items.map((item) => item.id));
  return {
    items: [...prev.items, ...page.items.filter((item) => !seen.has(item.id))],
    total: page.total,
    fetched: prev.fetched + page.items.length,
  };
}

// Whether the server has more than it has sent.
export function hasMore(paged: Paged<unknown>): boolean {
  return paged.fetched < paged.total;
}
