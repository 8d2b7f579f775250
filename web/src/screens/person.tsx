import type { PersonDetails } from "../api";
import { GiveTakeChart } from "../charts/give_take_chart";
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { ClientFitSection } from "./client_fit_section";
import { LedgerForm } from "./ledger_form";
import { KeepInTouchSection } from "./keep_in_touch_section";
import { FollowUpForm } from "./person_actions";
import { PitchForm } from "./pitch_form";
import { TrustSection } from "./trust_section";

export function PersonScreen({ id }: { id: number }) {
  const { api, t } = useApp();
  const { data, error, reload } = useLoad(
    () => api.get<PersonDetails>(`/people/${id}`),
    [id],
  );
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">{t("loading")}</p>;
  return (
    <>
      <a href="#/people">← {t("back")}</a>
      <h1>{data.display_name}</h1>
      <p class="muted">
        {[data.role, data.organisation, data.city].filter(Boolean).join(" · ")}
      </p>
      {data.tags.length > 0 && (
        <p>
          {data.tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      {data.notes && <p>{data.notes}</p>}
      <section>
        <h2>{t("offers")}</h2>
        {data.offers.length === 0 && <p class="muted">{t("none_yet")}</p>}
        <ul class="list">
          {data.offers.map((o) => (
            <li key={o.id}>{o.title}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("needs")}</h2>
        {data.needs.length === 0 && <p class="muted">{t("none_yet")}</p>}
        <ul class="list">
          {data.needs.map((n) => (
            <li key={n.id}>{n.title}</li>
          ))}
        </ul>
      </section>
      <TrustSection person={data} />
      <KeepInTouchSection key={data.rhythm_days ?? "default"} person={data} onChange={reload} />
      <ClientFitSection person={data} onChange={reload} />
      {!data.archived && (
        <>
          <FollowUpForm personId={id} onDone={reload} />
          <LedgerForm personId={id} onDone={reload} />
          <PitchForm personId={id} onDone={reload} />
        </>
      )}
      <GiveTakeChart personId={id} />
      <section>
        <h2>{t("timeline")}</h2>
        <ul class="list">
          {data.timeline.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              {item.at.slice(0, 10)} · {item.kind} ({item.detail})
              {item.text && <span class="muted"> · {item.text}</span>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
