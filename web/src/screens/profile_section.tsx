// The user's profile: shown as facts, edited in a form (every field of the
// API's Profile), saved with PATCH /profile.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Profile } from "../api";
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { ProfileForm } from "./profile_form";

function isEmpty(p: Profile): boolean {
  return (
    !p.name && !p.business_name && !p.positioning && !p.languages.length && !p.expertise_areas.length
  );
}

function Tags({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item) => (
        <span key={item} class="tag">
          {item}
        </span>
      ))}
    </>
  );
}

// `onSaved` is told after the profile was saved.
export function ProfileSection({ onSaved }: { onSaved?: () => void }) {
  const { api, t } = useApp();
  const profile = useLoad(() => api.profile(), []);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form: the keyboard continues at "Edit profile".
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const p = profile.data;
  return (
    <section aria-labelledby="profile">
      <h2 id="profile">{t("profile")}</h2>
      {profile.error && <p class="error">{profile.error}</p>}
      {!p && !profile.error && <p class="muted">{t("loading")}</p>}
      {p && editing && (
        <ProfileForm
          profile={p}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            profile.reload();
            onSaved?.();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {p && !editing && (
        <div class="card profile">
          {isEmpty(p) ? (
            <p class="muted">{t("profile_empty")}</p>
          ) : (
            <dl class="facts">
              <dt>{t("name")}</dt>
              <dd>{p.name}</dd>
              <dt>{t("business_name")}</dt>
              <dd>{p.business_name}</dd>
              <dt>{t("positioning")}</dt>
              <dd class="positioning">{p.positioning}</dd>
              <dt>{t("languages")}</dt>
              <dd>
                <Tags items={p.languages} />
              </dd>
              <dt>{t("expertise_areas")}</dt>
              <dd>
                <Tags items={p.expertise_areas} />
              </dd>
            </dl>
          )}
          <button
            type="button"
            class="secondary"
            ref={editButton}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t("edit_profile")}
          </button>
          {saved && <p role="status">{t("saved")}</p>}
        </div>
      )}
    </section>
  );
}
