// The display names of the people with these ids, as they arrive (lists
// such as the ledger and the needs on a client's behalf carry only ids).
import { useEffect, useState } from "preact/hooks";
import { useApp } from "./context";

export function usePersonNames(ids: readonly (number | null)[]): Map<number, string> {
  const { api } = useApp();
  const [names, setNames] = useState(() => new Map<number, string>());
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))].sort(
    (a, b) => a - b,
  );
  const key = wanted.join(",");
  useEffect(() => {
    let live = true;
    for (const id of wanted) {
      api.personName(id).then(
        (name) => live && setNames((prev) => new Map(prev).set(id, name)),
        // An unknown or unreadable person keeps showing its id.
        () => {},
      );
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return names;
}
