// People: a search over everything about them, or else a filter by tag
// and by network (the API does not combine a search with filters, so the
// filters wait while a search is typed).
import { useState } from "preact/hooks";
import { query, type Page, type Person } from "../api";
import { useApp } from "../context";
import { useLoad } from "../use_load";

export function People() {
  const { api, t } = useApp();
  const [q, setQ] = useState("");
  const [tag, setTag] = useState("");
  const [network, setNetwork] = useState("");
  const networks = useLoad(() => api.networks(), []);
  const searching = q !== "";
  const { data, error } = useLoad(
    () =>
      api.get<Page<Person>>(
        "/people" +
          query({
            q,
            tag: searching ? undefined : tag,
            network_id: searching ? undefined : network,
            limit: 100,
          }),
      ),
    [q, tag, network],
  );
  return (
    <>
      <h1>{t("people")}</h1>
      <form class="row" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          <span class="sr-only">{t("search_people")}</span>
          <input
            type="search"
            name="people_search"
            placeholder={t("search_people")}
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </label>
        <label>
          <span class="sr-only">{t("tag")}</span>
          <input
            name="people_tag"
            placeholder={t("tag")}
            value={tag}
            disabled={searching}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
        </label>
        <label>
          <span class="sr-only">{t("network")}</span>
          <select
            name="people_network"
            value={network}
            disabled={searching}
            onChange={(e) => setNetwork(e.currentTarget.value)}
          >
            <option value="">{t("all_networks")}</option>
            {networks.data?.items.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {networks.error && <p class="error">{networks.error}</p>}
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
