// On a person's page: offer them your services. knoten checks first
// whether it is too early (trust or chemistry below 0.5, docs/client-fit.md);
// then nothing is recorded, it says why and what to give first, and the
// user may still go on ("Offer anyway").
import { useState } from "preact/hooks";
import type { PitchOutcome } from "../api";
import { giveFirstText, tooEarlyReasons } from "../client_fit_text";
import { useApp } from "../context";
import { FormStatus, useSubmit } from "./form_status";

export function PitchForm({ personId, onDone }: { personId: number; onDone: () => void }) {
  const { api, lang, t } = useApp();
  const [about, setAbout] = useState("");
  const [advice, setAdvice] = useState<PitchOutcome | null>(null);
  const { message, error, run } = useSubmit(onDone);
  const send = (e: Event, despite: boolean) =>
    run(e, async () => {
      const outcome = await api.call<PitchOutcome>("POST", `/people/${personId}/pitches`, {
        about,
        despite_too_early: despite,
      });
      if (!outcome.recorded) {
        setAdvice(outcome);
        return "";
      }
      setAdvice(null);
      setAbout("");
      return t(outcome.pitch?.too_early ? "pitch_recorded_early" : "pitch_recorded");
    });
  return (
    <form class="card pitch" aria-label={t("pitch")} onSubmit={(e) => send(e, false)}>
      <h2>{t("pitch")}</h2>
      <label>
        {t("pitch_about")}
        <textarea
          name="pitch_about"
          value={about}
          required
          maxLength={2000}
          rows={2}
          onInput={(e) => {
            setAbout(e.currentTarget.value);
            setAdvice(null);
          }}
        />
      </label>
      <p class="muted">{t("pitch_hint")}</p>
      {advice ? (
        <div class="too-early" role="alert" data-testid="too-early">
          <h3>{t("pitch_too_early")}</h3>
          <ul>
            {tooEarlyReasons(lang, advice).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {advice.give_first.length > 0 && (
            <>
              <p>{t("give_first")}</p>
              <ul>
                {advice.give_first.map((g, i) => (
                  <li key={i}>{giveFirstText(lang, g)}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" class="secondary" onClick={(e) => send(e, true)}>
            {t("pitch_anyway")}
          </button>
        </div>
      ) : (
        <button type="submit">{t("pitch_record")}</button>
      )}
      <FormStatus message={message || null} error={error} />
    </form>
  );
}
