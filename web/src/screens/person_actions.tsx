// On a person's page: schedule a follow-up ("talk more, undisturbed") and
// record something given to or received from them.
import { useState } from "preact/hooks";
import { useApp } from "../context";
import type { Word } from "../i18n";
import { FormStatus } from "./form_status";

const LEDGER_KINDS = [
  "tip",
  "recommendation",
  "introduction",
  "referral",
  "help",
  "invitation",
  "feedback",
] as const;

function tomorrow(): string {
  const d = new Date(Date.now() + 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function useSubmit(onDone: () => void) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (e: Event, body: () => Promise<string>) => {
    e.preventDefault();
    setError(null);
    try {
      setMessage(await body());
      onDone();
    } catch (err) {
      setMessage(null);
      setError((err as Error).message);
    }
  };
  return { message, error, run };
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

export function LedgerForm({ personId, onDone }: { personId: number; onDone: () => void }) {
  const { api, t } = useApp();
  const [direction, setDirection] = useState("given");
  const [kind, setKind] = useState<(typeof LEDGER_KINDS)[number]>("tip");
  const [text, setText] = useState("");
  const { message, error, run } = useSubmit(onDone);
  return (
    <form
      class="card"
      aria-label={t("record_exchange")}
      onSubmit={(e) =>
        run(e, async () => {
          await api.call("POST", "/ledger", { person_id: personId, direction, kind, text });
          setText("");
          return t("saved");
        })
      }
    >
      <h2>{t("record_exchange")}</h2>
      <label>
        {t("direction")}
        <select
          name="ledger_direction"
          value={direction}
          onChange={(e) => setDirection(e.currentTarget.value)}
        >
          <option value="given">{t("given")}</option>
          <option value="received">{t("received")}</option>
        </select>
      </label>
      <label>
        {t("kind")}
        <select
          name="ledger_kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as (typeof LEDGER_KINDS)[number])}
        >
          {LEDGER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(("ledger_" + k) as Word)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("what")}
        <input name="ledger_text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit">{t("record_exchange")}</button>
      <FormStatus message={message} error={error} />
    </form>
  );
}
