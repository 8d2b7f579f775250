// Me: who I am as a self-employed person (the profile), what I offer and
// for whom, and what I need (for myself or on a client's behalf).
//
// Not here yet: the seed's reflection checklist (C1). Its answers need
// storage that a later issue adds to the API; until then this screen shows
// nothing for it rather than answers the app would have to make up.
import { useApp } from "../context";
import { lacksAudience } from "../format";
import { useLoad } from "../use_load";
import { usePersonNames } from "../use_person_names";
import { NeedForm } from "./need_form";
import { OfferForm } from "./offer_form";
import { OwnItems } from "./own_items";
import { ProfileSection } from "./profile_section";

export function MeScreen() {
  const { t } = useApp();
  return (
    <>
      <h1>{t("me")}</h1>
      <ProfileSection />
      <MyOffers />
      <MyNeeds />
    </>
  );
}

function MyOffers() {
  const { api, t } = useApp();
  const offers = useLoad(() => api.offers({ mine: true, limit: 500 }), []);
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

function MyNeeds() {
  const { api, t } = useApp();
  const needs = useLoad(() => api.needs({ mine: true, limit: 500 }), []);
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
