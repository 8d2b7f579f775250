// One explained match: need ↔ offer, and which words met how.
import type { SuggestedMatch } from "../api";
import { useApp } from "../context";
import { matchKind } from "../i18n";

export function MatchCard({ match }: { match: SuggestedMatch }) {
  const { lang, t } = useApp();
  return (
    <article class="card match">
      <p>
        <strong>{match.need_title}</strong>
        {match.need_person_name && <span class="muted"> ({match.need_person_name})</span>}
      </p>
      <p>
        ↔ {match.offer_title}
        {match.offer_person_id !== null && (
          <>
            {" "}
            <a href={`#/people/${match.offer_person_id}`}>{match.offer_person_name}</a>
          </>
        )}
      </p>
      <details>
        <summary>{t("why")}</summary>
        <ul class="why">
          {match.why.map((w, i) => (
            <li key={i}>
              {w.need_word} ↔ {w.offer_word}: {matchKind(lang, w.kind)}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
