// One entry of the give-and-take ledger: when, which way, what kind, with
// whom, and for a referral how far it got.
import type { LedgerEntry } from "../api";
import { useApp } from "../context";
import { money } from "../format";
import { translateValue } from "../i18n";

export function LedgerItem({ entry, name }: { entry: LedgerEntry; name?: string }) {
  const { lang, t } = useApp();
  const referral = [
    entry.referral_status && translateValue(lang, "referral", entry.referral_status),
    entry.business_value !== null && money(entry.business_value, entry.currency, lang),
  ].filter(Boolean);
  return (
    <li class="entry">
      <div class="entry-head">
        <span class={`tag ${entry.direction}`}>
          {t(entry.direction === "given" ? "given_short" : "received_short")}
        </span>
        <strong>{translateValue(lang, "ledger", entry.kind)}</strong>
      </div>
      <div class="entry-head">
        <span>
          <span aria-hidden="true">{entry.direction === "given" ? "→ " : "← "}</span>
          <a href={`#/people/${entry.person_id}`}>{name ?? `#${entry.person_id}`}</a>
        </span>
        <span class="muted when">{entry.occurred_at.slice(0, 10)}</span>
      </div>
      {entry.text && <p>{entry.text}</p>}
      {referral.length > 0 && (
        <p class="muted">
          {t("referral_status")}: {referral.join(" · ")}
        </p>
      )}
      {entry.introduction_id !== null && <p class="muted">{t("from_introduction")}</p>}
    </li>
  );
}
