// Duplicates on the people screen: on demand, the pairs of people who may
// be one (the same e-mail address, phone number or a name written
// otherwise) and, for each, which of the two to keep; the other is merged
// into them with everything that referred to them.
import { useState } from "preact/hooks";
import type { DuplicatePair, DuplicatePerson } from "../api";
import { useApp } from "../context";
import { fill, personFacts, reasonsText } from "../duplicate_text";
import { useAttempt } from "../use_attempt";

export function Duplicates({ onMerged }: { onMerged: () => void }) {
  const { api, lang, t } = useApp();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [message, setMessage] = useState("");
  const { busy, error, attempt } = useAttempt();

  const look = () =>
    attempt(async () => {
      setMessage("");
      setPairs((await api.duplicates()).items);
    });

  const merge = (keep: DuplicatePerson, remove: DuplicatePerson) =>
    attempt(async () => {
      await api.merge(keep.id, remove.id);
      onMerged();
      setMessage(fill(t("merged_into"), { removed: remove.display_name, kept: keep.display_name }));
      setPairs((await api.duplicates()).items);
    });

  const side = (p: DuplicatePerson) => (
    <span>
      <a href={`#/people/${p.id}`}>{p.display_name}</a>{" "}
      <span class="muted">{personFacts(lang, p)}</span>
    </span>
  );

  return (
    <section class="duplicates">
      <h2>{t("duplicates")}</h2>
      <p class="muted">{t("duplicates_hint")}</p>
      <button type="button" disabled={busy} onClick={look}>
        {t("find_duplicates")}
      </button>
      {message && <p role="status">{message}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pairs !== null && pairs.length === 0 && <p>{t("no_duplicates")}</p>}
      {pairs !== null && pairs.length > 0 && (
        <ul class="list duplicate-pairs">
          {pairs.map((pair) => (
            <li key={`${pair.a.id}-${pair.b.id}`}>
              <p>
                {side(pair.a)} ↔ {side(pair.b)}
              </p>
              <p class="muted">{reasonsText(lang, pair.reasons)}</p>
              <p class="row">
                <button type="button" disabled={busy} onClick={() => merge(pair.a, pair.b)}>
                  {fill(t("keep_person"), { name: pair.a.display_name })}
                </button>
                <button type="button" disabled={busy} onClick={() => merge(pair.b, pair.a)}>
                  {fill(t("keep_person"), { name: pair.b.display_name })}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
