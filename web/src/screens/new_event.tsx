// A new event in two fields (title and day): for event mode when the
// evening's event is not in knoten yet, and on a network's page, where
// the event belongs to that network.
import { useState } from "preact/hooks";
import type { EventRecord, NewEvent } from "../api";
import { useApp } from "../context";
import { localDay } from "../format";
import { FormStatus, useSubmit } from "./form_status";

interface Props {
  networkId?: number;
  onCreated: (event: EventRecord) => void;
}

export function NewEventForm({ networkId, onCreated }: Props) {
  const { api, t } = useApp();
  const [title, setTitle] = useState("");
  const [day, setDay] = useState(localDay(new Date()));
  const { message, error, run } = useSubmit(() => {});
  return (
    <form
      class="card"
      aria-label={t("new_event")}
      onSubmit={(e) =>
        run(e, async () => {
          const body: NewEvent = { title, starts_at: day };
          if (networkId !== undefined) body.network_id = networkId;
          const event = await api.createEvent(body);
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
