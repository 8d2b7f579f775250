// The app's words in English and German. The language comes from the
// user's choice (kept in localStorage) or else from the browser.

export type Lang = "en" | "de";

const WORDS = {
  app_name: { en: "knoten", de: "knoten" },
  today: { en: "Today", de: "Heute" },
  people: { en: "People", de: "Kontakte" },
  event_mode: { en: "Event mode", de: "Eventmodus" },
  matches: { en: "Matches", de: "Treffer" },
  map: { en: "Map", de: "Karte" },
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
  import_export: { en: "Import and export", de: "Import und Export" },
  import_hint: {
    en: "Bring your address book: a vCard file or a CSV from LinkedIn, Google, Outlook or Thunderbird. You see what would happen first; people you already know are added to, never overwritten.",
    de: "Bring dein Adressbuch mit: eine vCard-Datei oder eine CSV von LinkedIn, Google, Outlook oder Thunderbird. Du siehst zuerst, was passieren würde; bekannte Kontakte werden ergänzt, nie überschrieben.",
  },
  contact_file: { en: "Contact file", de: "Kontaktdatei" },
  preview_import: { en: "Preview", de: "Vorschau" },
  import_now: { en: "Import now", de: "Jetzt importieren" },
  import_problems: { en: "Lines skipped in the file", de: "Übersprungene Zeilen der Datei" },
  card_without_name: { en: "(no name)", de: "(ohne Namen)" },
  export_vcard: { en: "Download everyone as vCard", de: "Alle als vCard herunterladen" },
  export_csv: { en: "Download everyone as CSV", de: "Alle als CSV herunterladen" },
  export_ics: {
    en: "Download the dates as a calendar (.ics)",
    de: "Termine als Kalender herunterladen (.ics)",
  },
  export_backup: {
    en: "Download a backup of everything (JSON)",
    de: "Sicherung von allem herunterladen (JSON)",
  },
  backup_hint: {
    en: "The backup holds all your data but no passwords, sessions or calendar addresses; 'knoten restore' brings it back into an empty database.",
    de: "Die Sicherung enthält alle deine Daten, aber keine Passwörter, Sitzungen oder Kalender-Adressen; 'knoten restore' spielt sie in eine leere Datenbank zurück.",
  },
  calendar_feed: { en: "Calendar subscription", de: "Kalender-Abo" },
  calendar_feed_hint: {
    en: "An address for your calendar app (events, open follow-ups and promises due). It is shown only once; a new address ends the old one.",
    de: "Eine Adresse für deine Kalender-App (Events, offene Nachfass-Termine und fällige Zusagen). Sie wird nur einmal angezeigt; eine neue Adresse beendet die alte.",
  },
  calendar_feed_new: { en: "Make a new address", de: "Neue Adresse erstellen" },
  calendar_feed_end: { en: "End the address", de: "Adresse beenden" },
  calendar_feed_address: {
    en: "Subscribe to this address in your calendar app:",
    de: "Diese Adresse in der Kalender-App abonnieren:",
  },
  calendar_feed_ended: {
    en: "The calendar address no longer works.",
    de: "Die Kalender-Adresse funktioniert nicht mehr.",
  },
  duplicates: { en: "Duplicates", de: "Dubletten" },
  duplicates_hint: {
    en: "People who may be one: the same e-mail address, phone number or a name written otherwise. Merging keeps one and moves everything of the other to them; it cannot be undone, so download a backup first if unsure.",
    de: "Kontakte, die eine Person sein könnten: dieselbe E-Mail-Adresse, Telefonnummer oder ein anders geschriebener Name. Zusammenführen behält einen und überträgt alles vom anderen; das lässt sich nicht rückgängig machen, im Zweifel vorher eine Sicherung herunterladen.",
  },
  find_duplicates: { en: "Look for duplicates", de: "Nach Dubletten suchen" },
  no_duplicates: { en: "No possible duplicates found.", de: "Keine möglichen Dubletten gefunden." },
  keep_person: { en: "Keep {name}", de: "{name} behalten" },
  merge_confirm: {
    en: "Merge {removed} into {kept}? Everything of {removed} moves to {kept}; this cannot be undone.",
    de: "{removed} mit {kept} zusammenführen? Alles von {removed} geht an {kept}; das lässt sich nicht rückgängig machen.",
  },
  merge_now: { en: "Merge", de: "Zusammenführen" },
  merged_into: {
    en: "{removed} was merged into {kept}.",
    de: "{removed} wurde mit {kept} zusammengeführt.",
  },
  tag: { en: "Tag", de: "Schlagwort" },
  network: { en: "Network", de: "Netzwerk" },
  all_networks: { en: "All networks", de: "Alle Netzwerke" },
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
  did_it_happen: { en: "Did it happen?", de: "Hat es stattgefunden?" },
  rhythm: { en: "Keep in touch", de: "Kontakt halten" },
  rhythm_choose: { en: "How often?", de: "Wie oft?" },
  rhythm_default: { en: "Default", de: "Standard" },
  rhythm_default_none: { en: "Default: none yet", de: "Standard: noch keiner" },
  it_happened: { en: "Yes", de: "Ja" },
  it_did_not_happen: { en: "No", de: "Nein" },
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
  ledger_feedback: { en: "Feedback", de: "Rückmeldung" },
  given_short: { en: "Given", de: "Gegeben" },
  received_short: { en: "Received", de: "Erhalten" },
  more: { en: "More", de: "Mehr" },
  of: { en: "of", de: "von" },
  edit: { en: "Edit", de: "Bearbeiten" },
  cancel: { en: "Cancel", de: "Abbrechen" },
  notes: { en: "Notes", de: "Notizen" },
  person: { en: "Person", de: "Kontakt" },
  choose_person: { en: "Choose a person", de: "Kontakt wählen" },
  everyone: { en: "Everyone", de: "Alle" },
  both_directions: { en: "Given and received", de: "Gegeben und erhalten" },
  filter: { en: "Filter", de: "Filtern" },
  referral_status: { en: "Status of the referral", de: "Stand der Empfehlung" },
  referral_open: { en: "open", de: "offen" },
  referral_contacted: { en: "contacted", de: "Kontakt aufgenommen" },
  referral_won: { en: "won", de: "gewonnen" },
  referral_lost: { en: "lost", de: "verloren" },
  business_value: { en: "Business value", de: "Auftragswert" },
  from_introduction: { en: "from an introduction", de: "aus einer Vorstellung" },
  networks: { en: "Networks", de: "Netzwerke" },
  networks_and_events: { en: "Networks & events", de: "Netzwerke & Veranstaltungen" },
  new_network: { en: "New network", de: "Neues Netzwerk" },
  no_networks: { en: "No networks yet.", de: "Noch keine Netzwerke." },
  network_kind_referral_group: { en: "Referral group", de: "Empfehlungsgruppe" },
  network_kind_business_network: { en: "Business network", de: "Unternehmernetzwerk" },
  network_kind_chamber: { en: "Chamber", de: "Kammer" },
  network_kind_association: { en: "Association", de: "Verband" },
  network_kind_coworking: { en: "Co-working", de: "Coworking" },
  network_kind_online: { en: "Online", de: "Online" },
  network_kind_alumni: { en: "Alumni", de: "Alumni" },
  network_kind_other: { en: "Other", de: "Sonstiges" },
  cadence: { en: "Meets", de: "Trifft sich" },
  cadence_weekly: { en: "weekly", de: "wöchentlich" },
  cadence_biweekly: { en: "every two weeks", de: "alle zwei Wochen" },
  cadence_monthly: { en: "monthly", de: "monatlich" },
  cadence_quarterly: { en: "quarterly", de: "vierteljährlich" },
  cadence_yearly: { en: "yearly", de: "jährlich" },
  cadence_irregular: { en: "irregularly", de: "unregelmäßig" },
  yearly_fee: { en: "Yearly fee", de: "Jahresbeitrag" },
  per_year: { en: "a year", de: "im Jahr" },
  currency: { en: "Currency", de: "Währung" },
  web_address: { en: "Web address", de: "Webadresse" },
  members: { en: "Members", de: "Mitglieder" },
  me_as_member: { en: "Me", de: "Ich" },
  join_network: { en: "I am a member", de: "Ich bin Mitglied" },
  since: { en: "since", de: "seit" },
  events: { en: "Events", de: "Veranstaltungen" },
  upcoming_events: { en: "Upcoming events", de: "Kommende Veranstaltungen" },
  past_events: { en: "Past events", de: "Vergangene Veranstaltungen" },
  attended: { en: "attended", de: "dabei" },
  me: { en: "Me", de: "Ich" },
  profile: { en: "Profile", de: "Mein Profil" },
  edit_profile: { en: "Edit profile", de: "Profil bearbeiten" },
  profile_empty: {
    en: "Your profile is still empty: say who you are and what you stand for.",
    de: "Dein Profil ist noch leer: sag, wer du bist und wofür du stehst.",
  },
  business_name: { en: "Business name", de: "Firmenname" },
  positioning: { en: "Positioning", de: "Positionierung" },
  languages: { en: "Languages", de: "Sprachen" },
  expertise_areas: { en: "Areas of expertise", de: "Fachgebiete" },
  comma_separated: { en: "separated by commas", de: "durch Kommas getrennt" },
  my_offers: { en: "My offers", de: "Meine Angebote" },
  my_needs: { en: "My needs", de: "Meine Bedarfe" },
  new_offer: { en: "New offer", de: "Neues Angebot" },
  new_need: { en: "New need", de: "Neuer Bedarf" },
  edit_offer: { en: "Edit offer", de: "Angebot bearbeiten" },
  edit_need: { en: "Edit need", de: "Bedarf bearbeiten" },
  description: { en: "Description", de: "Beschreibung" },
  audience: { en: "For whom", de: "Für wen" },
  audience_example: {
    en: "e.g. founders in their first year",
    de: "z. B. Gründerinnen im ersten Jahr",
  },
  audience_missing: {
    en: "For whom? Say who this is for, and the right people will recognise themselves.",
    de: "Für wen? Sag, für wen es ist, dann erkennen sich die Richtigen darin wieder.",
  },
  text_lang: { en: "Written in", de: "Geschrieben auf" },
  lang_de: { en: "German", de: "Deutsch" },
  lang_en: { en: "English", de: "Englisch" },
  deactivate: { en: "Deactivate", de: "Deaktivieren" },
  reactivate: { en: "Activate again", de: "Wieder aktivieren" },
  inactive: { en: "Inactive", de: "Inaktiv" },
  on_behalf_of: { en: "On behalf of", de: "Im Auftrag von" },
  for_myself: { en: "Myself", de: "Mich selbst" },
  reflection: { en: "Reflection", de: "Selbstreflexion" },
  reflection_intro: {
    en: "Networking works only if you bring a few things to it. How about you?",
    de: "Netzwerken funktioniert nur, wenn du ein paar Dinge mitbringst. Wie steht es bei dir darum?",
  },
  reflection_item_ready_to_give: {
    en: "You are ready to give yourself.",
    de: "Du bist bereit, selbst zu geben.",
  },
  reflection_item_build_trust_slowly: {
    en: "You build trust slowly.",
    de: "Du baust Vertrauen langsam auf.",
  },
  reflection_item_know_who_i_am: {
    en: "You know who you are as a self-employed person.",
    de: "Du weißt, wer du als Selbstständige/r bist.",
  },
  reflection_item_what_for_whom: {
    en: "You know what exactly you offer, and for whom.",
    de: "Du weißt, was du für wen konkret anbietest.",
  },
  reflection_item_what_i_need: {
    en: "You know what you could need.",
    de: "Du weißt, was du brauchen könntest.",
  },
  reflection_item_real_relationships: {
    en: "You want real relationships with like minds.",
    de: "Du willst echte Netzwerk-Beziehungen zu Gleichgesinnten aufbauen.",
  },
  reflection_item_different_groups: {
    en: "You like moving in different groups.",
    de: "Du tummelst dich gerne in unterschiedlichen Gruppen.",
  },
  reflection_item_small_talk: { en: "You like small talk.", de: "Du führst gerne Smalltalk." },
  reflection_item_which_network: {
    en: "You know which network moves you forward.",
    de: "Du weißt, was für ein Netzwerk dich weiterbringt.",
  },
  reflection_item_expertise_well_placed: {
    en: "You know where your expertise is well placed.",
    de: "Du weißt, wo du mit deiner Expertise gut aufgehoben bist.",
  },
  reflection_answer_yes: { en: "Yes", de: "Ja" },
  reflection_answer_partly: { en: "Partly", de: "Teilweise" },
  reflection_answer_not_yet: { en: "Not yet", de: "Noch nicht" },
  worth_a_look: { en: "Worth a look", de: "Schau mal hin" },
  reflection_no_evidence: {
    en: "knoten cannot tell this from the data (yet).",
    de: "knoten kann das (noch) nicht aus den Daten ablesen.",
  },
  choose_answer: { en: "Choose an answer first.", de: "Wähle zuerst eine Antwort." },
  not_saved_yet: { en: "Not saved yet", de: "Noch nicht gespeichert" },
  answered_on: { en: "Answered on", de: "Beantwortet am" },
  note_optional: { en: "Note (optional)", de: "Notiz (optional)" },
  trust: { en: "Trust", de: "Vertrauen" },
  trust_new: { en: "a new acquaintance", de: "eine neue Bekanntschaft" },
  trust_getting_to_know: { en: "getting to know each other", de: "ihr lernt euch kennen" },
  trust_working: { en: "a working relationship", de: "eine Arbeitsbeziehung" },
  trust_trusted: { en: "trusted", de: "vertraut" },
  trust_hint: {
    en: "Derived from your shared history, never set by hand. Only you see it.",
    de: "Abgeleitet aus eurer gemeinsamen Geschichte, nie von Hand gesetzt. Nur du siehst das.",
  },
  give_and_take: { en: "Give and take", de: "Geben und Nehmen" },
  give_back: { en: "Something to give back?", de: "Etwas zurückgeben?" },
  keep_in_touch: { en: "Losing touch", de: "Kontakt halten" },
  client_fit: { en: "Client fit", de: "Kundenpassung" },
  client_fit_hint: {
    en: "Trust AND competence AND chemistry AND fit: the weakest counts. Trust comes from your history, fit from your offers and their needs; competence and chemistry are your own judgement. Only you see this.",
    de: "Vertrauen UND Kompetenz UND Chemie UND Passung: Das Schwächste zählt. Vertrauen kommt aus eurer Geschichte, Passung aus deinen Angeboten und ihren Bedarfen; Kompetenz und Chemie schätzt du selbst ein. Nur du siehst das.",
  },
  weakest: { en: "weakest", de: "am schwächsten" },
  your_judgement: { en: "Your judgement", de: "Deine Einschätzung" },
  judge_competence: { en: "Competence", de: "Kompetenz" },
  judge_chemistry: { en: "Chemistry", de: "Chemie" },
  not_judged: { en: "not judged", de: "nicht eingeschätzt" },
  based_on: { en: "Based on", de: "Grundlage" },
  evidence_none: { en: "my impression", de: "mein Eindruck" },
  evidence_seen_work: { en: "seen their work", de: "Arbeit gesehen" },
  evidence_recommended: {
    en: "recommended by a trusted contact",
    de: "von einem vertrauten Kontakt empfohlen",
  },
  evidence_worked_together: { en: "worked together", de: "zusammengearbeitet" },
  take_back: { en: "Take back", de: "Zurücknehmen" },
  pitch: { en: "Offer your services", de: "Deine Leistung anbieten" },
  pitch_about: { en: "What you offer them", de: "Was du anbietest" },
  pitch_record: { en: "Record the offer", de: "Angebot festhalten" },
  pitch_hint: {
    en: "knoten checks first whether it is too early and what you could give instead.",
    de: "knoten prüft zuerst, ob es zu früh ist und was du stattdessen geben könntest.",
  },
  pitch_too_early: { en: "It may be too early", de: "Vielleicht ist es noch zu früh" },
  give_first: { en: "Give first:", de: "Gib zuerst:" },
  pitch_anyway: { en: "Offer anyway", de: "Trotzdem anbieten" },
  pitch_recorded: { en: "Offer recorded.", de: "Angebot festgehalten." },
  pitch_recorded_early: {
    en: "Offer recorded, despite the advice.",
    de: "Angebot festgehalten, trotz des Hinweises.",
  },
  network_report: {
    en: "Which network moves you forward?",
    de: "Welches Netzwerk bringt dich weiter?",
  },
  network_report_hint: {
    en: "Time and money against people met, trust that grew, give and take and where your expertise fits. The bars compare with the best network.",
    de: "Zeit und Geld gegen getroffene Menschen, gewachsenes Vertrauen, Geben und Nehmen und wo deine Expertise passt. Die Balken vergleichen mit dem besten Netzwerk.",
  },
  client_fit_preparing: {
    en: "The fit is still being prepared: for now it matches the same words only.",
    de: "Die Passung wird noch vorbereitet: Vorerst zählen nur gleiche Wörter.",
  },
  order_by: { en: "Order", de: "Reihenfolge" },
  order_by_name: { en: "By name", de: "Nach Name" },
  expertise_fit_preparing: {
    en: "The expertise fit is still being prepared: for now it matches the same words only.",
    de: "Die Passung der Expertise wird noch vorbereitet: Vorerst zählen nur gleiche Wörter.",
  },
  period: { en: "Period", de: "Zeitraum" },
  period_last_12_months: { en: "Last 12 months", de: "Letzte 12 Monate" },
  period_this_year: { en: "This year", de: "Dieses Jahr" },
  period_last_year: { en: "Last year", de: "Letztes Jahr" },
  compare_by: { en: "Order by", de: "Sortieren nach" },
  metric_people_met: { en: "People met", de: "Menschen getroffen" },
  metric_deepened: { en: "Trust grew", de: "Vertrauen gewachsen" },
  metric_received: { en: "Received", de: "Erhalten" },
  metric_given: { en: "Given", de: "Gegeben" },
  metric_referrals: { en: "Referrals", de: "Auftragsempfehlungen" },
  metric_my_offers_meet_needs: {
    en: "Their needs you meet",
    de: "Bedarfe, die du triffst",
  },
  metric_my_needs_met: { en: "Your needs they meet", de: "Deine Bedarfe, die sie treffen" },
  metric_hours: { en: "Hours", de: "Stunden" },
  metric_money: { en: "Money spent", de: "Geld ausgegeben" },
  member: { en: "member", de: "Mitglied" },
  spent: { en: "Spent", de: "Aufwand" },
  business_won: { en: "Business won", de: "Gewonnene Aufträge" },
  introductions_made: { en: "Introductions", de: "Vorstellungen" },
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

// The word for a value of one of the API's enumerations (a ledger kind,
// a network kind, a cadence, a referral status, a text language, an item of
// the reflection checklist or its answer, a judgement's evidence, a
// period or a figure of the network report); a value the app does not know yet
// is shown as it is.
export type ValueGroup =
  | "ledger"
  | "network_kind"
  | "cadence"
  | "referral"
  | "lang"
  | "reflection_item"
  | "reflection_answer"
  | "evidence"
  | "period"
  | "metric";

export function translateValue(lang: Lang, group: ValueGroup, value: string): string {
  const key = `${group}_${value}`;
  return key in WORDS ? WORDS[key as Word][lang] : value;
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
