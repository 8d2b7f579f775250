// The app's words in English and German. The language comes from the
// user's choice (kept in localStorage) or else from the browser.

export type Lang = "en" | "de";

const WORDS = {
  app_name: { en: "knoten", de: "knoten" },
  today: { en: "Today", de: "Heute" },
  people: { en: "People", de: "Kontakte" },
  event_mode: { en: "Event mode", de: "Eventmodus" },
  matches: { en: "Matches", de: "Treffer" },
  log_in: { en: "Log in", de: "Anmelden" },
  create_account: { en: "Create your account", de: "Konto anlegen" },
  first_visit: {
    en: "Welcome to knoten. Choose a username and a password of at least 10 characters.",
    de: "Willkommen bei knoten. Wähle einen Benutzernamen und ein Passwort mit mindestens 10 Zeichen.",
  },
  setup_elsewhere: {
    en: "There is no account yet. Create it on the computer knoten runs on, or with 'knoten init --password-stdin'.",
    de: "Es gibt noch kein Konto. Lege es auf dem Rechner an, auf dem knoten läuft, oder mit 'knoten init --password-stdin'.",
  },
  log_out: { en: "Log out", de: "Abmelden" },
  username: { en: "Username", de: "Benutzername" },
  password: { en: "Password", de: "Passwort" },
  language: { en: "Deutsch", de: "English" },
  loading: { en: "Loading…", de: "Lädt…" },
  search: { en: "Search", de: "Suchen" },
  search_people: { en: "Search people", de: "Kontakte suchen" },
  no_people: { en: "Nobody found.", de: "Niemand gefunden." },
  followups_due: { en: "Follow-ups due", de: "Fällige Nachfass-Termine" },
  promises_due: { en: "Promises due", de: "Fällige Zusagen" },
  suggestions: { en: "Suggestions", de: "Vorschläge" },
  nothing_due: { en: "Nothing due.", de: "Nichts fällig." },
  suggestions_loading: {
    en: "Suggestions are being prepared…",
    de: "Vorschläge werden vorbereitet…",
  },
  none_yet: { en: "None yet.", de: "Noch keine." },
  offers: { en: "Offers", de: "Angebote" },
  needs: { en: "Needs", de: "Bedarfe" },
  timeline: { en: "Timeline", de: "Verlauf" },
  back: { en: "Back", de: "Zurück" },
  event: { en: "Event", de: "Veranstaltung" },
  choose_event: { en: "Choose the event", de: "Veranstaltung wählen" },
  name: { en: "Name", de: "Name" },
  they_offer: { en: "They offer", de: "Bietet" },
  they_need: { en: "They need", de: "Sucht" },
  note: { en: "Note", de: "Notiz" },
  save: { en: "Save", de: "Speichern" },
  saved: { en: "Saved.", de: "Gespeichert." },
  queued: {
    en: "No connection: kept on this device, sent when back online.",
    de: "Keine Verbindung: auf dem Gerät gespeichert, wird gesendet, sobald sie wieder da ist.",
  },
  waiting: { en: "waiting to be sent", de: "warten auf Versand" },
  refused: { en: "Not stored", de: "Nicht gespeichert" },
  for_my_needs: { en: "Who offers what I need", de: "Wer bietet, was ich brauche" },
  chances_to_help: { en: "Where I can help", de: "Wo ich helfen kann" },
  introductions: { en: "Introductions to make", de: "Mögliche Empfehlungen" },
  why: { en: "Why", de: "Warum" },
  no_events: {
    en: "No events yet; create this one first.",
    de: "Noch keine Veranstaltungen; lege diese zuerst an.",
  },
  new_event: { en: "New event", de: "Neue Veranstaltung" },
  title: { en: "Title", de: "Titel" },
  day: { en: "Day", de: "Tag" },
  ledger: { en: "Give & take", de: "Geben & Nehmen" },
  nothing_yet: { en: "Nothing recorded yet.", de: "Noch nichts festgehalten." },
  error: { en: "Something went wrong", de: "Etwas ist schiefgegangen" },
  schedule_followup: { en: "Schedule a follow-up", de: "Nachfassen planen" },
  record_exchange: { en: "Record a give or take", de: "Geben oder Nehmen festhalten" },
  kind: { en: "Kind", de: "Art" },
  due: { en: "Due", de: "Fällig" },
  about: { en: "About", de: "Worum" },
  call: { en: "Call", de: "Anruf" },
  meeting: { en: "Meeting", de: "Treffen" },
  direction: { en: "Direction", de: "Richtung" },
  given: { en: "I gave", de: "Ich habe gegeben" },
  received: { en: "I received", de: "Ich habe erhalten" },
  what: { en: "What", de: "Was" },
  ledger_tip: { en: "Tip", de: "Tipp" },
  ledger_recommendation: { en: "Recommendation", de: "Empfehlung" },
  ledger_introduction: { en: "Introduction", de: "Vorstellung" },
  ledger_referral: { en: "Referral", de: "Auftragsempfehlung" },
  ledger_help: { en: "Help", de: "Hilfe" },
  ledger_invitation: { en: "Invitation", de: "Einladung" },
  ledger_feedback: { en: "Feedback", de: "Feedback" },
} as const;

export type Word = keyof typeof WORDS;

export function detectLang(
  stored: string | null,
  browser: readonly string[],
): Lang {
  if (stored === "de" || stored === "en") return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "de") return "de";
    if (primary === "en") return "en";
  }
  return "en";
}

export function translate(lang: Lang, word: Word): string {
  return WORDS[word][lang];
}

// The match kinds of the engine's explanations, in the user's language.
const MATCH_KINDS: Record<string, { en: string; de: string }> = {
  same_word: { en: "same word", de: "gleiches Wort" },
  stem: { en: "same stem", de: "gleicher Wortstamm" },
  compound_part: { en: "part of a compound", de: "Teil eines Kompositums" },
  synonym: { en: "synonym", de: "Synonym" },
  translation: { en: "translation", de: "Übersetzung" },
  concept: { en: "same service", de: "gleiche Leistung" },
};

export function matchKind(lang: Lang, kind: string): string {
  return MATCH_KINDS[kind]?.[lang] ?? kind;
}
