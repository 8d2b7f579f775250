// A new event in two fields (title and day), for event mode when the
// evening's event is not in knoten yet.
import { useState } from "preact/hooks";
import type { EventRecord } from "../api";
import { useApp } from "../context";
import { FormStatus } from "./form_status";
import { useSubmit } from "./person_actions";

export function NewEventForm({ onCreated }: { onCreated: (event: EventRecord) => void }) {
  const { api, t } = useApp();
  const [title, setTitle] = useState("");
  const [day, setDay] = useState(new Date().toISOString().slice(0, 10));
  const { message, error, run } = useSubmit(() => {});
  return (
    <form
      class="card"
      aria-label={t("new_event")}
      onSubmit={(e) =>
        run(e, async () => {
          const event = await api.call<EventRecord>("POST", "/events", {
            title,
            starts_at: day,
          });
          onCreated(event);
          setTitle("");
          return t("saved");
        })
      }
    >
      <h2>{t("new_event")}</h2>
      <label>
        {t("title")}
        <input
          name="event_title"
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {t("day")}
        <input
          name="event_day"
          type="date"
          value={day}
          onInput={(e) => setDay(e.currentTarget.value)}
          required
        />
      </label>
      <button type="submit">{t("new_event")}</button>
      <FormStatus message={message} error={error} />
    </form>
  );
}
