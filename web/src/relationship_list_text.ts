// What a row of the relationships list says (GET /relationships): the
// person's figures in one line, in the user's language, and the names of
// the orders.
import type { PersonFigures, RelationshipOrder } from "./api";
import { factorWord } from "./client_fit_text";
import { decimal } from "./format";
import type { Lang } from "./i18n";
import { rhythmName } from "./relationship_text";

const ORDER_NAMES: Record<RelationshipOrder, { en: string; de: string }> = {
  trust: { en: "Most trusted first", de: "Meistes Vertrauen zuerst" },
  client_fit: { en: "Highest client fit first", de: "Höchste Geschäftsreife zuerst" },
  balance: { en: "Where to give back first", de: "Wo du zurückgeben kannst, zuerst" },
  keep_in_touch: { en: "Most overdue contact first", de: "Am längsten fälliger Kontakt zuerst" },
};

export function orderName(lang: Lang, order: RelationshipOrder): string {
  return ORDER_NAMES[order][lang];
}

// "trust 0.41 · client fit 0.30 (weakest: fit) · given 2, received 1 ·
// every 2 months, due since 2026-10-20".
export function figuresText(lang: Lang, f: PersonFigures): string {
  const de = lang === "de";
  const weakest = factorWord(lang, f.client_fit.weakest);
  const level = f.client_fit.level === null ? (de ? "offen" : "open") : decimal(f.client_fit.level, lang, 2);
  const parts = [
    `${de ? "Vertrauen" : "trust"} ${decimal(f.trust, lang, 2)}`,
    `${de ? "Geschäftsreife" : "client fit"} ${level} (${de ? "am schwächsten" : "weakest"}: ${weakest})`,
    de
      ? `${f.balance.given} gegeben, ${f.balance.received} bekommen`
      : `given ${f.balance.given}, received ${f.balance.received}`,
  ];
  const touch = f.keep_in_touch;
  if (touch.rhythm_days !== null && touch.due_at !== null) {
    const due = touch.due_at.slice(0, 10);
    const when = touch.losing_touch ? (de ? `fällig seit ${due}` : `due since ${due}`) : de ? `bis ${due}` : `by ${due}`;
    parts.push(`${rhythmName(lang, touch.rhythm_days)}, ${when}`);
  }
  return parts.join(" · ");
}
