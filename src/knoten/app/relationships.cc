#include "knoten/app/relationships.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/app/trust.h"
#include "knoten/base/text.h"
#include "knoten/core/enum_names.h"

namespace knoten::app {
namespace {

// The give and take with each, all time, as on a person's page, counted
// while the histories are read.
class BalanceCounter final : public store::HistorySink {
 public:
  void OnLedgerEntry(const core::LedgerEntry& e) override {
    balances[e.person_id.value()].Add(e);
  }

  std::unordered_map<int64_t, core::Balance> balances;  // by person id
};

// What the figures need, read in one transaction.
struct EveryoneRead {
  TrustHistories histories;
  std::unordered_map<int64_t, core::Balance> balances;
  std::unordered_map<int64_t, std::vector<core::Judgement>> judgements;
};

Result<EveryoneRead> ReadEveryone(store::Transaction& tx, Timestamp now) {
  EveryoneRead read;
  BalanceCounter balances;
  KNOTEN_RETURN_IF_ERROR(
      ReadTrustHistories(tx, now, read.histories, &balances));
  read.balances = std::move(balances.balances);
  KNOTEN_ASSIGN_OR_RETURN(auto judgements, tx.judgements().All());
  for (core::Judgement& j : judgements) {
    read.judgements[j.person_id.value()].push_back(std::move(j));
  }
  return read;
}

constexpr core::EnumTable<RelationshipOrder, 4> kOrderNames = {{
    {RelationshipOrder::kTrust, "trust"},
    {RelationshipOrder::kClientFit, "client_fit"},
    {RelationshipOrder::kBalance, "balance"},
    {RelationshipOrder::kKeepInTouch, "keep_in_touch"},
}};

// The sort key of `f` in `order`, larger first.
double KeyOf(const PersonFigures& f, RelationshipOrder order) {
  switch (order) {
    case RelationshipOrder::kTrust:
      return f.trust.level;
    case RelationshipOrder::kClientFit:
      // Levels are 0..1; unjudged ones follow all judged ones, by trust.
      return f.client_fit.level ? 2 + *f.client_fit.level : f.trust.level;
    case RelationshipOrder::kBalance:
      return f.balance.received.weight - f.balance.given.weight;
    case RelationshipOrder::kKeepInTouch:
      return f.touch.rhythm.days ? f.touch.overdue : -1;
  }
  return 0;
}

// Works out the figures of everyone not archived, by id, and hands each to
// `each` as soon as it is made.
Status ForEachPersonFigures(Context& ctx, MatchIndex& index,
                            const std::function<void(PersonFigures&&)>& each) {
  const Timestamp now = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(EveryoneRead read,
                          InRead(ctx, [&](store::Transaction& tx) {
                            return ReadEveryone(tx, now);
                          }));
  // After the read transaction: loading word lists may take a while.
  KNOTEN_ASSIGN_OR_RETURN(const auto fits, index.FitOfEveryone(ctx));
  const std::vector<core::Judgement> not_judged;
  for (KnownPerson& p : read.histories.people) {
    const int64_t id = p.id.value();
    PersonFigures f;
    f.person_id = p.id;
    f.person_name = std::move(p.display_name);
    f.trust = core::ComputeTrust(read.histories.by_person.at(id), now);
    if (auto it = read.balances.find(id); it != read.balances.end()) {
      f.balance = std::move(it->second);
    }
    f.touch = core::TouchWith(p.rhythm_days, f.trust, p.known_since, now);
    const auto fit = fits.find(id);
    const auto judged = read.judgements.find(id);
    f.client_fit = core::ComputeClientFit(
        f.trust.level,
        judged == read.judgements.end() ? not_judged : judged->second,
        fit == fits.end() ? 0 : fit->second);
    each(std::move(f));
  }
  return OkStatus();
}

}  // namespace

std::string_view RelationshipOrderName(RelationshipOrder order) {
  return core::EnumName(kOrderNames, order);
}

Result<RelationshipOrder> ParseRelationshipOrder(std::string_view name) {
  return core::ParseEnumName(kOrderNames, name, "order");
}

Result<store::Page<PersonFigures>> ListRelationships(
    Context& ctx, RelationshipOrder order, const store::Paging& paging,
    const LexiconSource& lexicon) {
  MatchIndex index(lexicon);
  return ListRelationships(ctx, order, paging, index);
}

Result<store::Page<PersonFigures>> ListRelationships(
    Context& ctx, RelationshipOrder order, const store::Paging& paging,
    MatchIndex& index) {
  // Only the people up to the page's end are kept while the figures are
  // made (a heap with the last of them on top), not everyone's: on a
  // large network the figures of all would take 100s of MiB.
  struct Kept {
    double key;
    std::string name;  // lower case, for ties
    int64_t order;     // the figures come by id: the last tie
    PersonFigures figures;
  };
  auto before = [](const Kept& a, const Kept& b) {
    if (a.key != b.key) return a.key > b.key;
    if (a.name != b.name) return a.name < b.name;
    return a.order < b.order;
  };
  const int64_t begin = std::max<int64_t>(paging.offset, 0);
  const std::optional<int64_t> end =
      paging.limit
          ? std::optional<int64_t>(begin + std::max<int64_t>(*paging.limit, 0))
          : std::nullopt;
  std::vector<Kept> kept;
  int64_t total = 0;
  KNOTEN_RETURN_IF_ERROR(
      ForEachPersonFigures(ctx, index, [&](PersonFigures&& f) {
        const double key = KeyOf(f, order);
        std::string name = AsciiLower(f.person_name);
        Kept k{.key = key,
               .name = std::move(name),
               .order = total++,
               .figures = std::move(f)};
        if (end && static_cast<int64_t>(kept.size()) == *end) {
          if (kept.empty() || !before(k, kept.front())) return;
          std::ranges::pop_heap(kept, before);
          kept.back() = std::move(k);
        } else {
          kept.push_back(std::move(k));
        }
        std::ranges::push_heap(kept, before);
      }));
  std::ranges::sort_heap(kept, before);
  store::Page<PersonFigures> page{.total = total};
  for (size_t i = static_cast<size_t>(
           std::min<int64_t>(begin, static_cast<int64_t>(kept.size())));
       i < kept.size(); ++i) {
    page.items.push_back(std::move(kept[i].figures));
  }
  return page;
}

Result<std::vector<PersonFigures>> FiguresOfEveryone(
    Context& ctx, const LexiconSource& lexicon) {
  MatchIndex index(lexicon);
  return FiguresOfEveryone(ctx, index);
}

Result<std::vector<PersonFigures>> FiguresOfEveryone(Context& ctx,
                                                     MatchIndex& index) {
  std::vector<PersonFigures> out;
  KNOTEN_RETURN_IF_ERROR(ForEachPersonFigures(
      ctx, index, [&](PersonFigures&& f) { out.push_back(std::move(f)); }));
  return out;
}

}  // namespace knoten::app
