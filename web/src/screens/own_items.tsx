// The user's own offers or needs: the active ones, each with edit and
// deactivate; the inactive ones folded away, each to activate again; and
// a form for a new one.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Page } from "../api";
import { useApp } from "../context";
import type { Word } from "../i18n";
import type { Loaded } from "../use_load";
import { FormStatus, useSubmit } from "./form_status";

interface OwnRecord {
  id: number;
  title: string;
  text: string;
  active: boolean;
}

interface Props<T extends OwnRecord> {
  id: string;
  heading: Word;
  newWord: Word;
  list: Loaded<Page<T>>;
  setActive: (id: number, active: boolean) => Promise<unknown>;
  // What is shown below an item's title and text.
  details: (item: T) => ComponentChildren;
  // The form for a new item (no item) or for changing one.
  form: (item: T | undefined, done: () => void) => ComponentChildren;
}

export function OwnItems<T extends OwnRecord>(props: Props<T>) {
  const { t } = useApp();
  const { list } = props;
  const [editing, setEditing] = useState<number | null>(null);
  const { message, error, run } = useSubmit(list.reload);
  const items = list.data?.items ?? [];
  const active = items.filter((item) => item.active);
  const inactive = items.filter((item) => !item.active);
  const toggle = (item: T) => (e: Event) =>
    run(e, async () => {
      await props.setActive(item.id, !item.active);
      return t("saved");
    });
  const edited = () => {
    setEditing(null);
    list.reload();
  };

  return (
    <section aria-labelledby={props.id} class="own" data-testid={props.id}>
      <h2 id={props.id}>{t(props.heading)}</h2>
      {list.error && <p class="error">{list.error}</p>}
      {list.data && active.length === 0 && <p class="muted">{t("none_yet")}</p>}
      <ul class="list">
        {active.map((item) => (
          <li key={item.id} class="entry">
            {editing === item.id ? (
              props.form(item, edited)
            ) : (
              <>
                <strong class="item-title">{item.title}</strong>
                {item.text && <p>{item.text}</p>}
                {props.details(item)}
                <div class="row actions">
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`${t("edit")}: ${item.title}`}
                    onClick={() => setEditing(item.id)}
                  >
                    {t("edit")}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`${t("deactivate")}: ${item.title}`}
                    onClick={toggle(item)}
                  >
                    {t("deactivate")}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {inactive.length > 0 && (
        <details class="inactive">
          <summary>
            {t("inactive")} ({inactive.length})
          </summary>
          <ul class="list">
            {inactive.map((item) => (
              <li key={item.id} class="entry">
                <span class="muted item-title">{item.title}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`${t("reactivate")}: ${item.title}`}
                  onClick={toggle(item)}
                >
                  {t("reactivate")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <FormStatus message={message} error={error} />
      <details class="card">
        <summary>{t(props.newWord)}</summary>
        {props.form(undefined, list.reload)}
      </details>
    </section>
  );
}
