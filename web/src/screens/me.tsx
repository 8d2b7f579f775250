// Me: who I am as a self-employed person (the profile), what I offer and
// for whom, what I need (for myself or on a client's behalf), and the
// seed's reflection checklist, whose figures follow what is saved above it.
import { useState } from "preact/hooks";
import { useApp } from "../context";
import { lacksAudience } from "../format";
import { type Loaded, useLoad } from "../use_load";
import { usePersonNames } from "../use_person_names";
import { NeedForm } from "./need_form";
import { OfferForm } from "./offer_form";
import { OwnItems } from "./own_items";
import { ProfileSection } from "./profile_section";
import { ReflectionSection } from "./reflection_section";

// `loaded`, whose reload (after every change of the list) also calls
// `changed`.
function telling<T>(loaded: Loaded<T>, changed: () => void): Loaded<T> {
  return {
    ...loaded,
    reload: () => {
      loaded.reload();
      changed();
    },
  };
}

export function MeScreen() {
  const { t } = useApp();
  // Counts the changes saved on this screen.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <h1>{t("me")}</h1>
      <ProfileSection onSaved={changed} />
      <MyOffers onChange={changed} />
      <MyNeeds onChange={changed} />
      <ReflectionSection version={version} />
    </>
  );
}

function MyOffers({ onChange }: { onChange: () => void }) {
  const { api, t } = useApp();
  const offers = telling(useLoad(() => api.offers({ mine: true, limit: 500 }), []), onChange);
  return (
    <OwnItems
      id="my-offers"
      heading="my_offers"
      newWord="new_offer"
      list={offers}
      setActive={(id, active) => api.changeOffer(id, { active })}
      details={(offer) =>
        lacksAudience(offer) ? (
          <p class="hint">{t("audience_missing")}</p>
        ) : (
          <p class="audience">
            <span class="muted">{t("audience")}:</span> {offer.audience}
          </p>
        )
      }
      form={(offer, done) => <OfferForm offer={offer} onDone={done} />}
    />
  );
}

function MyNeeds({ onChange }: { onChange: () => void }) {
  const { api, t } = useApp();
  const needs = telling(useLoad(() => api.needs({ mine: true, limit: 500 }), []), onChange);
  const names = usePersonNames(needs.data?.items.map((n) => n.on_behalf_of) ?? []);
  return (
    <OwnItems
      id="my-needs"
      heading="my_needs"
      newWord="new_need"
      list={needs}
      setActive={(id, active) => api.changeNeed(id, { active })}
      details={(need) =>
        need.on_behalf_of !== null && (
          <p>
            <span class="muted">{t("on_behalf_of")}:</span>{" "}
            <a href={`#/people/${need.on_behalf_of}`}>
              {names.get(need.on_behalf_of) ?? `#${need.on_behalf_of}`}
            </a>
          </p>
        )
      }
      form={(need, done) => <NeedForm need={need} onDone={done} />}
    />
  );
}
