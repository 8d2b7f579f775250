// JSON of the relationship figures: trust, balance, the network report, the
// person page with judgements and client fit, and the pitch.

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "knoten/json/codec.h"
#include "knoten/json/codec_internal.h"

namespace knoten::json {
namespace {

using codec_internal::IdOrNull;
using codec_internal::OptionalNumber;
using codec_internal::Round2;
using codec_internal::Time;
using codec_internal::TimeOrNull;
using codec_internal::WholeOrNull;

Json ToJson(const core::ClientFit& c, const app::PersonFit& fit) {
  Json why = nullptr;
  if (fit.need_id) {
    why = {{"need_id", fit.need_id->value()},
           {"need_title", fit.need_title},
           {"offer_id", IdOrNull(fit.offer_id)},
           {"offer_title", fit.offer_title}};
  }
  return {{"factors",
           {{"trust", Round2(c.trust)},
            {"competence", OptionalNumber(c.competence)},
            {"chemistry", OptionalNumber(c.chemistry)},
            {"fit", Round2(c.fit)}}},
          {"level", OptionalNumber(c.level)},
          {"weakest", core::FitFactorName(c.weakest)},
          {"fit_why", std::move(why)}};
}

// Keeping in touch with a person of trust `trust_level`.
Json ToJson(const core::Touch& touch, double trust_level) {
  return {{"rhythm_days", WholeOrNull(touch.rhythm.days)},
          {"chosen", touch.rhythm.chosen},
          {"default_days", WholeOrNull(core::DefaultRhythmDays(trust_level))},
          {"due_at", TimeOrNull(touch.due_at)},
          {"losing_touch", touch.losing_touch()}};
}

}  // namespace

Json ToJson(const app::PersonFigures& f) {
  return {{"person_id", f.person_id.value()},
          {"person_name", f.person_name},
          {"trust", Round2(f.trust.level)},
          {"client_fit",
           {{"level", OptionalNumber(f.client_fit.level)},
            {"weakest", core::FitFactorName(f.client_fit.weakest)}}},
          {"balance",
           {{"given", f.balance.given.count},
            {"received", f.balance.received.count},
            {"given_weight", f.balance.given.weight},
            {"received_weight", f.balance.received.weight}}},
          {"keep_in_touch", ToJson(f.touch, f.trust.level)}};
}

Json ToJson(const core::Trust& t) {
  Json why = Json::array();
  Json why_de = Json::array();
  for (const core::TrustReason& r : t.why) {
    why.push_back(core::TrustReasonText(r, core::Lang::kEn));
    why_de.push_back(core::TrustReasonText(r, core::Lang::kDe));
  }
  return {{"level", Round2(t.level)},
          {"why", std::move(why)},
          {"why_de", std::move(why_de)}};
}

Json ToJson(const core::Balance& b) {
  auto by_kind = [](const core::BalanceSide& side) {
    Json counts = Json::object();
    for (size_t i = 0; i < side.by_kind.size(); ++i) {
      counts[std::string(core::LedgerKindName(
          static_cast<core::LedgerKind>(i)))] = side.by_kind.at(i);
    }
    return counts;
  };
  auto value = [](const core::BalanceSide& side) {
    Json amounts = Json::object();
    for (const auto& [currency, cents] : side.business_value_cents) {
      amounts[currency] = Money(cents);
    }
    return amounts;
  };
  return {{"given", b.given.count},
          {"received", b.received.count},
          {"given_weight", b.given.weight},
          {"received_weight", b.received.weight},
          {"given_by_kind", by_kind(b.given)},
          {"received_by_kind", by_kind(b.received)},
          {"referrals_won_given", b.given.referrals_won},
          {"referrals_won_received", b.received.referrals_won},
          {"business_value_given", value(b.given)},
          {"business_value_received", value(b.received)}};
}

Json ToJson(const app::NetworkReports& reports) {
  auto amounts = [](const std::map<std::string, int64_t>& cents) {
    Json out = Json::object();
    for (const auto& [currency, value] : cents) out[currency] = Money(value);
    return out;
  };
  Json items = Json::array();
  for (const core::NetworkReport& r : reports.items) {
    const core::ExpertiseFit& fit = r.expertise_fit;
    items.push_back(
        {{"network_id", r.network_id.value()},
         {"name", r.name},
         {"currency", r.currency},
         {"member", r.member},
         {"events", r.events},
         {"hours", Round2(r.hours)},
         {"money", Money(r.money_cents)},
         {"other_money", amounts(r.other_money_cents)},
         {"people", r.people},
         {"people_met", r.people_met},
         {"deepened", r.deepened},
         {"given", r.balance.given.count},
         {"received", r.balance.received.count},
         {"given_weight", r.balance.given.weight},
         {"received_weight", r.balance.received.weight},
         {"introductions", r.introductions},
         {"referrals", r.Referrals()},
         {"business_value", amounts(r.balance.received.business_value_cents)},
         {"expertise_fit",
          {{"my_offers_meet_needs", fit.my_offers_meet_needs},
           {"their_needs", fit.their_needs},
           {"my_needs_met", fit.my_needs_met},
           {"my_needs", fit.my_needs}}}});
  }
  const auto total = static_cast<int64_t>(items.size());
  return {{"items", std::move(items)},
          {"total", total},
          {"from", Time(reports.period.from)},
          {"until", Time(reports.period.until)}};
}

Json ToJson(const app::PersonDetails& d) {
  Json out = ToJson(d.person);
  out["offers"] = ListToJson(d.offers)["items"];
  out["needs"] = ListToJson(d.needs)["items"];
  out["memberships"] = ListToJson(d.memberships)["items"];
  Json timeline = Json::array();
  for (const app::TimelineItem& item : d.timeline) {
    timeline.push_back({{"at", Time(item.at)},
                        {"kind", item.kind},
                        {"id", item.id},
                        {"detail", item.detail},
                        {"text", item.text}});
  }
  out["timeline"] = std::move(timeline);
  out["balance"] = ToJson(d.balance);
  out["trust"] = ToJson(d.trust);
  out["keep_in_touch"] = ToJson(d.touch, d.trust.level);
  out["judgements"] = ListToJson(d.judgements)["items"];
  out["client_fit"] = ToJson(d.client_fit, d.fit);
  return out;
}

Json ToJson(const core::Judgement& j) {
  return {{"person_id", j.person_id.value()},
          {"factor", core::JudgementFactorName(j.factor)},
          {"value", j.value},
          {"evidence", core::JudgementEvidenceName(j.evidence)},
          {"note", j.note},
          {"judged_at", Time(j.judged_at)}};
}

Json JudgementsToJson(PersonId person,
                      const std::vector<core::Judgement>& judgements) {
  return {{"person_id", person.value()},
          {"judgements", ListToJson(judgements)["items"]}};
}

Json ToJson(const core::Pitch& p) {
  return {{"id", p.id.value()},
          {"person_id", p.person_id.value()},
          {"about", p.about},
          {"pitched_at", Time(p.pitched_at)},
          {"too_early", p.too_early}};
}

Json ToJson(const app::PitchCheck& c) {
  Json reasons = Json::array();
  for (const core::TooEarlyReason r : c.too_early) {
    reasons.push_back(
        {{"reason", core::TooEarlyReasonName(r)},
         {"text",
          core::TooEarlyReasonText(r, c.trust, c.chemistry, core::Lang::kEn)},
         {"text_de",
          core::TooEarlyReasonText(r, c.trust, c.chemistry, core::Lang::kDe)}});
  }
  Json ideas = Json::array();
  for (const app::GiveFirst& g : c.give_first) {
    ideas.push_back({{"kind", app::GiveFirstKindName(g.kind)},
                     {"need_id", IdOrNull(g.need_id)},
                     {"need_title", g.need_title},
                     {"person_id", IdOrNull(g.person_id)},
                     {"person_name", g.person_name},
                     {"offer_id", IdOrNull(g.offer_id)},
                     {"offer_title", g.offer_title}});
  }
  return {{"person_id", c.person_id.value()},
          {"person_name", c.person_name},
          {"trust", Round2(c.trust)},
          {"chemistry", OptionalNumber(c.chemistry)},
          {"too_early", !c.too_early.empty()},
          {"reasons", std::move(reasons)},
          {"give_first", std::move(ideas)}};
}

Json ToJson(const app::PitchOutcome& o) {
  Json out = ToJson(o.check);
  out["recorded"] = o.pitch.has_value();
  out["pitch"] = o.pitch ? ToJson(*o.pitch) : Json(nullptr);
  return out;
}

}  // namespace knoten::json
