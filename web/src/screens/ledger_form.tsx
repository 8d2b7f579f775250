// Records something given to or received from a person: on the person's
// page (personId given) and on the ledger, where the person is chosen.
import { useState } from "preact/hooks";
import {
  type Direction,
  LEDGER_KINDS,
  type LedgerKind,
  type NewLedgerEntry,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from "../api";
import { useApp } from "../context";
import { localDay } from "../format";
import { translateValue } from "../i18n";
import { FormStatus, useSubmit } from "./form_status";
import { PersonPicker } from "./person_picker";

interface Props {
  personId?: number;
  onDone: () => void;
}

export function LedgerForm({ personId, onDone }: Props) {
  const { api, lang, t } = useApp();
  const today = localDay(new Date());
  const [chosen, setChosen] = useState<number | null>(null);
  const [direction, setDirection] = useState<Direction>("given");
  const [kind, setKind] = useState<LedgerKind>("tip");
  const [text, setText] = useState("");
  const [day, setDay] = useState(today);
  const [status, setStatus] = useState<ReferralStatus>("open");
  const [value, setValue] = useState("");
  const { message, error, run } = useSubmit(onDone);
  const person = personId ?? chosen;

  const entry = (who: number): NewLedgerEntry => {
    const e: NewLedgerEntry = { person_id: who, direction, kind, text };
    // Left out, the server takes the moment of saving.
    if (day !== today) e.occurred_at = day;
    if (kind === "referral") {
      e.referral_status = status;
      if (value.trim()) e.business_value = Number(value);
    }
    return e;
  };

  return (
    <form
      class="card"
      aria-label={t("record_exchange")}
      onSubmit={(e) =>
        run(e, async () => {
          if (person === null) throw new Error(t("choose_person"));
          await api.recordLedgerEntry(entry(person));
          setText("");
          setValue("");
          return t("saved");
        })
      }
    >
      <h2>{t("record_exchange")}</h2>
      {personId === undefined && (
        <PersonPicker name="ledger_person" label={t("person")} value={chosen} onChange={setChosen} />
      )}
      <label>
        {t("direction")}
        <select
          name="ledger_direction"
          value={direction}
          onChange={(e) => setDirection(e.currentTarget.value as Direction)}
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
          onChange={(e) => setKind(e.currentTarget.value as LedgerKind)}
        >
          {LEDGER_KINDS.map((k) => (
            <option key={k} value={k}>
              {translateValue(lang, "ledger", k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("what")}
        <input name="ledger_text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        {t("day")}
        <input
          name="ledger_day"
          type="date"
          value={day}
          max={today}
          onInput={(e) => setDay(e.currentTarget.value)}
          required
        />
      </label>
      {kind === "referral" && (
        <div class="row">
          <label class="grow">
            {t("referral_status")}
            <select
              name="ledger_referral_status"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as ReferralStatus)}
            >
              {REFERRAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {translateValue(lang, "referral", s)}
                </option>
              ))}
            </select>
          </label>
          <label class="grow">
            {t("business_value")}
            <input
              name="ledger_value"
              type="number"
              min="0"
              step="0.01"
              inputMode="decimal"
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </label>
        </div>
      )}
      <button type="submit">{t("record_exchange")}</button>
      <FormStatus message={message} error={error} />
    </form>
  );
}
