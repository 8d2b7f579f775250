// On a person's page: how often the user wants to be in touch with them
// (docs/trust.md, "Keeping in touch"): the rhythm that applies, from trust
// or chosen, when the next contact is due, and a choice of rhythm, which
// can go back to the default.
import { useState } from "preact/hooks";
import { RHYTHM_CHOICES, type PersonDetails } from "../api";
import { useApp } from "../context";
import { rhythmName, touchText } from "../relationship_text";
import { FormStatus, useSubmit } from "./form_status";

export function KeepInTouchSection({ person, onChange }: { person: PersonDetails; onChange: () => void }) {
  const { api, lang, t } = useApp();
  const touch = person.keep_in_touch;
  const current = person.rhythm_days === null ? "" : String(person.rhythm_days);
  const [choice, setChoice] = useState(current);
  const { message, error, run } = useSubmit(onChange);
  const choices: number[] = [...RHYTHM_CHOICES];
  if (person.rhythm_days !== null && !choices.includes(person.rhythm_days)) {
    choices.push(person.rhythm_days);
    choices.sort((a, b) => a - b);
  }
  const defaultLabel =
    touch.default_days === null
      ? t("rhythm_default_none")
      : `${t("rhythm_default")}: ${rhythmName(lang, touch.default_days)}`;
  return (
    <section
      class={touch.losing_touch ? "card keep-in-touch losing" : "card keep-in-touch"}
      aria-labelledby="rhythm"
      data-testid="keep-in-touch"
    >
      <h2 id="rhythm">{t("rhythm")}</h2>
      <p data-testid="touch-text">{touchText(lang, touch)}</p>
      {!person.archived && (
        <form
          class="rhythm"
          aria-label={t("rhythm_choose")}
          onSubmit={(e) =>
            run(e, async () => {
              await api.call("PATCH", `/people/${person.id}`, {
                rhythm_days: choice === "" ? null : Number(choice),
              });
              return t("saved");
            })
          }
        >
          <label>
            {t("rhythm_choose")}
            <select name="rhythm_days" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              <option value="">{defaultLabel}</option>
              {choices.map((days) => (
                <option key={days} value={String(days)}>
                  {rhythmName(lang, days)}
                </option>
              ))}
            </select>
          </label>
          <div class="actions">
            <button type="submit" disabled={choice === current}>
              {t("save")}
            </button>
          </div>
          <FormStatus message={message} error={error} />
        </form>
      )}
    </section>
  );
}
