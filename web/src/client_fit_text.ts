// What the app says about client fit and the pitch (docs/client-fit.md), in
// the user's language, built from the figures the API sends: the five-step
// scale of a judgement, the sentence under the four bars, and what to give
// before pitching.
import type { ClientFit, FitFactor, GiveFirst, PitchOutcome } from "./api";
import { decimal } from "./format";
import type { Lang } from "./i18n";

export const JUDGEMENT_STEPS = 5;

// The step of five nearest to a level: 0.8 → 4, 0.5 → 3 (never below 1).
export function toStep(value: number): number {
  return Math.min(JUDGEMENT_STEPS, Math.max(1, Math.round(value * JUDGEMENT_STEPS)));
}

// The level of a step: 4 → 0.8.
export function fromStep(step: number): number {
  return step / JUDGEMENT_STEPS;
}

const FACTOR_WORDS: Record<FitFactor, { en: string; de: string }> = {
  trust: { en: "trust", de: "Vertrauen" },
  competence: { en: "competence", de: "Kompetenz" },
  chemistry: { en: "chemistry", de: "Chemie" },
  fit: { en: "fit", de: "Passung" },
};

export function factorWord(lang: Lang, factor: FitFactor): string {
  return FACTOR_WORDS[factor][lang];
}

// A factor's figure: "0,80" / "0.80", or "not judged yet" while it is null.
export function factorFigure(lang: Lang, value: number | null): string {
  if (value === null) return lang === "de" ? "noch nicht eingeschätzt" : "not judged yet";
  return decimal(value, lang, 2);
}

// The sentence under the bars: the level and the weakest factor, or what
// is still to judge. The level is the weakest factor, never above it.
export function fitSummary(lang: Lang, fit: ClientFit): string {
  const weakest = factorWord(lang, fit.weakest);
  const figure = decimal(fit.factors[fit.weakest] ?? 0, lang, 2);
  if (fit.level === null) {
    const missing = (["competence", "chemistry"] as const)
      .filter((f) => fit.factors[f] === null)
      .map((f) => factorWord(lang, f));
    const list = missing.join(lang === "de" ? " und " : " and ");
    return lang === "de"
      ? `Schätze ${list} ein, um die ganze Passung zu sehen. Bisher am schwächsten: ${weakest} (${figure}).`
      : `Judge ${list} to see the whole fit. Weakest so far: ${weakest} (${figure}).`;
  }
  const level = decimal(fit.level, lang, 2);
  return lang === "de"
    ? `Kundenpassung ${level}: Der schwächste Faktor zählt, hier ${weakest}.`
    : `Client fit ${level}: the weakest factor counts, here ${weakest}.`;
}

// Where "fit" comes from: "Your offer “Media training” meets their need
// “Interviews before a launch”."
export function fitSource(lang: Lang, fit: ClientFit): string | null {
  const why = fit.fit_why;
  if (!why) return null;
  if (lang === "de") {
    return `Dein Angebot „${why.offer_title}“ trifft den Bedarf „${why.need_title}“.`;
  }
  return `Your offer “${why.offer_title}” meets their need “${why.need_title}”.`;
}

// One thing to give before pitching, as advice.
export function giveFirstText(lang: Lang, g: GiveFirst): string {
  if (g.kind === "introduction") {
    return lang === "de"
      ? `Stelle ${g.person_name} vor: „${g.offer_title}“ passt zum Bedarf „${g.need_title}“.`
      : `Introduce ${g.person_name}: “${g.offer_title}” meets the need “${g.need_title}”.`;
  }
  if (g.kind === "tip") {
    return lang === "de"
      ? `Gib einen Tipp zum Bedarf „${g.need_title}“.`
      : `Pass on a tip for the need “${g.need_title}”.`;
  }
  return lang === "de"
    ? "Frag, was gerade gebraucht wird: Es ist noch kein Bedarf erfasst."
    : "Ask what they need: no need is on record yet.";
}

// Why a pitch is too early, in the user's language.
export function tooEarlyReasons(lang: Lang, outcome: PitchOutcome): string[] {
  return outcome.reasons.map((r) => (lang === "de" ? r.text_de : r.text));
}
