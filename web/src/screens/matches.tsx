import { useEffect, useState } from "preact/hooks";
import { ApiError, type Suggestions } from "../api";
import { useApp } from "../context";
import { MatchCard } from "./match_card";

export function Matches() {
  const { api, t } = useApp();
  const [data, setData] = useState<Suggestions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let timer = 0;
    const load = () =>
      api.get<Suggestions>("/suggestions").then(
        (d) => live && setData(d),
        (e: Error) => {
          // 503 while the word lists load: ask again shortly.
          if (e instanceof ApiError && e.status === 503) {
            timer = window.setTimeout(load, 2000);
          } else if (live) {
            setError(e.message);
          }
        },
      );
    load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api]);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">{t("suggestions_loading")}</p>;
  const sections = [
    ["for_my_needs", data.for_my_needs],
    ["chances_to_help", data.chances_to_help],
    ["introductions", data.introductions],
  ] as const;
  return (
    <>
      <h1>{t("matches")}</h1>
      {sections.map(([word, items]) => (
        <section key={word}>
          <h2>{t(word)}</h2>
          {items.length === 0 && <p class="muted">{t("none_yet")}</p>}
          {items.map((m) => (
            <MatchCard key={`${m.need_id}-${m.offer_id}`} match={m} />
          ))}
        </section>
      ))}
    </>
  );
}
