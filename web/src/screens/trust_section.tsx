// On a person's page: the trust derived from the shared history (a quiet
// meter, its number and reading, and the reasons in the user's language)
// and the give and take with them, all time. Private: only the user sees it.
import type { PersonDetails } from "../api";
import { useApp } from "../context";
import { decimal } from "../format";
import { balanceSide, businessWon, trustReading } from "../relationship_text";

export function TrustSection({ person }: { person: PersonDetails }) {
  const { lang, t } = useApp();
  const { trust, balance } = person;
  const level = decimal(trust.level, lang, 2);
  const reading = t(trustReading(trust.level));
  const why = lang === "de" ? trust.why_de : trust.why;
  const won = businessWon(lang, balance, person.display_name);
  return (
    <section class="card trust" aria-labelledby="trust" data-testid="trust">
      <h2 id="trust">{t("trust")}</h2>
      <p class="trust-level">
        <meter
          min={0}
          max={1}
          value={trust.level}
          aria-labelledby="trust"
          aria-valuetext={`${level}: ${reading}`}
        />
        <span>
          <strong>{level}</strong> · {reading}
        </span>
      </p>
      {why.length > 0 && (
        <ul class="trust-why" aria-label={t("why")}>
          {why.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="balance" data-testid="person-balance">
        <span class="balance-label">{t("give_and_take")}:</span>
        <span class="tag given">{balanceSide(lang, "given", balance)}</span>
        <span class="tag received">{balanceSide(lang, "received", balance)}</span>
      </p>
      {won.map((line) => (
        <p key={line} class="won">
          {line}
        </p>
      ))}
      <p class="muted trust-hint">{t("trust_hint")}</p>
    </section>
  );
}
