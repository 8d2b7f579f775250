// The comparison of networks (docs/network-report.md) for the web app: the
// periods one can pick, the figures compared side by side with a bar each
// (the share of the best network's figure), and the sentences around them.
import type { ExpertiseFit, NetworkReport } from "./api";
import { amounts, decimal, money } from "./format";
import type { Lang } from "./i18n";

export const PERIODS = ["last_12_months", "this_year", "last_year"] as const;
export type Period = (typeof PERIODS)[number];

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// The first and the last day of a period, as of `today` (in UTC, as the
// server counts days).
export function periodRange(period: Period, today: Date): { from: string; until: string } {
  const year = today.getUTCFullYear();
  if (period === "this_year") return { from: `${year}-01-01`, until: day(today) };
  if (period === "last_year") return { from: `${year - 1}-01-01`, until: `${year - 1}-12-31` };
  const from = new Date(today.getTime());
  from.setUTCFullYear(year - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: day(from), until: day(today) };
}

// The query of GET /network-report for a period: `until` takes its whole day.
export function reportPath(range: { from: string; until: string }): string {
  const q = new URLSearchParams({ from: range.from, until: `${range.until}T23:59:59Z` });
  return `/network-report?${q.toString()}`;
}

// The figures the comparison shows with bars; "cost" is the one where less
// is better.
export const METRICS = [
  "people_met",
  "deepened",
  "received",
  "given",
  "referrals",
  "my_offers_meet_needs",
  "my_needs_met",
  "hours",
  "money",
] as const;
export type Metric = (typeof METRICS)[number];

export function metricValue(r: NetworkReport, metric: Metric): number {
  if (metric === "my_offers_meet_needs") return r.expertise_fit.my_offers_meet_needs;
  if (metric === "my_needs_met") return r.expertise_fit.my_needs_met;
  return r[metric];
}

// Each network's figure as a share of the largest (0 when all are 0), for
// a bar that compares at a glance.
export function shareOfBest(items: readonly NetworkReport[], metric: Metric): Map<number, number> {
  const best = Math.max(0, ...items.map((r) => metricValue(r, metric)));
  return new Map(
    items.map((r) => [r.network_id, best > 0 ? metricValue(r, metric) / best : 0]),
  );
}

// The networks ordered by a figure, the most first (by name on a tie).
export function sortNetworks(items: readonly NetworkReport[], metric: Metric): NetworkReport[] {
  return [...items].sort(
    (a, b) => metricValue(b, metric) - metricValue(a, metric) || a.name.localeCompare(b.name),
  );
}

// What the network cost: "330,73 €" plus other currencies, "–" for nothing.
export function costText(lang: Lang, r: NetworkReport): string {
  const parts = [[r.currency, r.money] as const, ...Object.entries(r.other_money)]
    .filter(([, amount]) => amount > 0)
    .map(([currency, amount]) => money(amount, currency, lang));
  return parts.length > 0 ? parts.join(" + ") : lang === "de" ? "nichts" : "nothing";
}

// Time and money: "2 events, 3 h, 330,73 €" / "1 Veranstaltung, 1,5 h, nichts".
export function spentText(lang: Lang, r: NetworkReport): string {
  const one = r.events === 1;
  const events =
    lang === "de"
      ? `${r.events} ${one ? "Veranstaltung" : "Veranstaltungen"}`
      : `${r.events} ${one ? "event" : "events"}`;
  return `${events}, ${decimal(r.hours, lang)} h, ${costText(lang, r)}`;
}

// The business won through the network's people, or null.
export function businessText(lang: Lang, r: NetworkReport): string | null {
  return amounts(r.business_value, lang) || null;
}

// Where the user is well placed with their expertise, both ways.
export function expertiseText(lang: Lang, fit: ExpertiseFit): [string, string] {
  if (lang === "de") {
    return [
      `Deine Angebote treffen ${fit.my_offers_meet_needs} von ${fit.their_needs} Bedarfen hier.`,
      `Angebote hier treffen ${fit.my_needs_met} von ${fit.my_needs} deiner Bedarfe.`,
    ];
  }
  return [
    `Your offers meet ${fit.my_offers_meet_needs} of ${fit.their_needs} needs here.`,
    `Offers here meet ${fit.my_needs_met} of your ${fit.my_needs} needs.`,
  ];
}
