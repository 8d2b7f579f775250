import type { Nudge, Today } from "../api";
import { useApp } from "../context";
import { keepInTouchText, nudgeTemplate } from "../relationship_text";
import { useLoad } from "../use_load";
import { DueFollowUpItem } from "./due_follow_up";
import { MatchCard } from "./match_card";

// A private nudge: the sentence with the person's name as a link to them.
function NudgeItem({ nudge }: { nudge: Nudge }) {
  const { lang } = useApp();
  const [before, after] = nudgeTemplate(lang, nudge).split("{name}");
  return (
    <li>
      {before}
      <a href={`#/people/${nudge.person_id}`}>{nudge.person_name}</a>
      {after}
    </li>
  );
}

export function TodayScreen() {
  const { api, lang, t } = useApp();
  const { data, error, reload } = useLoad(() => api.get<Today>("/today"), []);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">{t("loading")}</p>;
  return (
    <>
      <h1>
        {t("today")}, {data.date}
      </h1>
      <section>
        <h2>{t("followups_due")}</h2>
        {data.followups_due.length === 0 && <p class="muted">{t("nothing_due")}</p>}
        <ul class="list">
          {data.followups_due.map((f) => (
            <DueFollowUpItem key={f.id} followUp={f} onClosed={reload} />
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("promises_due")}</h2>
        {data.promises_due.length === 0 && <p class="muted">{t("nothing_due")}</p>}
        <ul class="list">
          {data.promises_due.map((p) => (
            <li key={p.id}>
              {p.due_at?.slice(0, 10)} · {p.text}
            </li>
          ))}
        </ul>
      </section>
      {data.keep_in_touch.length > 0 && (
        <section aria-labelledby="keep-in-touch" data-testid="keep-in-touch">
          <h2 id="keep-in-touch">{t("keep_in_touch")}</h2>
          <ul class="list">
            {data.keep_in_touch.map((k) => (
              <li key={k.person_id}>
                <a href={`#/people/${k.person_id}`}>{k.person_name}</a>:{" "}
                {keepInTouchText(lang, k)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.nudges.length > 0 && (
        <section class="nudges" aria-labelledby="give-back" data-testid="nudges">
          <h2 id="give-back">{t("give_back")}</h2>
          <ul class="list">
            {data.nudges.map((n) => (
              <NudgeItem key={n.person_id} nudge={n} />
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t("suggestions")}</h2>
        {!data.suggestions_ready && <p class="muted">{t("suggestions_loading")}</p>}
        {data.suggestions_ready && data.suggestions.length === 0 && (
          <p class="muted">{t("none_yet")}</p>
        )}
        {data.suggestions
          .filter((s) => s.section !== "reciprocal")
          .slice(0, 5)
          .map((s) => (
            <MatchCard key={`${s.need_id}-${s.offer_id}`} match={s} />
          ))}
      </section>
    </>
  );
}
