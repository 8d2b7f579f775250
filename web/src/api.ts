// The JSON API under /api/v1: one fetch wrapper that sends the CSRF token
// on every state-changing call and turns the error document into ApiError.

import type { CalendarFeed, DuplicatePair, ImportReport } from "./interop_types";
import type { Balance, ClientFit, Judgement, Touch, Trust } from "./relationship_types";

export * from "./interop_types";
export * from "./relationship_types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Thrown when the request never got an answer (offline, server down).
export class NetworkError extends Error {}

export interface Page<T> {
  items: T[];
  total: number;
  limit?: number;
  offset?: number;
}

export interface Person {
  id: number;
  display_name: string;
  given_name: string;
  family_name: string;
  organisation: string;
  role: string;
  emails: string[];
  phones: string[];
  urls: string[];
  city: string;
  languages: string[];
  tags: string[];
  notes: string;
  first_met_at: string | null;
  first_met_event_id: number | null;
  rhythm_days: number | null; // chosen by the user; null: the default
  archived: boolean;
}

export type TextLang = "de" | "en";

// A merge: the kept person and the rows moved to them, by table.
export interface Merged {
  person: Person;
  removed: number;
  moved: Record<string, number>;
  moved_rows: number;
}

// An offer; person_id null is one of the user's own.
export interface Offer {
  id: number;
  person_id: number | null;
  title: string;
  text: string;
  lang: TextLang;
  audience: string;
  active: boolean;
  created_at: string;
}

// A need; person_id null is the user's own, on_behalf_of the client it is for.
export interface Need {
  id: number;
  person_id: number | null;
  title: string;
  text: string;
  lang: TextLang;
  on_behalf_of: number | null;
  active: boolean;
  created_at: string;
}

export type NewOffer = Pick<Offer, "title" | "text" | "audience" | "lang">;
export type NewNeed = Pick<Need, "title" | "text" | "lang" | "on_behalf_of">;

export interface Profile {
  name: string;
  business_name: string;
  positioning: string;
  languages: string[];
  expertise_areas: string[];
}

// The seed's reflection checklist: each item answered by the user, and
// what knoten can tell about it from the data (null: it cannot, yet).
export const REFLECTION_ANSWERS = ["yes", "partly", "not_yet"] as const;
export type ReflectionAnswer = (typeof REFLECTION_ANSWERS)[number];

export interface ReflectionEvidence {
  attention: boolean;
  // In English; the app builds its own sentence from `facts`.
  summary: string;
  facts: Record<string, number>;
}

export interface ReflectionCheck {
  item: string;
  answer: ReflectionAnswer | null;
  note: string;
  answered_at: string | null;
  evidence: ReflectionEvidence | null;
}

export interface TimelineItem {
  at: string;
  kind: string;
  id: number;
  detail: string;
  text: string;
}

export interface PersonDetails extends Person {
  offers: Offer[];
  needs: Need[];
  timeline: TimelineItem[];
  balance: Balance; // with this person, all time
  trust: Trust;
  keep_in_touch: Touch;
  judgements: Judgement[];
  client_fit: ClientFit;
}

export interface EventRecord {
  id: number;
  network_id: number | null;
  title: string;
  starts_at: string;
  duration_minutes: number;
  place: string;
  cost: number;
  currency: string;
  notes: string;
  attendees: number[];
}

export type NewEvent = Pick<EventRecord, "title" | "starts_at"> &
  Partial<Pick<EventRecord, "network_id" | "place">>;

export const NETWORK_KINDS = [
  "referral_group",
  "business_network",
  "chamber",
  "association",
  "coworking",
  "online",
  "alumni",
  "other",
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const CADENCES = [
  "weekly",
  "biweekly",
  "monthly",
  "quarterly",
  "yearly",
  "irregular",
] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Network {
  id: number;
  name: string;
  kind: NetworkKind;
  url: string;
  yearly_fee: number;
  currency: string;
  cadence: Cadence;
  notes: string;
  created_at: string;
}

export type NewNetwork = Pick<Network, "name" | "kind" | "cadence"> &
  Partial<Pick<Network, "url" | "yearly_fee" | "currency" | "notes">>;

// A member of a network; person_id null is the user.
export interface Membership {
  id: number;
  network_id: number;
  person_id: number | null;
  since: string | null;
  role: string;
}

export type Direction = "given" | "received";

export const LEDGER_KINDS = [
  "tip",
  "recommendation",
  "introduction",
  "referral",
  "help",
  "invitation",
  "feedback",
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const REFERRAL_STATUSES = ["open", "contacted", "won", "lost"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface LedgerEntry {
  id: number;
  occurred_at: string;
  direction: Direction;
  kind: LedgerKind;
  person_id: number;
  text: string;
  referral_status: ReferralStatus | null;
  business_value: number | null;
  currency: string;
  introduction_id: number | null;
}

export type NewLedgerEntry = Pick<LedgerEntry, "person_id" | "direction" | "kind" | "text"> &
  Partial<Pick<LedgerEntry, "occurred_at" | "referral_status" | "business_value">>;

// Paging of a list: at most `limit` items after skipping `offset`.
export type Paging = { limit?: number; offset?: number };
export type LedgerFilter = Paging & { direction?: Direction; person_id?: number };
export type EventFilter = Paging & { network_id?: number; from?: string; until?: string };
export type OwnFilter = Paging & { mine?: boolean; active?: boolean };

export interface MatchLink {
  need_word: string;
  offer_word: string;
  kind: string;
}

export interface SuggestedMatch {
  need_id: number;
  need_title: string;
  need_person_name: string | null;
  offer_id: number;
  offer_title: string;
  offer_person_id: number | null;
  offer_person_name: string | null;
  share: number;
  why: MatchLink[];
}

export interface Suggestions {
  reciprocal: unknown[];
  for_my_needs: SuggestedMatch[];
  chances_to_help: SuggestedMatch[];
  introductions: SuggestedMatch[];
}

export interface DueFollowUp {
  id: number;
  person_id: number;
  kind: string;
  due_at: string;
  about: string;
  person_name: string | null;
}

// Private: with this person the user has mostly taken over the last `days`
// days; `kind` is what was received most. `text` is an English sentence for
// the CLI; the app builds its own from the figures (relationship_text.ts).
export interface Nudge {
  person_id: number;
  person_name: string;
  kind: string;
  given: number;
  received: number;
  days: number;
  text: string;
}

// Losing touch: the last contact is older than the rhythm the user chose
// (`rhythm_chosen`) or the relationship suggests (docs/trust.md, "Keeping
// in touch").
export interface KeepInTouch {
  person_id: number;
  person_name: string;
  trust: number;
  last_contact: string;
  days_since: number;
  rhythm_days: number;
  rhythm_chosen: boolean;
}

export interface Today {
  date: string;
  keep_in_touch: KeepInTouch[];
  followups_due: DueFollowUp[];
  promises_due: { id: number; text: string; due_at: string | null }[];
  suggestions: (SuggestedMatch & { section: string })[];
  suggestions_ready: boolean;
  nudges: Nudge[];
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class Api {
  private csrf = "";
  private readonly names = new Map<number, Promise<string>>();
  private allNames: Promise<Map<number, string>> | null = null;

  constructor(
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
    private readonly base = "/api/v1",
  ) {}

  async login(username: string, password: string): Promise<string> {
    const session = await this.call<{ username: string; csrf_token: string }>(
      "POST",
      "/session",
      { username, password },
    );
    this.csrf = session.csrf_token;
    return session.username;
  }

  // First visit: creates the owner account (from this computer only) and
  // logs it in.
  async setUp(username: string, password: string): Promise<string> {
    const session = await this.call<{ username: string; csrf_token: string }>(
      "POST",
      "/setup",
      { username, password },
    );
    this.csrf = session.csrf_token;
    return session.username;
  }

  // Who is logged in (null if nobody); picks up the CSRF token again.
  async whoAmI(): Promise<string | null> {
    try {
      const session = await this.call<{ username: string; csrf_token: string }>(
        "GET",
        "/session",
      );
      this.csrf = session.csrf_token;
      return session.username;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  }

  async logout(): Promise<void> {
    await this.call("DELETE", "/session");
    this.csrf = "";
    this.names.clear();
    this.allNames = null;
  }

  // A JSON call. `idempotencyKey` makes a retried create store once.
  async call<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET") headers["X-CSRF-Token"] = this.csrf;
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    return this.send<T>(
      method,
      path,
      headers,
      body === undefined ? undefined : JSON.stringify(body),
    );
  }

  // A contact file (vCard or CSV) as it is; with `dryRun`, the preview of
  // what the import would do, and nothing stored.
  importContacts(file: Blob, name: string, dryRun: boolean): Promise<ImportReport> {
    return this.send<ImportReport>(
      "POST",
      "/import" + query({ dry_run: dryRun, name }),
      {
        Accept: "application/json",
        "Content-Type": "application/octet-stream",
        "X-CSRF-Token": this.csrf,
      },
      file,
    );
  }

  // Where the browser downloads every person (vcard, csv), the calendar
  // (ics, its titles in `lang`) or the backup of everything (json) as a file.
  exportUrl(format: "vcard" | "csv" | "ics" | "json", lang?: "de" | "en"): string {
    return this.base + "/export" + query({ format, lang });
  }

  // Pairs of people who may be one.
  duplicates(): Promise<Page<DuplicatePair>> {
    return this.call("GET", "/duplicates");
  }

  // Merges `remove` into `keep`, with everything that referred to `remove`.
  merge(keep: number, remove: number): Promise<Merged> {
    return this.call("POST", "/duplicates/merge", { keep, remove });
  }

  // A new calendar feed; the old one stops working.
  createCalendarFeed(): Promise<CalendarFeed> {
    return this.call("POST", "/calendar-feed");
  }

  endCalendarFeed(): Promise<void> {
    return this.call("DELETE", "/calendar-feed");
  }

  // The address a calendar app subscribes to, for a feed's `path`.
  feedUrl(path: string, lang: "de" | "en"): string {
    return location.origin + path + (lang === "de" ? "?lang=de" : "");
  }

  private async send<T>(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: BodyInit | undefined,
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.fetcher(this.base + path, {
        method,
        headers,
        body,
        credentials: "same-origin",
      });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let doc: unknown = null;
    try {
      doc = text ? JSON.parse(text) : null;
    } catch {
      throw new ApiError(response.status, "internal", "The answer was not JSON.");
    }
    if (!response.ok) {
      const error = (doc as { error?: { code?: string; message?: string } })
        ?.error;
      throw new ApiError(
        response.status,
        error?.code ?? "internal",
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    return doc as T;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>("GET", path);
  }

  // People found by `q` (name, organisation, notes ...), by name.
  people(q: string, limit = 20): Promise<Page<Person>> {
    return this.get("/people" + query({ q, limit }));
  }

  // The people in network `id` (archived ones too), by name: one page of
  // the API's largest size.
  networkPeople(id: number): Promise<Page<Person>> {
    return this.get("/people" + query({ network_id: id, archived: true, limit: 500 }));
  }

  // A person's display name, asked once per id and kept while the app runs
  // (the ledger and needs on a client's behalf carry only ids).
  personName(id: number): Promise<string> {
    let name = this.names.get(id);
    if (!name) {
      name = this.everyone().then(
        (known) =>
          known.get(id) ?? this.get<Person>(`/people/${id}`).then((p) => p.display_name),
      );
      name.catch(() => this.names.delete(id));
      this.names.set(id, name);
    }
    return name;
  }

  // Everyone's names from one page, read once: most users have fewer than
  // 500 contacts, and the rest (or people added later) are asked singly.
  private everyone(): Promise<Map<number, string>> {
    this.allNames ??= this.get<Page<Person>>("/people" + query({ limit: 500, archived: true })).then(
      (page) => new Map(page.items.map((p) => [p.id, p.display_name])),
      () => new Map(),
    );
    return this.allNames;
  }

  // The give-and-take ledger, newest first.
  ledger(filter: LedgerFilter): Promise<Page<LedgerEntry>> {
    return this.get("/ledger" + query(filter));
  }

  recordLedgerEntry(entry: NewLedgerEntry): Promise<LedgerEntry> {
    return this.call("POST", "/ledger", entry);
  }

  // Networks by name; the API's largest page, since one has few networks.
  networks(): Promise<Page<Network>> {
    return this.get("/networks" + query({ limit: 500 }));
  }

  network(id: number): Promise<Network> {
    return this.get(`/networks/${id}`);
  }

  createNetwork(network: NewNetwork): Promise<Network> {
    return this.call("POST", "/networks", network);
  }

  networkMembers(id: number): Promise<Page<Membership>> {
    return this.get(`/networks/${id}/members`);
  }

  // The user joins the network.
  joinNetwork(id: number): Promise<Membership> {
    return this.call("POST", `/networks/${id}/members`, {});
  }

  // Events, latest start first.
  events(filter: EventFilter): Promise<Page<EventRecord>> {
    return this.get("/events" + query(filter));
  }

  createEvent(event: NewEvent): Promise<EventRecord> {
    return this.call("POST", "/events", event);
  }

  profile(): Promise<Profile> {
    return this.get("/profile");
  }

  changeProfile(change: Partial<Profile>): Promise<Profile> {
    return this.call("PATCH", "/profile", change);
  }

  // The reflection checklist, all items in the seed's order.
  reflection(): Promise<Page<ReflectionCheck>> {
    return this.get("/reflection");
  }

  answerReflection(item: string, answer: ReflectionAnswer, note = ""): Promise<ReflectionCheck> {
    return this.call("PUT", `/reflection/${encodeURIComponent(item)}`, { answer, note });
  }

  offers(filter: OwnFilter): Promise<Page<Offer>> {
    return this.get("/offers" + query(filter));
  }

  // One of the user's own offers (no person_id).
  createOffer(offer: NewOffer): Promise<Offer> {
    return this.call("POST", "/offers", offer);
  }

  changeOffer(id: number, change: Partial<NewOffer & { active: boolean }>): Promise<Offer> {
    return this.call("PATCH", `/offers/${id}`, change);
  }

  needs(filter: OwnFilter): Promise<Page<Need>> {
    return this.get("/needs" + query(filter));
  }

  // One of the user's own needs (no person_id).
  createNeed(need: NewNeed): Promise<Need> {
    return this.call("POST", "/needs", need);
  }

  changeNeed(id: number, change: Partial<NewNeed & { active: boolean }>): Promise<Need> {
    return this.call("PATCH", `/needs/${id}`, change);
  }
}

// A query string from the parameters that are set.
export function query(params: Record<string, string | number | boolean | undefined>) {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? "?" + parts.join("&") : "";
}
