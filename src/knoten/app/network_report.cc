#include "knoten/app/network_report.h"

#include <algorithm>
#include <cstdint>
#include <optional>
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
  IdSet people;  // its people, not archived (archived ones too until settled)
  IdSet met;     // of them, met at its events in the period
};

// An event of a network: the network's draft, and whether the event lies
// in the period.
struct EventOf {
  Draft* draft = nullptr;
  bool in_period = false;
};
using EventsOf = std::unordered_map<int64_t, EventOf>;  // by event id

void AddPerson(Draft& draft, PersonId id, bool met) {
  draft.people.insert(id.value());
  if (met) draft.met.insert(id.value());
}

// Members, the user's membership and the fee.
Status AddMembers(store::Transaction& tx, const core::Period& period,
                  Draft& draft, int64_t yearly_fee_cents) {
  KNOTEN_ASSIGN_OR_RETURN(const auto members,
                          tx.networks().Memberships(draft.report.network_id));
  for (const core::Membership& m : members) {
    if (m.person_id) {
      AddPerson(draft, *m.person_id, /*met=*/false);
      continue;
    }
    draft.report.member = true;
    draft.report.money_cents +=
        core::FeeInPeriod(yearly_fee_cents, m.since, period);
  }
  return OkStatus();
}

// The networks' events and their attendees.
Result<EventsOf> AddEvents(store::Transaction& tx, const core::Period& period,
                           std::unordered_map<int64_t, Draft*>& by_network) {
  KNOTEN_ASSIGN_OR_RETURN(auto events, tx.events().List({}, {}));
  EventsOf events_of;
  for (const core::Event& e : events.items) {
    if (!e.network_id || !by_network.contains(e.network_id->value())) {
      continue;
    }
    Draft* draft = by_network.at(e.network_id->value());
    const bool in_period = period.Contains(e.starts_at);
    events_of[e.id.value()] = {draft, in_period};
    if (in_period) draft->report.AddEvent(e);
    for (PersonId id : e.attendees) AddPerson(*draft, id, in_period);
  }
  return events_of;
}

// Counts what the networks' reports take from everyone's history while it
// is read: the people first met and met at their events, then, once
// everyone is known, the ledger entries and introductions in the period.
class ReportCounter final : public store::HistorySink {
 public:
  ReportCounter(const core::Period& period, const TrustHistories& known,
                const EventsOf& events_of, std::vector<Draft>& drafts)
      : period_(period),
        known_(known),
        events_of_(events_of),
        drafts_(drafts) {}

  void OnPerson(const core::Person& p) override {
    const EventOf* event = NetworkEvent(p.first_met_event);
    if (event == nullptr) return;
    const bool met = p.first_met_at && period_.Contains(*p.first_met_at);
    AddPerson(*event->draft, p.id, met || event->in_period);
  }

  void OnEncounter(const core::Encounter& e) override {
    const EventOf* event = NetworkEvent(e.event_id);
    if (event == nullptr) return;
    const bool met = period_.Contains(e.occurred_at);
    for (PersonId id : e.people) AddPerson(*event->draft, id, met);
  }

  void OnLedgerEntry(const core::LedgerEntry& e) override {
    Settle();
    const auto it = networks_of_.find(e.person_id.value());
    if (it == networks_of_.end() || !period_.Contains(e.occurred_at)) return;
    for (size_t i : it->second) drafts_[i].report.balance.Add(e);
  }

  void OnIntroduction(const core::Introduction& intro) override {
    Settle();
    if (intro.status != core::IntroductionStatus::kMade || !intro.made_at ||
        !period_.Contains(*intro.made_at)) {
      return;
    }
    for (Draft& d : drafts_) {
      if (d.people.contains(intro.person_a.value()) ||
          d.people.contains(intro.person_b.value())) {
        ++d.report.introductions;
      }
    }
  }

  // After the read: who deepened.
  void Finish() {
    Settle();
    for (const auto& [id, networks] : networks_of_) {
      const core::TrustHistory& history = known_.by_person.at(id);
      if (!core::Deepened(core::ComputeTrust(history, period_.from).level,
                          core::ComputeTrust(history, period_.until).level)) {
        continue;
      }
      for (size_t i : networks) ++drafts_[i].report.deepened;
    }
  }

 private:
  // The event `id` if it is one of a reported network's; else null.
  const EventOf* NetworkEvent(const std::optional<EventId>& id) const {
    if (!id) return nullptr;
    const auto it = events_of_.find(id->value());
    return it == events_of_.end() ? nullptr : &it->second;
  }

  // Once everyone and every encounter has been read (the ledger entries
  // come after them, HistorySink's order): drops the archived people and
  // works out the networks of each person.
  void Settle() {
    if (settled_) return;
    settled_ = true;
    auto archived = [&](int64_t id) { return !known_.by_person.contains(id); };
    for (size_t i = 0; i < drafts_.size(); ++i) {
      std::erase_if(drafts_[i].people, archived);
      std::erase_if(drafts_[i].met, archived);
      for (int64_t id : drafts_[i].people) networks_of_[id].push_back(i);
    }
  }

  const core::Period& period_;
  const TrustHistories& known_;
  const EventsOf& events_of_;
  std::vector<Draft>& drafts_;
  bool settled_ = false;
  // Network indexes by person id, once settled.
  std::unordered_map<int64_t, std::vector<size_t>> networks_of_;
};

Result<std::vector<Draft>> Read(store::Transaction& tx,
                                const core::Period& period,
                                std::optional<NetworkId> only) {
  KNOTEN_ASSIGN_OR_RETURN(auto networks, tx.networks().List({}));
  if (only) KNOTEN_RETURN_IF_ERROR(tx.networks().Get(*only));
  std::vector<Draft> drafts;
  if (networks.items.empty()) return drafts;
  drafts.reserve(networks.items.size());
  std::unordered_map<int64_t, Draft*> by_network;
  for (core::Network& n : networks.items) {
    if (only && n.id != *only) continue;
    Draft& draft = drafts.emplace_back();
    draft.report.network_id = n.id;
    draft.report.name = std::move(n.name);
    draft.report.currency = n.currency;
    KNOTEN_RETURN_IF_ERROR(AddMembers(tx, period, draft, n.yearly_fee_cents));
    by_network[n.id.value()] = &draft;
  }
  KNOTEN_ASSIGN_OR_RETURN(const EventsOf events_of,
                          AddEvents(tx, period, by_network));
  TrustHistories known;
  ReportCounter counter(period, known, events_of, drafts);
  KNOTEN_RETURN_IF_ERROR(ReadTrustHistories(tx, period.until, known, &counter));
  counter.Finish();
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
