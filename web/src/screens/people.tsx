import { useState } from "preact/hooks";
import { query, type Page, type Person } from "../api";
import { useApp } from "../context";
import { useLoad } from "../use_load";

export function People() {
  const { api, t } = useApp();
  const [q, setQ] = useState("");
  const [tag, setTag] = useState("");
  const { data, error } = useLoad(
    () => api.get<Page<Person>>("/people" + query({ q, tag: q ? undefined : tag, limit: 100 })),
    [q, tag],
  );
  return (
    <>
      <h1>{t("people")}</h1>
      <form class="row" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          <span class="sr-only">{t("search_people")}</span>
          <input
            type="search"
            placeholder={t("search_people")}
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </label>
        <label>
          <span class="sr-only">Tag</span>
          <input
            placeholder="Tag"
            value={tag}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
        </label>
      </form>
      {error && <p class="error">{error}</p>}
      {data && data.items.length === 0 && <p class="muted">{t("no_people")}</p>}
      <ul class="list people">
        {data?.items.map((p) => (
          <li key={p.id}>
            <a href={`#/people/${p.id}`}>{p.display_name}</a>
            <span class="muted">
              {[p.role, p.organisation, p.city].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      {data && <p class="muted">{data.total}</p>}
    </>
  );
}
