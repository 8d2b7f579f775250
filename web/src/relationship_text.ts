// What the app says about the relationship with one person, in the user's
// language, built from the figures the API sends: the reading of the trust
// level (docs/trust.md), the give and take with them, and the private nudge
// of Today where the user has mostly taken lately (never from the English
// `text` the API adds for the CLI).
import type { Balance, KeepInTouch, Nudge, Touch } from "./api";
import { amounts, decimal } from "./format";
import type { Lang, Word } from "./i18n";

// The reading of a trust level, as docs/trust.md's table gives it.
export function trustReading(level: number): Word {
  if (level < 0.2) return "trust_new";
  if (level < 0.5) return "trust_getting_to_know";
  if (level <= 0.7) return "trust_working";
  return "trust_trusted";
}

// One side of the give and take: "Given: 2, weighted 5" / "Erhalten: 1, gewichtet 2".
export function balanceSide(lang: Lang, side: "given" | "received", b: Balance): string {
  const count = side === "given" ? b.given : b.received;
  const weight = side === "given" ? b.given_weight : b.received_weight;
  if (lang === "de") {
    return `${side === "given" ? "Gegeben" : "Erhalten"}: ${count}, gewichtet ${decimal(weight, lang)}`;
  }
  return `${side === "given" ? "Given" : "Received"}: ${count}, weighted ${decimal(weight, lang)}`;
}

function referrals(lang: Lang, n: number): string {
  if (lang === "de") return `${n} ${n === 1 ? "Auftragsempfehlung" : "Auftragsempfehlungen"}`;
  return `${n} ${n === 1 ? "referral" : "referrals"}`;
}

// The business won through referrals between the user and `name`, one line
// each way there is any: "Business Anna won through you: €1,200.00
// (2 referrals)". Empty when no referral was won.
export function businessWon(lang: Lang, b: Balance, name: string): string[] {
  const lines: string[] = [];
  const line = (won: number, values: Record<string, number>, de: string, en: string) => {
    const value = amounts(values, lang);
    if (won === 0 && value === "") return;
    const what = value === "" ? referrals(lang, won) : `${value} (${referrals(lang, won)})`;
    lines.push(`${lang === "de" ? de : en}: ${what}`);
  };
  line(b.referrals_won_given, b.business_value_given,
       `Aufträge, die ${name} durch dich gewonnen hat`, `Business ${name} won through you`);
  line(b.referrals_won_received, b.business_value_received,
       `Aufträge, die du durch ${name} gewonnen hast`, `Business you won through ${name}`);
  return lines;
}

// The words for a ledger kind in a nudge: one of it, and several
// (after "mostly"); help and feedback have no plural.
const KIND_WORDS: Record<string, { de: [string, string]; en: [string, string] }> = {
  tip: { de: ["einen Tipp", "Tipps"], en: ["a tip", "tips"] },
  recommendation: {
    de: ["eine Empfehlung", "Empfehlungen"],
    en: ["a recommendation", "recommendations"],
  },
  introduction: {
    de: ["eine Vorstellung", "Vorstellungen"],
    en: ["an introduction", "introductions"],
  },
  referral: {
    de: ["eine Auftragsempfehlung", "Auftragsempfehlungen"],
    en: ["a referral", "referrals"],
  },
  help: { de: ["Hilfe", "Hilfe"], en: ["help", "help"] },
  invitation: { de: ["eine Einladung", "Einladungen"], en: ["an invitation", "invitations"] },
  feedback: { de: ["eine Rückmeldung", "Rückmeldungen"], en: ["feedback", "feedback"] },
};

// The nudge as a sentence with "{name}" where the person's name goes (the
// screen links it), e.g. "Du hast von {name} in den letzten 90 Tagen
// 3 Gefallen bekommen (vor allem Empfehlungen) und nichts gegeben. Gibt es
// etwas, das du weitergeben kannst?". The API names only the kind received
// most, so with more than one thing received the sentence says "favours,
// mostly ...": the others may be of another kind.
export function nudgeTemplate(lang: Lang, n: Nudge): string {
  const words = Object.hasOwn(KIND_WORDS, n.kind) ? KIND_WORDS[n.kind][lang] : null;
  const one = n.received === 1;
  if (lang === "de") {
    const favours = one ? "einen Gefallen" : `${n.received} Gefallen`;
    const kind = words ? ` (${one ? words[0] : `vor allem ${words[1]}`})` : "";
    const given =
      n.given === 0 ? "nichts" : n.given === 1 ? "einmal etwas" : `${n.given}-mal etwas`;
    return (
      `Du hast von {name} in den letzten ${n.days} Tagen ${favours} bekommen${kind} ` +
      `und ${given} gegeben. Gibt es etwas, das du weitergeben kannst?`
    );
  }
  const favours = one ? "a favour" : `${n.received} favours`;
  const kind = words ? ` (${one ? words[0] : `mostly ${words[1]}`})` : "";
  const given =
    n.given === 0
      ? "gave nothing"
      : n.given === 1
        ? "gave something once"
        : `gave something ${n.given} times`;
  return (
    `You received ${favours} from {name} in the last ${n.days} days${kind} ` +
    `and ${given}. Is there something you can pass on?`
  );
}

// The nudge's sentence with the name in it.
export function nudgeText(lang: Lang, n: Nudge): string {
  return nudgeTemplate(lang, n).replace("{name}", () => n.person_name);
}

// Why someone is on Today's keep-in-touch list: "no contact for 70 days
// (every 30 days suits the two of you)".
export function keepInTouchText(lang: Lang, k: KeepInTouch): string {
  if (lang === "de") {
    const why = k.rhythm_chosen ? ", wie du es gewählt hast" : " passt zu euch";
    return `seit ${k.days_since} Tagen kein Kontakt (alle ${k.rhythm_days} Tage${why})`;
  }
  const why = k.rhythm_chosen ? ", as you chose" : " suits the two of you";
  return `no contact for ${k.days_since} days (every ${k.rhythm_days} days${why})`;
}

// A rhythm in words: "every 2 weeks", "alle 3 Monate", else "every 45 days".
export function rhythmName(lang: Lang, days: number): string {
  const de = lang === "de";
  const named: Record<number, [string, string]> = {
    7: ["every week", "jede Woche"],
    14: ["every 2 weeks", "alle 2 Wochen"],
    30: ["every month", "jeden Monat"],
    60: ["every 2 months", "alle 2 Monate"],
    91: ["every 3 months", "alle 3 Monate"],
    182: ["every 6 months", "alle 6 Monate"],
    365: ["every year", "jedes Jahr"],
  };
  const pair = named[days];
  if (pair) return de ? pair[1] : pair[0];
  return de ? `alle ${days} Tage` : `every ${days} days`;
}

// The state of keeping in touch on a person's page: "Every month (from
// trust), next contact by 2027-01-05" or why there is no rhythm yet.
export function touchText(lang: Lang, touch: Touch): string {
  const de = lang === "de";
  if (touch.rhythm_days === null || touch.due_at === null) {
    return de
      ? "Noch kein Rhythmus: eine neue Bekanntschaft. Was den Kontakt trägt, ist das Nachfassen nach dem Treffen; du kannst aber einen Rhythmus wählen."
      : "No rhythm yet: a new acquaintance. What keeps the contact alive is the follow-up after meeting; you can choose a rhythm all the same.";
  }
  const rhythm = rhythmName(lang, touch.rhythm_days);
  const source = touch.chosen ? (de ? "deine Wahl" : "your choice") : de ? "aus dem Vertrauen" : "from trust";
  const due = touch.due_at.slice(0, 10);
  const when = touch.losing_touch
    ? de
      ? `Kontakt war fällig am ${due}`
      : `contact was due on ${due}`
    : de
      ? `nächster Kontakt bis ${due}`
      : `next contact by ${due}`;
  const head = rhythm.charAt(0).toUpperCase() + rhythm.slice(1);
  return `${head} (${source}), ${when}.`;
}
