// Loads a list a page at a time: the first page whenever `deps` change,
// the next one on more().
import { useEffect, useRef, useState } from "preact/hooks";
import type { Page } from "./api";
import { appendPage, firstPage, type Paged } from "./paging";

export interface PagedList<T> {
  data: Paged<T> | null;
  error: string | null;
  loading: boolean;
  more: () => void;
  reload: () => void;
}

export function usePaged<T extends { id: number }>(
  load: (offset: number, limit: number) => Promise<Page<T>>,
  deps: unknown[],
  pageSize = 20,
): PagedList<T> {
  const [data, setData] = useState<Paged<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [round, setRound] = useState(0);
  // Answers for an older filter are dropped.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setError(null);
    setLoading(true);
    load(0, pageSize).then(
      (page) => {
        if (mine !== generation.current) return;
        setData(firstPage(page));
        setLoading(false);
      },
      (e: Error) => {
        if (mine !== generation.current) return;
        setError(e.message);
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);

  const more = () => {
    if (!data || loading) return;
    const mine = generation.current;
    setLoading(true);
    load(data.fetched, pageSize).then(
      (page) => {
        if (mine !== generation.current) return;
        setData((prev) => (prev ? appendPage(prev, page) : firstPage(page)));
        setLoading(false);
      },
      (e: Error) => {
        if (mine !== generation.current) return;
        setError(e.message);
        setLoading(false);
      },
    );
  };
  return { data, error, loading, more, reload: () => setRound((r) => r + 1) };
}
