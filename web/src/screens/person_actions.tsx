// On a person's page: schedule a follow-up ("talk more, undisturbed").
// Recording something given or received is ledger_form.tsx.
import { useState } from "preact/hooks";
import { useApp } from "../context";
import { FormStatus, useSubmit } from "./form_status";

function tomorrow(): string {
  const d = new Date(Date.now() + 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function FollowUpForm({ personId, onDone }: { personId: number; onDone: () => void }) {
  const { api, t } = useApp();
  const [kind, setKind] = useState("call");
  const [due, setDue] = useState(tomorrow());
  const [about, setAbout] = useState("");
  const { message, error, run } = useSubmit(onDone);
  return (
    <form
      class="card"
      aria-label={t("schedule_followup")}
      onSubmit={(e) =>
        run(e, async () => {
          await api.call("POST", "/followups", {
            person_id: personId,
            kind,
            due_at: due,
            about,
          });
          setAbout("");
          return t("saved");
        })
      }
    >
      <h2>{t("schedule_followup")}</h2>
      <label>
        {t("kind")}
        <select name="followup_kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="call">{t("call")}</option>
          <option value="meeting">{t("meeting")}</option>
        </select>
      </label>
      <label>
        {t("due")}
        <input
          name="followup_due"
          type="date"
          value={due}
          onInput={(e) => setDue(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {t("about")}
        <input name="followup_about" value={about} onInput={(e) => setAbout(e.currentTarget.value)} />
      </label>
      <button type="submit">{t("schedule_followup")}</button>
      <FormStatus message={message} error={error} />
    </form>
  );
}
