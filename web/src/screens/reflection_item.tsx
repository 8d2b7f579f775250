// One item of the reflection checklist: the question, what the data says
// about it, the answer (yes / partly / not yet) and a note, saved with
// PUT /reflection/{item}. What the user typed stays in the form until it is
// saved, also when saving fails or the checklist is read again.
import { useEffect, useState } from "preact/hooks";
import { REFLECTION_ANSWERS, type ReflectionAnswer, type ReflectionCheck } from "../api";
import { useApp } from "../context";
import { localDay } from "../format";
import { translateValue } from "../i18n";
import { evidenceText } from "../reflection_text";
import { FormStatus, useSubmit } from "./form_status";

function Evidence({ id, check }: { id: string; check: ReflectionCheck }) {
  const { lang, t } = useApp();
  const evidence = check.evidence;
  if (!evidence) {
    return (
      <p id={id} class="evidence muted">
        {t("reflection_no_evidence")}
      </p>
    );
  }
  const text = evidenceText(lang, check.item, evidence.facts);
  return (
    <p id={id} class="evidence">
      {evidence.attention && <span class="tag attention">{t("worth_a_look")}</span>}{" "}
      {/* A figure the app has no sentence for: the server's, in English. */}
      {text ?? <span lang="en">{evidence.summary}</span>}
    </p>
  );
}

export function ReflectionItem({ check }: { check: ReflectionCheck }) {
  const { api, lang, t } = useApp();
  // The answer as stored, and what the data says (newest read or answer).
  const [saved, setSaved] = useState(check);
  const [evidence, setEvidence] = useState(check.evidence);
  useEffect(() => setEvidence(check.evidence), [check]);
  // What is in the form.
  const [answer, setAnswer] = useState<ReflectionAnswer | null>(check.answer);
  const [note, setNote] = useState(check.note);
  const { message, error, run } = useSubmit(() => {});

  const question = translateValue(lang, "reflection_item", check.item);
  const id = `reflection-${check.item}`;
  const dirty = answer !== saved.answer || note !== saved.note;

  return (
    <li class="card reflection-item">
      <form
        aria-labelledby={id}
        onSubmit={(e) =>
          run(e, async () => {
            if (answer === null) throw new Error(t("choose_answer"));
            const sent = note;
            const stored = await api.answerReflection(check.item, answer, note);
            setSaved(stored);
            setEvidence(stored.evidence);
            // The server trims the note; text typed meanwhile is kept.
            setNote((now) => (now === sent ? stored.note : now));
            return t("saved");
          })
        }
      >
        <fieldset aria-describedby={`${id}-evidence`}>
          <legend id={id}>{question}</legend>
          <Evidence id={`${id}-evidence`} check={{ ...check, evidence }} />
          <div class="choices">
            {REFLECTION_ANSWERS.map((value) => (
              <label key={value} class="choice">
                <input
                  type="radio"
                  name={`reflection_answer_${check.item}`}
                  value={value}
                  checked={answer === value}
                  onChange={() => setAnswer(value)}
                />
                {translateValue(lang, "reflection_answer", value)}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          {t("note_optional")}
          <textarea
            name={`reflection_note_${check.item}`}
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <div class="row save-row">
          <button type="submit" class="secondary" aria-label={`${t("save")}: ${question}`}>
            {t("save")}
          </button>
          {dirty ? (
            <span class="muted">{t("not_saved_yet")}</span>
          ) : (
            saved.answered_at && (
              <span class="muted when">
                {t("answered_on")} {localDay(new Date(saved.answered_at))}
              </span>
            )
          )}
        </div>
        <FormStatus message={dirty ? null : message} error={error} />
      </form>
    </li>
  );
}
