// Chooses a person: a search field and a list of the people found. The
// person chosen stays in the list while the search changes.
import { useEffect, useState } from "preact/hooks";
import { useApp } from "../context";
import { useLoad } from "../use_load";

interface Props {
  // The select's name; the search field is NAME_search.
  name: string;
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  // The choice for "nobody" (e.g. "Everyone"); without it one is required.
  noneLabel?: string;
}

export function PersonPicker({ name, label, value, onChange, noneLabel }: Props) {
  const { api, t } = useApp();
  const [q, setQ] = useState("");
  const found = useLoad(() => api.people(q, 20), [q]);
  const [chosenName, setChosenName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setChosenName(null);
    if (value !== null) {
      api.personName(value).then(
        (n) => live && setChosenName(n),
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [api, value]);

  const people = found.data?.items ?? [];
  const chosenMissing = value !== null && !people.some((p) => p.id === value);
  return (
    <fieldset class="picker">
      <legend>{label}</legend>
      <div class="picker-fields">
        <label>
          <span class="sr-only">{t("search_people")}</span>
          <input
            type="search"
            name={`${name}_search`}
            placeholder={t("search_people")}
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
            autocomplete="off"
          />
        </label>
        <label>
          <span class="sr-only">{label}</span>
          <select
            name={name}
            value={value ?? ""}
            required={noneLabel === undefined}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange(v ? Number(v) : null);
            }}
          >
            <option value="">{noneLabel ?? t("choose_person")}</option>
            {chosenMissing && <option value={value}>{chosenName ?? "…"}</option>}
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.organisation ? `${p.display_name} · ${p.organisation}` : p.display_name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {found.error && <p class="error">{found.error}</p>}
    </fieldset>
  );
}
