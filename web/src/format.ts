// How values are shown to the user and read back from form fields.
import type { Lang } from "./i18n";

// "Pressearbeit, Medientraining" → ["Pressearbeit", "Medientraining"]:
// commas or new lines separate, blanks and repeats are dropped.
export function splitList(text: string): string[] {
  const items = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

export function joinList(items: readonly string[]): string {
  return items.join(", ");
}

// The address if a link to it is harmless (http or https), else null:
// a typed "javascript:..." must never become a link.
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

// An amount in a currency, in the user's language ("180,00 €", "€180.00").
export function money(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", {
      style: "currency",
      currency,
    }).format(amount);
  } catch {
    // Not an ISO 4217 code: the number and whatever the user wrote.
    return `${amount.toFixed(2)} ${currency}`.trim();
  }
}

// The amounts of each currency, "1.200,00 € + 80,00 CHF", biggest first;
// "" when none is above zero.
export function amounts(values: Record<string, number>, lang: Lang): string {
  return Object.entries(values)
    .filter(([, amount]) => amount > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([currency, amount]) => money(amount, currency, lang))
    .join(" + ");
}

// A number in the user's language: `digits` decimals exactly if given
// ("0,73" / "0.73" for a trust level), else as many as needed up to two
// ("5", "2,5" for a weight).
export function decimal(value: number, lang: Lang, digits?: number): string {
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  }).format(value);
}

// When an event starts. A day without a time (stored as midnight UTC) is
// shown as that day; a time is shown in the user's time zone.
export function eventWhen(startsAt: string, lang: Lang, timeZone?: string): string {
  if (/T00:00(:00)?Z$/.test(startsAt)) return startsAt.slice(0, 10);
  const at = new Date(startsAt);
  if (Number.isNaN(at.getTime())) return startsAt;
  // Swedish writes a day as YYYY-MM-DD, as the rest of the app does.
  const day = at.toLocaleDateString("sv-SE", { timeZone });
  const time = at.toLocaleTimeString(lang === "de" ? "de-DE" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  return `${day} ${time}`;
}

// A moment as the API's query parameters take it: 2026-03-05T18:30:00Z.
export function isoSeconds(at: Date): string {
  return at.toISOString().slice(0, 19) + "Z";
}

// The user's local day, YYYY-MM-DD, for date fields.
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

// An offer says for whom it is unless its audience is blank.
export function lacksAudience(offer: { audience: string }): boolean {
  return offer.audience.trim() === "";
}
