// People: a search over everything about them, or else a filter by tag
// and by network (the API does not combine a search with filters, so the
// filters wait while a search is typed); or everyone ordered by a
// relationship figure (trust, client fit, give and take, keeping in touch).
// Below the list: importing contact files, downloading everyone, and the
// duplicates to merge.
import { useState } from "preact/hooks";
import { query, RELATIONSHIP_ORDERS, type Page, type Person, type RelationshipOrder } from "../api";
import { useApp } from "../context";
import { orderName } from "../relationship_list_text";
import { useLoad } from "../use_load";
import { Duplicates } from "./duplicates";
import { ImportExport } from "./import_export";
import { RelationshipList } from "./relationship_list";

export function People() {
  const { api, lang, t } = useApp();
  const [order, setOrder] = useState<RelationshipOrder | "">("");
  const [q, setQ] = useState("");
  const [tag, setTag] = useState("");
  const [network, setNetwork] = useState("");
  const [merges, setMerges] = useState(0); // reloads the list after a merge
  const networks = useLoad(() => api.networks(), []);
  const searching = q !== "";
  const { data, error } = useLoad(
    async () =>
      order !== ""
        ? null
        : api.get<Page<Person>>(
            "/people" +
              query({
                q,
                tag: searching ? undefined : tag,
                network_id: searching ? undefined : network,
                limit: 100,
              }),
          ),
    [q, tag, network, order, merges],
  );
  const byName = order === "";
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
            disabled={!byName}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </label>
        <label>
          <span class="sr-only">{t("tag")}</span>
          <input
            name="people_tag"
            placeholder={t("tag")}
            value={tag}
            disabled={searching || !byName}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
        </label>
        <label>
          <span class="sr-only">{t("network")}</span>
          <select
            name="people_network"
            value={network}
            disabled={searching || !byName}
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
        <label>
          <span class="sr-only">{t("order_by")}</span>
          <select
            name="people_order"
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value as RelationshipOrder | "")}
          >
            <option value="">{t("order_by_name")}</option>
            {RELATIONSHIP_ORDERS.map((o) => (
              <option key={o} value={o}>
                {orderName(lang, o)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {!byName && <RelationshipList key={order} order={order} />}
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
      <ImportExport />
      <Duplicates onMerged={() => setMerges((m) => m + 1)} />
    </>
  );
}
