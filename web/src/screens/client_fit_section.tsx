// On a person's page: client fit as four bars (trust AND competence AND
// chemistry AND fit, docs/client-fit.md), the weakest named, and the
// user's own judgement of competence and chemistry, which they can give,
// change or take back. Private: only the user sees it.
import { useState } from "preact/hooks";
import {
  FIT_FACTORS,
  JUDGEMENT_EVIDENCE,
  type ClientFit,
  type Judgement,
  type JudgementEvidence,
  type JudgementFactor,
  type PersonDetails,
} from "../api";
import { factorFigure, factorWord, fitSource, fitSummary, fromStep, JUDGEMENT_STEPS, toStep } from "../client_fit_text";
import { useApp } from "../context";
import { translateValue } from "../i18n";
import { FormStatus, useSubmit } from "./form_status";

function FitBars({ fit }: { fit: ClientFit }) {
  const { lang, t } = useApp();
  return (
    <ul class="fit-bars">
      {FIT_FACTORS.map((factor) => {
        const value = fit.factors[factor];
        const weakest = factor === fit.weakest;
        const figure = factorFigure(lang, value);
        return (
          <li key={factor} class={weakest ? "fit-bar weakest" : "fit-bar"} data-factor={factor}>
            <span class="fit-name">{factorWord(lang, factor)}</span>
            <meter
              min={0}
              max={1}
              value={value ?? 0}
              aria-label={`${t("client_fit")}: ${factorWord(lang, factor)}`}
              aria-valuetext={weakest ? `${figure}, ${t("weakest")}` : figure}
            />
            <span class="fit-figure">
              {figure}
              {weakest && <strong> · {t("weakest")}</strong>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function JudgeForm({
  personId,
  factor,
  judgement,
  onDone,
}: {
  personId: number;
  factor: JudgementFactor;
  judgement: Judgement | undefined;
  onDone: () => void;
}) {
  const { api, lang, t } = useApp();
  const [step, setStep] = useState(judgement ? String(toStep(judgement.value)) : "");
  const [evidence, setEvidence] = useState<JudgementEvidence>(judgement?.evidence ?? "none");
  const [note, setNote] = useState(judgement?.note ?? "");
  const { message, error, run } = useSubmit(onDone);
  const path = `/people/${personId}/judgements/${factor}`;
  const label = t(factor === "competence" ? "judge_competence" : "judge_chemistry");
  return (
    <form
      class="judge"
      aria-label={label}
      onSubmit={(e) =>
        run(e, async () => {
          await api.call("PUT", path, { value: fromStep(Number(step)), evidence, note });
          return t("saved");
        })
      }
    >
      <fieldset>
        <legend>{label}</legend>
        <label>
          {label}
          <select
            name={`${factor}_step`}
            value={step}
            required
            onChange={(e) => setStep(e.currentTarget.value)}
          >
            <option value="">{t("not_judged")}</option>
            {Array.from({ length: JUDGEMENT_STEPS }, (_, i) => i + 1).map((s) => (
              <option key={s} value={String(s)}>
                {`${s}/${JUDGEMENT_STEPS}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("based_on")}
          <select
            name={`${factor}_evidence`}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value as JudgementEvidence)}
          >
            {JUDGEMENT_EVIDENCE.map((ev) => (
              <option key={ev} value={ev}>
                {translateValue(lang, "evidence", ev)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("note_optional")}
          <input
            name={`${factor}_note`}
            value={note}
            maxLength={2000}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <div class="actions">
          <button type="submit">{t("save")}</button>
          {judgement && (
            <button
              type="button"
              class="secondary"
              onClick={(e) =>
                run(e, async () => {
                  await api.call("DELETE", path);
                  setStep("");
                  setEvidence("none");
                  setNote("");
                  return t("saved");
                })
              }
            >
              {t("take_back")}
            </button>
          )}
        </div>
        <FormStatus message={message} error={error} />
      </fieldset>
    </form>
  );
}

export function ClientFitSection({ person, onChange }: { person: PersonDetails; onChange: () => void }) {
  const { lang, t } = useApp();
  const fit = person.client_fit;
  const source = fitSource(lang, fit);
  const judged = (f: JudgementFactor) => person.judgements.find((j) => j.factor === f);
  return (
    <section class="card client-fit" aria-labelledby="client-fit" data-testid="client-fit">
      <h2 id="client-fit">{t("client_fit")}</h2>
      <FitBars fit={fit} />
      <p class="fit-summary">{fitSummary(lang, fit)}</p>
      {source && <p class="muted">{source}</p>}
      {!person.archived && (
        <details>
          <summary>{t("your_judgement")}</summary>
          {(["competence", "chemistry"] as const).map((f) => {
            return (
              <JudgeForm
                key={f}
                personId={person.id}
                factor={f}
                judgement={judged(f)}
                onDone={onChange}
              />
            );
          })}
        </details>
      )}
      <p class="muted trust-hint">{t("client_fit_hint")}</p>
    </section>
  );
}
