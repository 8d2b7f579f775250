// Duplicates on the people screen: on demand, the pairs of people who may
// be one (the same e-mail address, phone number or a name written
// otherwise) and, for each, which of the two to keep; the other is merged
// into them with everything that referred to them, once the user has
// confirmed it (a merge cannot be undone).
import { useState } from "preact/hooks";
import type { DuplicatePair, DuplicatePerson } from "../api";
import { useApp } from "../context";
import { fill, personFacts, reasonsText, sideName } from "../duplicate_text";
import { useAttempt } from "../use_attempt";

export function Duplicates({ onMerged }: { onMerged: () => void }) {
  const { api, lang, t } = useApp();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [message, setMessage] = useState("");
  // The merge asked for and not yet confirmed.
  const [pending, setPending] = useState<{ keep: DuplicatePerson; remove: DuplicatePerson } | null>(
    null,
  );
  const { busy, error, attempt } = useAttempt();

  const look = () =>
    attempt(async () => {
      setMessage("");
      setPending(null);
      setPairs((await api.duplicates()).items);
    });

  const merge = (keep: DuplicatePerson, remove: DuplicatePerson) =>
    attempt(async () => {
      setPending(null);
      await api.merge(keep.id, remove.id);
      onMerged();
      setMessage(
        fill(t("merged_into"), { removed: sideName(remove, keep), kept: sideName(keep, remove) }),
      );
      setPairs((await api.duplicates()).items);
    });

  const isPending = (pair: DuplicatePair) =>
    pending !== null &&
    ((pending.keep.id === pair.a.id && pending.remove.id === pair.b.id) ||
      (pending.keep.id === pair.b.id && pending.remove.id === pair.a.id));

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
              {isPending(pair) && pending ? (
                <div class="confirm" role="group">
                  <p>
                    {fill(t("merge_confirm"), {
                      removed: sideName(pending.remove, pending.keep),
                      kept: sideName(pending.keep, pending.remove),
                    })}
                  </p>
                  <p class="row">
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => merge(pending.keep, pending.remove)}
                    >
                      {t("merge_now")}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setPending(null)}>
                      {t("cancel")}
                    </button>
                  </p>
                </div>
              ) : (
                <p class="row">
                  {[
                    { keep: pair.a, remove: pair.b },
                    { keep: pair.b, remove: pair.a },
                  ].map((choice) => (
                    <button
                      key={choice.keep.id}
                      type="button"
                      disabled={busy}
                      onClick={() => setPending(choice)}
                    >
                      {fill(t("keep_person"), { name: sideName(choice.keep, choice.remove) })}
                    </button>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
