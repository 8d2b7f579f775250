// The seed's reflection checklist on Me: what networking needs from the
// user, each item answered yes / partly / not yet, with what knoten can tell
// from the data. Read again when `version` changes (the profile, an offer
// or a need was saved), so the figures follow what the user just wrote.
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { ReflectionItem } from "./reflection_item";

export function ReflectionSection({ version = 0 }: { version?: number }) {
  const { api, t } = useApp();
  const list = useLoad(() => api.reflection(), [version]);
  return (
    <section aria-labelledby="reflection" class="reflection" data-testid="reflection">
      <h2 id="reflection">{t("reflection")}</h2>
      <p class="muted">{t("reflection_intro")}</p>
      {list.error && <p class="error">{list.error}</p>}
      {!list.data && !list.error && <p class="muted">{t("loading")}</p>}
      {list.data && (
        <ol class="reflection-list">
          {list.data.items.map((check) => (
            <ReflectionItem key={check.item} check={check} />
          ))}
        </ol>
      )}
    </section>
  );
}
