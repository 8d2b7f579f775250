#include "knoten/app/network_report.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "knoten/app/match_index.h"
#include "knoten/app/trust.h"
#include "knoten/core/introduction.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {
namespace {

using IdSet = std::unordered_set<int64_t>;

// One network while its report is put together.
struct Draft {
  core::NetworkReport report;
  IdSet people;  // its people, not archived
  IdSet met;     // of them, met at its events in the period
};

// Adds `id` to the network's people (and to those met when `met`), if the
// person is not archived.
void AddPerson(const TrustHistories& known, Draft& draft, PersonId id,
               bool met) {
  if (!known.by_person.contains(id.value())) return;
  draft.people.insert(id.value());
  if (met) draft.met.insert(id.value());
}

// Events, their attendees and the encounters at them.
Status AddEvents(store::Transaction& tx, const core::Period& period,
                 const TrustHistories& known,
                 std::unordered_map<int64_t, Draft*>& by_network) {
  KNOTEN_ASSIGN_OR_RETURN(auto events, tx.events().List({}, {}));
  // Event id → its network's draft, and whether it lies in the period.
  std::unordered_map<int64_t, std::pair<Draft*, bool>> event_draft;
  for (const core::Event& e : events.items) {
    if (!e.network_id || !by_network.contains(e.network_id->value())) {
      continue;
    }
    Draft* draft = by_network.at(e.network_id->value());
    const bool in_period = period.Contains(e.starts_at);
    event_draft[e.id.value()] = {draft, in_period};
    if (in_period) draft->report.AddEvent(e);
    for (PersonId id : e.attendees) AddPerson(known, *draft, id, in_period);
  }
  for (const core::Encounter& e : known.records.encounters) {
    if (!e.event_id || !event_draft.contains(e.event_id->value())) continue;
    Draft* draft = event_draft.at(e.event_id->value()).first;
    const bool met = period.Contains(e.occurred_at);
    for (PersonId id : e.people) AddPerson(known, *draft, id, met);
  }
  for (const core::Person& p : known.people) {
    if (!p.first_met_event) continue;
    const auto it = event_draft.find(p.first_met_event->value());
    if (it == event_draft.end()) continue;
    const bool met = p.first_met_at && period.Contains(*p.first_met_at);
    AddPerson(known, *it->second.first, p.id, met || it->second.second);
  }
  return OkStatus();
}

// Members, the user's membership and the fee.
Status AddMembers(store::Transaction& tx, const core::Period& period,
                  const TrustHistories& known, Draft& draft,
                  int64_t yearly_fee_cents) {
  KNOTEN_ASSIGN_OR_RETURN(const auto members,
                          tx.networks().Memberships(draft.report.network_id));
  for (const core::Membership& m : members) {
    if (m.person_id) {
      AddPerson(known, draft, *m.person_id, /*met=*/false);
      continue;
    }
    draft.report.member = true;
    draft.report.money_cents +=
        core::FeeInPeriod(yearly_fee_cents, m.since, period);
  }
  return OkStatus();
}

// Network indexes by person id.
std::unordered_map<int64_t, std::vector<size_t>> NetworksOfPeople(
    const std::vector<Draft>& drafts) {
  std::unordered_map<int64_t, std::vector<size_t>> of;
  for (size_t i = 0; i < drafts.size(); ++i) {
    for (int64_t id : drafts[i].people) of[id].push_back(i);
  }
  return of;
}

// Ledger entries and introductions in the period, and who deepened.
void AddExchanges(const core::Period& period, const TrustHistories& known,
                  std::vector<Draft>& drafts) {
  const auto networks_of = NetworksOfPeople(drafts);
  for (const core::LedgerEntry& e : known.records.ledger) {
    const auto it = networks_of.find(e.person_id.value());
    if (it == networks_of.end() || !period.Contains(e.occurred_at)) continue;
    for (size_t i : it->second) drafts[i].report.balance.Add(e);
  }
  for (const core::Introduction& intro : known.records.introductions) {
    if (intro.status != core::IntroductionStatus::kMade || !intro.made_at ||
        !period.Contains(*intro.made_at)) {
      continue;
    }
    for (Draft& d : drafts) {
      if (d.people.contains(intro.person_a.value()) ||
          d.people.contains(intro.person_b.value())) {
        ++d.report.introductions;
      }
    }
  }
  for (const auto& [id, networks] : networks_of) {
    const core::TrustHistory& history = known.by_person.at(id);
    if (!core::Deepened(core::ComputeTrust(history, period.from).level,
                        core::ComputeTrust(history, period.until).level)) {
      continue;
    }
    for (size_t i : networks) ++drafts[i].report.deepened;
  }
}

Result<std::vector<Draft>> Read(store::Transaction& tx,
                                const core::Period& period,
                                std::optional<NetworkId> only) {
  KNOTEN_ASSIGN_OR_RETURN(auto networks, tx.networks().List({}));
  if (only) KNOTEN_RETURN_IF_ERROR(tx.networks().Get(*only));
  std::vector<Draft> drafts;
  if (networks.items.empty()) return drafts;
  KNOTEN_ASSIGN_OR_RETURN(const TrustHistories known,
                          ReadTrustHistories(tx, period.until));
  drafts.reserve(networks.items.size());
  std::unordered_map<int64_t, Draft*> by_network;
  for (core::Network& n : networks.items) {
    if (only && n.id != *only) continue;
    Draft& draft = drafts.emplace_back();
    draft.report.network_id = n.id;
    draft.report.name = std::move(n.name);
    draft.report.currency = n.currency;
    KNOTEN_RETURN_IF_ERROR(
        AddMembers(tx, period, known, draft, n.yearly_fee_cents));
    by_network[n.id.value()] = &draft;
  }
  KNOTEN_RETURN_IF_ERROR(AddEvents(tx, period, known, by_network));
  AddExchanges(period, known, drafts);
  return drafts;
}

// Both halves of the expertise fit for every draft.
Status AddExpertiseFit(Context& ctx, std::vector<Draft>& drafts,
                       MatchIndex& index) {
  if (drafts.empty()) return OkStatus();
  MatchIndex::IdSet everyone;
  for (const Draft& d : drafts) {
    everyone.insert(d.people.begin(), d.people.end());
  }
  KNOTEN_ASSIGN_OR_RETURN(const MatchIndex::Expertise expertise,
                          index.ExpertiseFor(ctx, everyone));
  for (Draft& d : drafts) {
    core::ExpertiseFit& fit = d.report.expertise_fit;
    for (int64_t id : d.people) {
      const auto needs = expertise.their_needs.find(id);
      if (needs == expertise.their_needs.end()) continue;
      fit.their_needs += needs->second.needs;
      fit.my_offers_meet_needs += needs->second.met;
    }
    fit.my_needs = static_cast<int64_t>(expertise.my_needs_met_by.size());
    for (const MatchIndex::IdSet& people : expertise.my_needs_met_by) {
      fit.my_needs_met +=
          std::ranges::any_of(people,
                              [&](int64_t id) { return d.people.contains(id); })
              ? 1
              : 0;
    }
  }
  return OkStatus();
}

}  // namespace

Result<NetworkReports> ReportNetworks(Context& ctx,
                                      const NetworkReportQuery& query,
                                      const LexiconSource& lexicon) {
  MatchIndex index(lexicon);
  return ReportNetworks(ctx, query, index);
}

Result<NetworkReports> ReportNetworks(Context& ctx,
                                      const NetworkReportQuery& query,
                                      MatchIndex& index) {
  const Timestamp until = query.until.value_or(ctx.clock.Now());
  core::Period period = core::LastYear(until);
  if (query.from) period.from = *query.from;
  KNOTEN_ASSIGN_OR_RETURN(period, core::ValidatePeriod(period));
  // The matching runs after the read transaction: loading word lists may
  // take a while.
  KNOTEN_ASSIGN_OR_RETURN(std::vector<Draft> drafts,
                          InRead(ctx, [&](store::Transaction& tx) {
                            return Read(tx, period, query.network_id);
                          }));
  KNOTEN_RETURN_IF_ERROR(AddExpertiseFit(ctx, drafts, index));
  NetworkReports out{.period = period};
  out.items.reserve(drafts.size());
  for (Draft& d : drafts) {
    d.report.people = static_cast<int64_t>(d.people.size());
    d.report.people_met = static_cast<int64_t>(d.met.size());
    out.items.push_back(std::move(d.report));
  }
  return out;
}

}  // namespace knoten::app
