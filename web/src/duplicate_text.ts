// The words of the duplicates list: why two people may be one, and what
// tells each apart at a glance, in English or German.

import type { DuplicatePerson, DuplicateReason } from "./api";
import type { Lang } from "./i18n";

const REASONS: Record<DuplicateReason, { en: string; de: string }> = {
  email: { en: "same e-mail address", de: "dieselbe E-Mail-Adresse" },
  phone: { en: "same phone number", de: "dieselbe Telefonnummer" },
  name: { en: "similar name", de: "ähnlicher Name" },
};

// "same e-mail address, similar name".
export function reasonsText(lang: Lang, reasons: DuplicateReason[]): string {
  return reasons.map((r) => REASONS[r][lang]).join(", ");
}

// "Berg Design · anna@berg.example · +49 40 5551234 · archived": what is
// known besides the name, or empty.
export function personFacts(lang: Lang, p: DuplicatePerson): string {
  const facts = [p.organisation, ...p.emails, ...p.phones].filter((f) => f !== "");
  if (p.archived) facts.push(lang === "de" ? "archiviert" : "archived");
  return facts.join(" · ");
}

// `text` with each {name} replaced by values[name], taken as it is (a name
// with "$&" in it stays so).
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// The name that tells `p` apart from `other` in a button or a question:
// the display name, with the number of the record ("Anna Berg (#12)") when
// both are called the same.
export function sideName(p: DuplicatePerson, other: DuplicatePerson): string {
  return p.display_name === other.display_name ? `${p.display_name} (#${p.id})` : p.display_name;
}
