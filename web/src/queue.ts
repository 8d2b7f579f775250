// The outbox of event mode: what the user captured is kept in storage
// (localStorage in the browser) until the server has acknowledged it, so
// nothing typed is lost when the connection drops. Each entry carries its
// own idempotency key, so sending it again after a lost answer stores it
// once.

export interface Pending {
  key: string; // the Idempotency-Key
  path: string; // e.g. "/events/3/captures"
  body: unknown;
  queued_at: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// Sends one entry. Resolves when the server stored it; rejects with
// NetworkError when there was no answer (keep it), or another error when
// the server refused it (drop it, and tell the user).
export type Sender = (entry: Pending) => Promise<unknown>;

export interface FlushResult {
  sent: number;
  refused: { entry: Pending; message: string }[];
  waiting: number; // still queued (no connection)
}

const STORAGE_KEY = "knoten.outbox";

export class Outbox {
  private flushing: Promise<FlushResult> | null = null;

  constructor(
    private readonly storage: KeyValueStore,
    private readonly isNetworkError: (e: unknown) => boolean,
    private readonly newKey: () => string = () => crypto.randomUUID(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  entries(): Pending[] {
    try {
      const parsed = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? "[]");
      return Array.isArray(parsed) ? (parsed as Pending[]) : [];
    } catch {
      return [];
    }
  }

  add(path: string, body: unknown): Pending {
    const entry: Pending = {
      key: this.newKey(),
      path,
      body,
      queued_at: this.now().toISOString(),
    };
    this.save([...this.entries(), entry]);
    return entry;
  }

  // Sends what is queued, oldest first, one at a time; stops at the first
  // entry without an answer. Concurrent calls share one run.
  flush(send: Sender): Promise<FlushResult> {
    if (!this.flushing) {
      this.flushing = this.run(send).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async run(send: Sender): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, refused: [], waiting: 0 };
    for (const entry of this.entries()) {
      try {
        await send(entry);
        result.sent++;
      } catch (e) {
        if (this.isNetworkError(e)) break;
        result.refused.push({ entry, message: (e as Error).message });
      }
      this.remove(entry.key);
    }
    result.waiting = this.entries().length;
    return result;
  }

  private remove(key: string) {
    this.save(this.entries().filter((e) => e.key !== key));
  }

  private save(entries: Pending[]) {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(entries));
  }
}
