// The JSON API under /api/v1: one fetch wrapper that sends the CSRF token
// on every state-changing call and turns the error document into ApiError.

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
  archived: boolean;
}

export interface Offer {
  id: number;
  person_id: number | null;
  title: string;
  text: string;
  audience: string;
  active: boolean;
}

export interface Need {
  id: number;
  person_id: number | null;
  title: string;
  text: string;
  on_behalf_of: number | null;
  active: boolean;
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
}

export interface EventRecord {
  id: number;
  network_id: number | null;
  title: string;
  starts_at: string;
  place: string;
}

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

export interface Today {
  date: string;
  followups_due: DueFollowUp[];
  promises_due: { id: number; text: string; due_at: string | null }[];
  suggestions: (SuggestedMatch & { section: string })[];
  suggestions_ready: boolean;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class Api {
  private csrf = "";

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
    let response: Response;
    try {
      response = await this.fetcher(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
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
}

// A query string from the parameters that are set.
export function query(params: Record<string, string | number | undefined>) {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? "?" + parts.join("&") : "";
}
