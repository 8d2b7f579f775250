// The words of the network map and the give/take chart, in English and
// German, in i18n.ts's {key: {en, de}} shape so they can be merged there.
// A word may hold {name} placeholders that chartWord fills in.
import type { Lang } from "../i18n";

export const CHART_WORDS = {
  map: { en: "Map", de: "Karte" },
  network_map: { en: "Network map", de: "Netzwerkkarte" },
  me: { en: "Me", de: "Ich" },
  no_network: { en: "No network", de: "Kein Netzwerk" },
  networks: { en: "Networks", de: "Netzwerke" },
  lines: { en: "Lines", de: "Linien" },
  edge_encounter: { en: "Encounter", de: "Begegnung" },
  edge_introduction: { en: "Introduction made", de: "Vorstellung gemacht" },
  edge_planned: { en: "Introduction planned", de: "Vorstellung geplant" },
  map_shows: {
    en: "The {shown} people you met most recently, of {total} with encounters or introductions.",
    de: "Die {shown} Personen, die du zuletzt getroffen hast, von {total} mit Begegnungen oder Vorstellungen.",
  },
  map_hint: {
    en: "Tap a person to open their page. Pinch or scroll to zoom.",
    de: "Tippe auf eine Person, um ihre Seite zu öffnen. Zum Zoomen die Finger spreizen oder scrollen.",
  },
  map_label: {
    en: "Network map: {people} people in {networks} networks, {lines} lines. The same people are in the list below.",
    de: "Netzwerkkarte: {people} Personen in {networks} Netzwerken, {lines} Linien. Dieselben Personen stehen in der Liste darunter.",
  },
  map_list: { en: "The people on the map as a list", de: "Die Personen der Karte als Liste" },
  map_empty: {
    en: "No encounters or introductions yet: the map fills as you meet people.",
    de: "Noch keine Begegnungen oder Vorstellungen: die Karte füllt sich, wenn du Leute triffst.",
  },
  people_count: { en: "{n} people", de: "{n} Personen" },
  map_people: { en: "{n} people met or introduced.", de: "{n} getroffene oder vorgestellte Personen." },
  encounters_one: { en: "1 encounter", de: "1 Begegnung" },
  encounters_many: { en: "{n} encounters", de: "{n} Begegnungen" },
  last_met: { en: "last met {date}", de: "zuletzt getroffen am {date}" },
  drawing: { en: "Drawing…", de: "Wird gezeichnet…" },
  give_take_over_time: { en: "Give & take over time", de: "Geben & Nehmen im Zeitverlauf" },
  given: { en: "Given", de: "Gegeben" },
  received: { en: "Received", de: "Erhalten" },
  period: { en: "Period", de: "Zeitraum" },
  as_table: { en: "Show as a table", de: "Als Tabelle zeigen" },
  chart_summary_week: {
    en: "By week from {from} to {to}: {given} given, {received} received.",
    de: "Pro Woche von {from} bis {to}: {given} gegeben, {received} erhalten.",
  },
  chart_summary_month: {
    en: "By month from {from} to {to}: {given} given, {received} received.",
    de: "Pro Monat von {from} bis {to}: {given} gegeben, {received} erhalten.",
  },
  chart_summary_year: {
    en: "By year from {from} to {to}: {given} given, {received} received.",
    de: "Pro Jahr von {from} bis {to}: {given} gegeben, {received} erhalten.",
  },
  chart_partial: {
    en: "Only the {n} most recent entries are counted.",
    de: "Gezählt sind nur die {n} neuesten Einträge.",
  },
  nothing_recorded: { en: "Nothing recorded yet.", de: "Noch nichts festgehalten." },
} as const;

export type ChartWord = keyof typeof CHART_WORDS;

// The word in `lang`, with each {name} replaced by vars[name].
export function chartWord(
  lang: Lang,
  key: ChartWord,
  vars: Record<string, string | number> = {},
): string {
  return CHART_WORDS[key][lang].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in vars ? String(vars[name]) : all,
  );
}
