// The give-and-take ledger: what was given and received, newest first,
// filtered by direction and person, a page at a time; how much went each
// way; and a form to record a new entry.
import { useState } from "preact/hooks";
import type { Direction, LedgerFilter } from "../api";
import { GiveTakeChart } from "../charts/give_take_chart";
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { usePaged } from "../use_paged";
import { usePersonNames } from "../use_person_names";
import { LedgerForm } from "./ledger_form";
import { LedgerItem } from "./ledger_item";
import { MoreButton } from "./more_button";
import { PersonPicker } from "./person_picker";

export function LedgerScreen() {
  const { api, t } = useApp();
  const [direction, setDirection] = useState<Direction | "">("");
  const [personId, setPersonId] = useState<number | null>(null);
  const person: LedgerFilter = personId === null ? {} : { person_id: personId };
  const list = usePaged(
    (offset, limit) =>
      api.ledger({ ...person, direction: direction || undefined, offset, limit }),
    [direction, personId],
  );
  // The totals each way (with the person chosen, if one is).
  const balance = useLoad(async () => {
    const [given, received] = await Promise.all([
      api.ledger({ ...person, direction: "given", limit: 1 }),
      api.ledger({ ...person, direction: "received", limit: 1 }),
    ]);
    return { given: given.total, received: received.total };
  }, [personId]);
  const names = usePersonNames(list.data?.items.map((e) => e.person_id) ?? []);
  const recorded = () => {
    list.reload();
    balance.reload();
  };

  return (
    <>
      <h1>{t("ledger")}</h1>
      {balance.data && (
        <p class="balance" data-testid="balance">
          <span class="tag given">
            {t("given_short")}: {balance.data.given}
          </span>
          <span class="tag received">
            {t("received_short")}: {balance.data.received}
          </span>
        </p>
      )}
      <details class="card">
        <summary>{t("record_exchange")}</summary>
        <LedgerForm onDone={recorded} />
      </details>
      <form class="filters" role="search" aria-label={t("filter")} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("direction")}
          <select
            name="filter_direction"
            value={direction}
            onChange={(e) => setDirection(e.currentTarget.value as Direction | "")}
          >
            <option value="">{t("both_directions")}</option>
            <option value="given">{t("given")}</option>
            <option value="received">{t("received")}</option>
          </select>
        </label>
        <PersonPicker
          name="filter_person"
          label={t("person")}
          noneLabel={t("everyone")}
          value={personId}
          onChange={setPersonId}
        />
      </form>
      <GiveTakeChart personId={personId ?? undefined} />
      {list.error && <p class="error">{list.error}</p>}
      {!list.data && !list.error && <p class="muted">{t("loading")}</p>}
      {list.data && list.data.items.length === 0 && <p class="muted">{t("nothing_yet")}</p>}
      <ul class="list ledger">
        {list.data?.items.map((entry) => (
          <LedgerItem key={entry.id} entry={entry} name={names.get(entry.person_id)} />
        ))}
      </ul>
      <MoreButton list={list} />
    </>
  );
}
