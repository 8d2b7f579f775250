// Edits every field of the profile; lists (languages, areas of expertise)
// are typed separated by commas.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Profile } from "../api";
import { useApp } from "../context";
import { joinList, splitList } from "../format";
import { FormStatus, useSubmit } from "./form_status";

interface Props {
  profile: Profile;
  onSaved: (profile: Profile) => void;
  onCancel: () => void;
}

export function ProfileForm({ profile, onSaved, onCancel }: Props) {
  const { api, t } = useApp();
  const [name, setName] = useState(profile.name);
  const [business, setBusiness] = useState(profile.business_name);
  const [positioning, setPositioning] = useState(profile.positioning);
  const [languages, setLanguages] = useState(joinList(profile.languages));
  const [expertise, setExpertise] = useState(joinList(profile.expertise_areas));
  const { message, error, run } = useSubmit(() => {});
  const first = useRef<HTMLInputElement>(null);
  // Before the first paint: a focus moved later (useEffect runs after it)
  // would take the caret from a field the user already clicked into.
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <form
      class="card"
      aria-label={t("edit_profile")}
      onSubmit={(e) =>
        run(e, async () => {
          const changed = await api.changeProfile({
            name,
            business_name: business,
            positioning,
            languages: splitList(languages),
            expertise_areas: splitList(expertise),
          });
          onSaved(changed);
          return t("saved");
        })
      }
    >
      <label>
        {t("name")}
        <input
          name="profile_name"
          ref={first}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {t("business_name")}
        <input
          name="profile_business_name"
          value={business}
          onInput={(e) => setBusiness(e.currentTarget.value)}
        />
      </label>
      <label>
        {t("positioning")}
        <textarea
          name="profile_positioning"
          rows={3}
          value={positioning}
          onInput={(e) => setPositioning(e.currentTarget.value)}
        />
      </label>
      <label>
        <span>
          {t("languages")} <span class="muted hint-inline">({t("comma_separated")})</span>
        </span>
        <input
          name="profile_languages"
          value={languages}
          onInput={(e) => setLanguages(e.currentTarget.value)}
        />
      </label>
      <label>
        <span>
          {t("expertise_areas")} <span class="muted hint-inline">({t("comma_separated")})</span>
        </span>
        <textarea
          name="profile_expertise_areas"
          rows={2}
          value={expertise}
          onInput={(e) => setExpertise(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <button type="submit" class="grow">
          {t("save")}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
      <FormStatus message={message} error={error} />
    </form>
  );
}
