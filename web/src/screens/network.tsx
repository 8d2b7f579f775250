// One network's page: what it is, who is in it (linking to each person),
// its events a page at a time, and a form for its next event.
import { useMemo } from "preact/hooks";
import type { Membership } from "../api";
import { useApp } from "../context";
import { safeUrl } from "../format";
import { useLoad } from "../use_load";
import { usePaged } from "../use_paged";
import { EventList } from "./event_list";
import { FormStatus, useSubmit } from "./form_status";
import { MoreButton } from "./more_button";
import { NetworkFacts } from "./network_facts";
import { NewEventForm } from "./new_event";

export function NetworkScreen({ id }: { id: number }) {
  const { api, t } = useApp();
  const network = useLoad(() => api.network(id), [id]);
  const members = useLoad(() => api.networkMembers(id), [id]);
  const events = usePaged(
    (offset, limit) => api.events({ network_id: id, offset, limit }),
    [id],
    10,
  );
  if (network.error) return <p class="error">{network.error}</p>;
  if (!network.data) return <p class="muted">{t("loading")}</p>;
  const url = safeUrl(network.data.url);
  return (
    <>
      <a href="#/networks">← {t("back")}</a>
      <h1>{network.data.name}</h1>
      <p>
        <NetworkFacts network={network.data} />
      </p>
      {url ? (
        <p>
          <a href={url} rel="noopener noreferrer" target="_blank">
            {url}
          </a>
        </p>
      ) : (
        network.data.url && <p class="muted">{network.data.url}</p>
      )}
      {network.data.notes && <p class="notes">{network.data.notes}</p>}
      <section aria-labelledby="members">
        <h2 id="members">
          {t("members")}
          {members.data && ` (${members.data.total})`}
        </h2>
        {members.error && <p class="error">{members.error}</p>}
        {members.data && (
          <Members networkId={id} members={members.data.items} onJoined={members.reload} />
        )}
      </section>
      <section aria-labelledby="network-events">
        <h2 id="network-events">{t("events")}</h2>
        {events.error && <p class="error">{events.error}</p>}
        {events.data && <EventList events={events.data.items} />}
        <MoreButton list={events} />
        <NewEventForm networkId={id} onCreated={events.reload} />
      </section>
    </>
  );
}

function Members(props: { networkId: number; members: Membership[]; onJoined: () => void }) {
  const { api, t } = useApp();
  // The members' names in one request: the people of this network.
  const people = useLoad(() => api.networkPeople(props.networkId), [props.networkId]);
  const names = useMemo(
    () => new Map((people.data?.items ?? []).map((p) => [p.id, p.display_name])),
    [people.data],
  );
  const { message, error, run } = useSubmit(props.onJoined);
  const isMember = props.members.some((m) => m.person_id === null);
  return (
    <>
      {props.members.length === 0 && <p class="muted">{t("none_yet")}</p>}
      <ul class="list members">
        {props.members.map((m) => (
          <li key={m.id}>
            {m.person_id === null ? (
              <strong>{t("me_as_member")}</strong>
            ) : (
              <a href={`#/people/${m.person_id}`}>{names.get(m.person_id) ?? `#${m.person_id}`}</a>
            )}
            <span class="muted">
              {m.role && m.role !== "member" && ` · ${m.role}`}
              {m.since && ` · ${t("since")} ${m.since.slice(0, 10)}`}
            </span>
          </li>
        ))}
      </ul>
      {!isMember && (
        <button
          type="button"
          class="secondary"
          onClick={(e) =>
            run(e, async () => {
              await api.joinNetwork(props.networkId);
              return t("saved");
            })
          }
        >
          {t("join_network")}
        </button>
      )}
      <FormStatus message={message} error={error} />
    </>
  );
}
