// A follow-up due on Today, with the question knoten asks afterwards: did
// it happen? "Yes" closes it as done (it counts for trust, docs/trust.md),
// "No" cancels it; either way it leaves the list.
import { useState } from "preact/hooks";
import type { DueFollowUp } from "../api";
import { useApp } from "../context";

export function DueFollowUpItem({ followUp, onClosed }: { followUp: DueFollowUp; onClosed: () => void }) {
  const { api, t } = useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = async (status: "done" | "cancelled") => {
    setBusy(true);
    setError(null);
    try {
      await api.call("PATCH", `/followups/${followUp.id}`, { status });
      onClosed();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  const f = followUp;
  return (
    <li class="due-follow-up" data-followup-id={f.id}>
      <a href={`#/people/${f.person_id}`}>{f.person_name}</a> · {f.due_at.slice(0, 10)} ·{" "}
      {t(f.kind === "meeting" ? "meeting" : "call")}
      {f.about && <span class="muted"> · {f.about}</span>}
      <div class="actions" role="group" aria-label={t("did_it_happen")}>
        <span>{t("did_it_happen")}</span>
        <button type="button" disabled={busy} onClick={() => close("done")}>
          {t("it_happened")}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => close("cancelled")}>
          {t("it_did_not_happen")}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
