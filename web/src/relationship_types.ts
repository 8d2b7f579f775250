// The relationship figures of the JSON API (docs/trust.md,
// docs/client-fit.md, docs/network-report.md): give and take, trust, the
// user's judgements and client fit, the pitch's advice and the network
// report. api.ts re-exports them with the records.

// Give and take with someone (or everyone): counts, weights (introduction
// and referral 3, recommendation and help 2, the rest 1), counts by ledger
// kind, and won referrals with their business value by currency, credited
// to the giver ("given": referrals the user gave that were won).
export interface Balance {
  given: number;
  received: number;
  given_weight: number;
  received_weight: number;
  given_by_kind: Record<string, number>;
  received_by_kind: Record<string, number>;
  referrals_won_given: number;
  referrals_won_received: number;
  business_value_given: Record<string, number>;
  business_value_received: Record<string, number>;
}

// Trust in a person, 0 to 1 with two decimals, derived from the shared
// history (docs/trust.md), never set by hand; the reasons in English (`why`)
// and German (`why_de`).
export interface Trust {
  level: number;
  why: string[];
  why_de: string[];
}

// Keeping in touch with one person (docs/trust.md): the rhythm in days that
// applies, the user's choice (`chosen`) or else the default from trust
// (`default_days`; null: none, a new acquaintance), and when the next
// contact is due.
export interface Touch {
  rhythm_days: number | null;
  chosen: boolean;
  default_days: number | null;
  due_at: string | null;
  losing_touch: boolean;
}

// One person's figures in the relationships list (GET /relationships), as
// on their page.
export interface PersonFigures {
  person_id: number;
  person_name: string;
  trust: number;
  client_fit: { level: number | null; weakest: FitFactor };
  balance: { given: number; received: number; given_weight: number; received_weight: number };
  keep_in_touch: Touch;
}

// The orders of the relationships list, each best first.
export const RELATIONSHIP_ORDERS = ["trust", "client_fit", "balance", "keep_in_touch"] as const;
export type RelationshipOrder = (typeof RELATIONSHIP_ORDERS)[number];

// The rhythms the person page offers; another chosen one (e.g. from the
// CLI) is shown as it is. Within the API's 7 to 730 days.
export const RHYTHM_CHOICES = [7, 14, 30, 60, 91, 182, 365] as const;

// The two factors of client fit the user judges, 0 to 1 (a step of five is
// 0.2 wide), with what the judgement rests on.
export const JUDGEMENT_FACTORS = ["competence", "chemistry"] as const;
export type JudgementFactor = (typeof JUDGEMENT_FACTORS)[number];
export const JUDGEMENT_EVIDENCE = ["none", "seen_work", "recommended", "worked_together"] as const;
export type JudgementEvidence = (typeof JUDGEMENT_EVIDENCE)[number];

export interface Judgement {
  person_id: number;
  factor: JudgementFactor;
  value: number;
  evidence: JudgementEvidence;
  note: string;
  judged_at: string;
}

export const FIT_FACTORS = ["trust", "competence", "chemistry", "fit"] as const;
export type FitFactor = (typeof FIT_FACTORS)[number];

// Trust AND competence AND chemistry AND fit (docs/client-fit.md): the
// level is the weakest factor, null while competence or chemistry is not
// judged; fit_why names the need and the offer behind "fit".
export interface ClientFit {
  factors: Record<FitFactor, number | null>;
  level: number | null;
  weakest: FitFactor;
  fit_why: { need_id: number; need_title: string; offer_id: number | null; offer_title: string } | null;
}

// Something to give before pitching: an introduction to `person_name`
// whose offer meets the need, a tip for the need, or asking what they need.
export interface GiveFirst {
  kind: "introduction" | "tip" | "ask";
  need_id: number | null;
  need_title: string;
  person_id: number | null;
  person_name: string;
  offer_id: number | null;
  offer_title: string;
}

// Whether a pitch is too early (trust or chemistry below 0.5), why (in
// English and German) and what to give first; with `recorded` and the pitch
// when it is the answer to POST /people/{id}/pitches.
export interface PitchOutcome {
  person_id: number;
  person_name: string;
  trust: number;
  chemistry: number | null;
  too_early: boolean;
  reasons: { reason: string; text: string; text_de: string }[];
  give_first: GiveFirst[];
  recorded?: boolean;
  pitch?: { id: number; about: string; pitched_at: string; too_early: boolean } | null;
}

// Matching offers and needs between the user and a network's people:
// how many of their needs the user's offers meet, and the other way round.
export interface ExpertiseFit {
  my_offers_meet_needs: number;
  their_needs: number;
  my_needs_met: number;
  my_needs: number;
}

// What one network cost and brought over a period (docs/network-report.md);
// money in the network's currency, other_money and business_value by currency.
export interface NetworkReport {
  network_id: number;
  name: string;
  currency: string;
  member: boolean;
  events: number;
  hours: number;
  money: number;
  other_money: Record<string, number>;
  people: number;
  people_met: number;
  deepened: number;
  given: number;
  received: number;
  given_weight: number;
  received_weight: number;
  introductions: number;
  referrals: number;
  business_value: Record<string, number>;
  expertise_fit: ExpertiseFit;
}

export interface NetworkReports {
  items: NetworkReport[];
  total: number;
  from: string;
  until: string;
  // False while the server still loads its word lists: the expertise fit
  // then matches the same words and stems only.
  expertise_fit_ready: boolean;
}
