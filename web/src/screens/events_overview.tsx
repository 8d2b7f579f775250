// All events: the upcoming ones, soonest first, and the past ones, latest
// first, a page at a time.
import { useMemo } from "preact/hooks";
import { useApp } from "../context";
import { isoSeconds } from "../format";
import { useLoad } from "../use_load";
import { usePaged } from "../use_paged";
import { EventList } from "./event_list";
import { MoreButton } from "./more_button";

export function EventsOverview({ networkNames }: { networkNames: Map<number, string> }) {
  const { api, t } = useApp();
  const now = useMemo(() => isoSeconds(new Date()), []);
  // The API lists latest first; one page of the API's largest size holds
  // a year of upcoming events, which are then turned round.
  const upcoming = useLoad(() => api.events({ from: now, limit: 500 }), [now]);
  const past = usePaged((offset, limit) => api.events({ until: now, offset, limit }), [now], 10);
  return (
    <>
      <section aria-labelledby="upcoming-events">
        <h2 id="upcoming-events">{t("upcoming_events")}</h2>
        {upcoming.error && <p class="error">{upcoming.error}</p>}
        {upcoming.data && (
          <EventList events={[...upcoming.data.items].reverse()} networkNames={networkNames} />
        )}
      </section>
      <section aria-labelledby="past-events">
        <h2 id="past-events">{t("past_events")}</h2>
        {past.error && <p class="error">{past.error}</p>}
        {past.data && <EventList events={past.data.items} networkNames={networkNames} />}
        <MoreButton list={past} />
      </section>
    </>
  );
}
