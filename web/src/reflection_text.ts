// What the data says about an item of the reflection checklist, as a
// sentence in the user's language, built from the figures the API sends
// (`evidence.facts`), never from its English `summary`.
import type { Lang } from "./i18n";

type Facts = Readonly<Record<string, number>>;

// "1 network" / "3 networks": the number and the word in its form.
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// How often, in a list after a colon: "once" / "3 times", "einmal" / "3-mal".
function times(lang: Lang, n: number): string {
  if (lang === "de") return n === 1 ? "einmal" : `${n}-mal`;
  return n === 1 ? "once" : `${n} times`;
}

type Builder = (lang: Lang, f: Facts) => string;

const BUILDERS: Record<string, { facts: readonly string[]; text: Builder }> = {
  ready_to_give: {
    facts: ["given", "received"],
    text: (lang, f) =>
      lang === "de"
        ? `In den letzten 12 Monaten: ${times(lang, f.given)} gegeben, ${times(lang, f.received)} bekommen.`
        : `In the last 12 months: given ${times(lang, f.given)}, received ${times(lang, f.received)}.`,
  },
  build_trust_slowly: {
    facts: ["close_relationships", "growing_relationships", "broken_promises"],
    text: (lang, f) => {
      const close = f.close_relationships;
      const growing = f.growing_relationships;
      const broken = f.broken_promises;
      if (lang === "de") {
        const promises =
          broken === 0 ? "keine Zusage gebrochen" : `${count(broken, "Zusage", "Zusagen")} gebrochen`;
        return (
          `Arbeitsvertrauen oder enger mit ${count(close, "Person", "Personen")}, ` +
          `wachsendes Vertrauen mit ${growing}; ${promises}.`
        );
      }
      const promises =
        broken === 0 ? "no promise broken" : `${count(broken, "promise", "promises")} broken`;
      return (
        `Working trust or closer with ${count(close, "person", "people")}, ` +
        `growing trust with ${growing}; ${promises}.`
      );
    },
  },
  know_who_i_am: {
    facts: ["positioning", "expertise_areas"],
    text: (lang, f) => {
      const n = f.expertise_areas;
      if (lang === "de") {
        const who = f.positioning ? "eine Positionierung" : "noch keine Positionierung";
        const areas = n === 0 ? "noch keine Fachgebiete" : count(n, "Fachgebiet", "Fachgebiete");
        return `Dein Profil hat ${who} und nennt ${areas}.`;
      }
      const who = f.positioning ? "a positioning" : "no positioning yet";
      const areas =
        n === 0 ? "no areas of expertise yet" : count(n, "area of expertise", "areas of expertise");
      return `Your profile has ${who} and names ${areas}.`;
    },
  },
  what_for_whom: {
    facts: ["offers", "without_audience"],
    text: (lang, f) => {
      const n = f.offers;
      const m = f.without_audience;
      if (lang === "de") {
        if (n === 0) return "Du hast noch keine Angebote aufgeschrieben.";
        const offers = count(n, "Angebot", "Angebote");
        if (m === 0) {
          return n === 1
            ? `Du hast ${offers}, und es sagt, für wen es ist.`
            : `Du hast ${offers}, und jedes sagt, für wen es ist.`;
        }
        return `Du hast ${offers}; bei ${m} fehlt noch, für wen ${m === 1 ? "es ist" : "sie sind"}.`;
      }
      if (n === 0) return "You have not written down any offers yet.";
      const offers = count(n, "offer", "offers");
      if (m === 0) {
        return n === 1
          ? `You have ${offers}, and it says for whom.`
          : `You have ${offers}, and each says for whom.`;
      }
      return `You have ${offers}; ${m} ${m === 1 ? "does" : "do"} not say for whom yet.`;
    },
  },
  what_i_need: {
    facts: ["needs"],
    text: (lang, f) => {
      const n = f.needs;
      if (lang === "de") {
        return n === 0
          ? "Du hast noch keinen Bedarf aufgeschrieben."
          : `Du hast ${count(n, "Bedarf", "Bedarfe")} aufgeschrieben.`;
      }
      return n === 0
        ? "You have not written down any needs yet."
        : `You have written down ${count(n, "need", "needs")}.`;
    },
  },
  real_relationships: {
    facts: ["follow_ups_done"],
    text: (lang, f) => {
      const n = f.follow_ups_done;
      if (lang === "de") {
        if (n === 0) return "Du hast noch nicht nachgefasst (mit einem Treffen oder Anruf).";
        return `Du hast ${times(lang, n)} nachgefasst (mit einem Treffen oder Anruf).`;
      }
      if (n === 0) return "You have not followed up yet (with a meeting or call).";
      return `You have followed up ${times(lang, n)} (with a meeting or call).`;
    },
  },
  different_groups: {
    facts: ["networks"],
    text: (lang, f) => {
      const n = f.networks;
      if (lang === "de") {
        return n === 0
          ? "Du bist noch in keinem Netzwerk Mitglied."
          : `Du bist Mitglied in ${count(n, "Netzwerk", "Netzwerken")}.`;
      }
      return n === 0
        ? "You are not a member of any network yet."
        : `You are a member of ${count(n, "network", "networks")}.`;
    },
  },
  small_talk: {
    facts: ["encounters_90_days"],
    text: (lang, f) => {
      const n = f.encounters_90_days;
      if (lang === "de") {
        return n === 0
          ? "In den letzten 90 Tagen: keine Begegnungen."
          : `In den letzten 90 Tagen: ${count(n, "Begegnung", "Begegnungen")}.`;
      }
      return n === 0
        ? "In the last 90 days: no encounters."
        : `In the last 90 days: ${count(n, "encounter", "encounters")}.`;
    },
  },
};

// The sentence for `item` from `facts`, or null when the app has none for
// that item or a figure it needs is missing.
export function evidenceText(lang: Lang, item: string, facts: Facts): string | null {
  const builder = Object.hasOwn(BUILDERS, item) ? BUILDERS[item] : undefined;
  if (!builder) return null;
  if (!builder.facts.every((name) => Number.isInteger(facts[name]))) return null;
  return builder.text(lang, facts);
}
