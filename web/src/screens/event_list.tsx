// A list of events: title, when, where, how many attended, and (outside
// a network's own page) the network it belongs to.
import type { EventRecord } from "../api";
import { useApp } from "../context";
import { eventWhen } from "../format";

interface Props {
  events: EventRecord[];
  // Names of networks to link each event to; none on a network's page.
  networkNames?: Map<number, string>;
}

export function EventList({ events, networkNames }: Props) {
  const { lang, t } = useApp();
  if (events.length === 0) return <p class="muted">{t("none_yet")}</p>;
  return (
    <ul class="list events">
      {events.map((ev) => {
        const network = ev.network_id !== null ? networkNames?.get(ev.network_id) : undefined;
        return (
          <li key={ev.id} class="entry">
            <strong>{ev.title}</strong>
            <div class="muted">
              <span class="when">{eventWhen(ev.starts_at, lang)}</span>
              {[ev.place, `${ev.attendees.length} ${t("attended")}`]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join("")}
              {network && (
                <>
                  {" · "}
                  <a href={`#/networks/${ev.network_id}`}>{network}</a>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
