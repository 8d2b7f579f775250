// On People, ordered by a relationship figure: everyone with their trust,
// client fit, give and take and keeping in touch in one line
// (GET /relationships; app/relationships.h).
import { query, type Page, type PersonFigures, type RelationshipOrder } from "../api";
import { useApp } from "../context";
import { figuresText } from "../relationship_list_text";
import { useLoad } from "../use_load";

type Relationships = Page<PersonFigures> & { client_fit_ready: boolean };

export function RelationshipList({ order }: { order: RelationshipOrder }) {
  const { api, lang, t } = useApp();
  const { data, error } = useLoad(
    () => api.get<Relationships>("/relationships" + query({ order, limit: 100 })),
    [order],
  );
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">{t("loading")}</p>;
  return (
    <>
      {!data.client_fit_ready && <p class="muted">{t("client_fit_preparing")}</p>}
      {data.items.length === 0 && <p class="muted">{t("no_people")}</p>}
      <ul class="list people relationships" data-testid="relationships" data-order={order}>
        {data.items.map((f) => (
          <li key={f.person_id} data-person-id={f.person_id}>
            <a href={`#/people/${f.person_id}`}>{f.person_name}</a>
            <span class="muted">{figuresText(lang, f)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{data.total}</p>
    </>
  );
}
