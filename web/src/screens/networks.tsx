// Networks and events: the networks one belongs to or visits (each with
// its page), a form for a new one, and all events, upcoming and past.
import { useMemo } from "preact/hooks";
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { EventsOverview } from "./events_overview";
import { NetworkFacts } from "./network_facts";
import { NetworkReportSection } from "./network_report";
import { NewNetworkForm } from "./new_network";

export function NetworksScreen() {
  const { api, t } = useApp();
  const networks = useLoad(() => api.networks(), []);
  const names = useMemo(
    () => new Map((networks.data?.items ?? []).map((n) => [n.id, n.name])),
    [networks.data],
  );
  return (
    <>
      <h1>{t("networks_and_events")}</h1>
      <section aria-labelledby="networks">
        <h2 id="networks">{t("networks")}</h2>
        {networks.error && <p class="error">{networks.error}</p>}
        {networks.data && networks.data.items.length === 0 && (
          <p class="muted">{t("no_networks")}</p>
        )}
        <ul class="list networks">
          {networks.data?.items.map((n) => (
            <li key={n.id} class="entry">
              <a href={`#/networks/${n.id}`}>{n.name}</a>
              <NetworkFacts network={n} />
            </li>
          ))}
        </ul>
        <details class="card">
          <summary>{t("new_network")}</summary>
          <NewNetworkForm onCreated={networks.reload} />
        </details>
      </section>
      <NetworkReportSection />
      <EventsOverview networkNames={names} />
    </>
  );
}
