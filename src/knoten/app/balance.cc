#include "knoten/app/balance.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

namespace {

// "3 recommendations", "1 tip", "2 favours" (several kinds).
std::string Received(int64_t n, const core::BalanceSide& side,
                     core::LedgerKind kind) {
  struct Noun {
    const char* one;
    const char* many;
  };
  static constexpr std::array<Noun, 7> kNouns = {{
      {"tip", "tips"},
      {"recommendation", "recommendations"},
      {"introduction", "introductions"},
      {"referral", "referrals"},
      {"helping hand", "helping hands"},
      {"invitation", "invitations"},
      {"piece of feedback", "pieces of feedback"},
  }};
  const bool one_kind =
      side.by_kind.at(static_cast<size_t>(kind)) == side.count;
  const Noun noun = one_kind ? kNouns.at(static_cast<size_t>(kind))
                             : Noun{"favour", "favours"};
  return std::to_string(n) + " " + (n == 1 ? noun.one : noun.many);
}

core::LedgerKind MostReceived(const core::BalanceSide& side) {
  return static_cast<core::LedgerKind>(std::ranges::distance(
      side.by_kind.begin(), std::ranges::max_element(side.by_kind)));
}

bool MostlyTaken(const core::Balance& b) {
  return b.received.count >= kNudgeMinReceived &&
         2 * b.given.weight < b.received.weight;
}

}  // namespace

Result<core::Balance> LedgerBalance(Context& ctx, const BalanceQuery& query) {
  return InRead(ctx, [&](store::Transaction& tx) -> Result<core::Balance> {
    if (query.person_id) {
      KNOTEN_RETURN_IF_ERROR(tx.people().Get(*query.person_id));
    }
    KNOTEN_ASSIGN_OR_RETURN(
        const auto entries,
        tx.ledger().List({.person_id = query.person_id, .from = query.from},
                         {}));
    core::Balance balance;
    for (const core::LedgerEntry& e : entries.items) balance.Add(e);
    return balance;
  });
}

Result<std::vector<Nudge>> TakingNudges(store::Transaction& tx, Timestamp now) {
  const Timestamp from = Timestamp::FromUnixSeconds(
      now.unix_seconds() - kNudgeDays * kSecondsPerDay);
  KNOTEN_ASSIGN_OR_RETURN(const auto entries,
                          tx.ledger().List({.from = from}, {}));
  std::map<PersonId, core::Balance> by_person;
  for (const core::LedgerEntry& e : entries.items) {
    by_person[e.person_id].Add(e);
  }
  std::vector<Nudge> nudges;
  for (const auto& [person, balance] : by_person) {
    if (!MostlyTaken(balance)) continue;
    nudges.push_back({.person_id = person,
                      .balance = balance,
                      .kind = MostReceived(balance.received)});
  }
  std::ranges::stable_sort(nudges, [](const Nudge& a, const Nudge& b) {
    return a.balance.received.weight - a.balance.given.weight >
           b.balance.received.weight - b.balance.given.weight;
  });
  if (nudges.size() > kMaxNudges) nudges.resize(kMaxNudges);
  for (Nudge& n : nudges) {
    KNOTEN_ASSIGN_OR_RETURN(const core::Person p, tx.people().Get(n.person_id));
    n.person_name = p.display_name;
    const int64_t given = n.balance.given.count;
    n.text = "You received " +
             Received(n.balance.received.count, n.balance.received, n.kind) +
             " from " + n.person_name + " lately and gave " +
             (given == 0 ? std::string("none") : std::to_string(given)) +
             ": is there something you can pass on?";
  }
  return nudges;
}

}  // namespace knoten::app
