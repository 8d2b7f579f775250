// Event mode: one screen, four fields, one tap to save, attached to the
// chosen event. What is saved goes through the outbox, so it survives a
// dropped connection and is sent once when the connection is back.
import { useEffect, useMemo, useState } from "preact/hooks";
import { NetworkError, type EventRecord, type Page } from "../api";
import { useApp } from "../context";
import { Outbox, type FlushResult } from "../queue";
import { useLoad } from "../use_load";
import { NewEventForm } from "./new_event";

const RETRY_MS = 10_000;

export function EventMode() {
  const { api, t } = useApp();
  const outbox = useMemo(
    () => new Outbox(localStorage, (e) => e instanceof NetworkError),
    [],
  );
  const events = useLoad(() => api.get<Page<EventRecord>>("/events?limit=20"), []);
  const [eventId, setEventId] = useState<number | null>(null);
  const [name, setName] = useState("");
  const [offers, setOffers] = useState("");
  const [needs, setNeeds] = useState("");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [waiting, setWaiting] = useState(outbox.entries().length);

  const chosen = eventId ?? events.data?.items[0]?.id ?? null;

  const flush = async () => {
    const result: FlushResult = await outbox.flush((entry) =>
      api.call("POST", entry.path, entry.body, entry.key),
    );
    setWaiting(result.waiting);
    if (result.refused.length > 0) {
      setRefused((r) => [...r, ...result.refused.map((x) => x.message)]);
    }
    return result;
  };

  useEffect(() => {
    flush();
    const online = () => flush();
    addEventListener("online", online);
    const timer = setInterval(flush, RETRY_MS);
    return () => {
      removeEventListener("online", online);
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    if (chosen === null || !name.trim()) return;
    outbox.add(`/events/${chosen}/captures`, { name, offers, needs, note });
    setName("");
    setOffers("");
    setNeeds("");
    setNote("");
    const result = await flush();
    setStatus(result.waiting > 0 ? t("queued") : t("saved"));
  };

  if (events.error && !events.data) return <p class="error">{events.error}</p>;
  if (!events.data) return <p class="muted">{t("loading")}</p>;
  const created = (event: EventRecord) => {
    setEventId(event.id);
    events.reload();
  };
  if (events.data.items.length === 0) {
    return (
      <>
        <p class="muted">{t("no_events")}</p>
        <NewEventForm onCreated={created} />
      </>
    );
  }
  return (
    <>
    <form class="card event-mode" onSubmit={save}>
      <h1>{t("event_mode")}</h1>
      <label>
        {t("event")}
        <select
          value={chosen ?? ""}
          onChange={(e) => setEventId(Number(e.currentTarget.value))}
        >
          {events.data.items.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.starts_at.slice(0, 10)} · {ev.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("name")}
        <input
          name="name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          required
          autocomplete="off"
        />
      </label>
      <label>
        {t("they_offer")}
        <textarea
          name="offers"
          rows={2}
          value={offers}
          onInput={(e) => setOffers(e.currentTarget.value)}
        />
      </label>
      <label>
        {t("they_need")}
        <textarea
          name="needs"
          rows={2}
          value={needs}
          onInput={(e) => setNeeds(e.currentTarget.value)}
        />
      </label>
      <label>
        {t("note")}
        <input name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" class="big">
        {t("save")}
      </button>
      {status && (
        <p role="status" class="status">
          {status}
        </p>
      )}
      {waiting > 0 && (
        <p class="muted" data-testid="waiting">
          {waiting} {t("waiting")}
        </p>
      )}
      {refused.map((message, i) => (
        <p key={i} class="error" role="alert">
          {t("refused")}: {message}
        </p>
      ))}
    </form>
    <details class="card">
      <summary>{t("new_event")}</summary>
      <NewEventForm onCreated={created} />
    </details>
    </>
  );
}
