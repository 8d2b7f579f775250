// Reading lists of the API a bounded number of requests at a time: the
// charts need more than one page, but a phone should not fetch 100,000
// records to draw a picture.
import { type Api, type Page, query } from "../api";

export const PAGE_SIZE = 500; // the API's largest page

export interface Pages<T> {
  items: T[];
  total: number;
  complete: boolean; // false if maxPages ended the reading early
}

// The first `maxPages` pages of the list at `path`, in the list's order.
export async function readPages<T>(
  api: Api,
  path: string,
  params: Record<string, string | number | undefined>,
  maxPages: number,
): Promise<Pages<T>> {
  const items: T[] = [];
  let total = 0;
  for (let page = 0; page < maxPages; page++) {
    const doc = await api.get<Page<T>>(
      path + query({ ...params, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    );
    items.push(...doc.items);
    total = doc.total;
    if (doc.items.length < PAGE_SIZE || items.length >= total) break;
  }
  return { items, total, complete: items.length >= total };
}

// Runs `work` on every item, at most `parallel` at a time; the results
// keep the items' order.
export async function eachLimited<T, R>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}
