// The figures of everyone at once agree with each person's page.

#include "knoten/app/relationships.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include "knoten/app/demo.h"
#include "knoten/app/judgements.h"
#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/base/text.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

// The default demo network, seeded at the clock's time.
class RelationshipsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_THAT(SeedDemo(ctx, {}), IsOk()); }

  std::unique_ptr<store::Store> store =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  FakeClock clock{*ParseIsoTimestamp("2026-11-27T08:00")};
  Context ctx{*store, clock};
};

TEST_F(RelationshipsTest, EveryonesFiguresAreWhatEachPageShows) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto people, ListPeople(ctx, {}, {}));
  ASSERT_GE(people.items.size(), 3U);
  // A judgement and a chosen rhythm, so that those parts are not empty.
  const PersonId judged = people.items[0].id;
  ASSERT_THAT(JudgePerson(ctx, {.person_id = judged,
                                .factor = core::JudgementFactor::kCompetence,
                                .value = 0.8}),
              IsOk());
  ASSERT_THAT(JudgePerson(ctx, {.person_id = judged,
                                .factor = core::JudgementFactor::kChemistry,
                                .value = 0.6}),
              IsOk());
  ASSERT_THAT(EditPerson(ctx, people.items[1].id,
                         [](core::Person& p) {
                           p.rhythm_days = 14;
                           return OkStatus();
                         }),
              IsOk());
  clock.Advance(40 * kSecondsPerDay);

  KNOTEN_ASSERT_OK_AND_ASSIGN(std::vector<PersonFigures> all,
                              FiguresOfEveryone(ctx));
  ASSERT_EQ(all.size(), people.items.size());
  int with_balance = 0;
  int losing_touch = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    const PersonFigures& f = all[i];
    SCOPED_TRACE(f.person_name);
    if (i > 0) {
      EXPECT_LT(all[i - 1].person_id.value(), f.person_id.value());  // by id
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(PersonDetails page,
                                ShowPerson(ctx, f.person_id));
    EXPECT_EQ(f.person_name, page.person.display_name);
    EXPECT_DOUBLE_EQ(f.trust.level, page.trust.level);
    EXPECT_EQ(f.trust.why.size(), page.trust.why.size());
    EXPECT_EQ(f.trust.last_contact, page.trust.last_contact);
    EXPECT_EQ(f.balance.given.count, page.balance.given.count);
    EXPECT_EQ(f.balance.received.count, page.balance.received.count);
    EXPECT_DOUBLE_EQ(f.balance.Net(), page.balance.Net());
    EXPECT_EQ(f.touch.rhythm.days, page.touch.rhythm.days);
    EXPECT_EQ(f.touch.due_at, page.touch.due_at);
    EXPECT_EQ(f.touch.losing_touch(), page.touch.losing_touch());
    EXPECT_EQ(f.client_fit.level, page.client_fit.level);
    EXPECT_EQ(f.client_fit.weakest, page.client_fit.weakest);
    EXPECT_DOUBLE_EQ(f.client_fit.fit, page.client_fit.fit);
    with_balance +=
        f.balance.given.count + f.balance.received.count > 0 ? 1 : 0;
    losing_touch += f.touch.losing_touch() ? 1 : 0;
  }
  EXPECT_GT(with_balance, 0);
  EXPECT_GT(losing_touch, 0);
  const auto figures_of = [&](PersonId id) {
    return *std::ranges::find(all, id, &PersonFigures::person_id);
  };
  EXPECT_TRUE(figures_of(judged).client_fit.competence.has_value());
  EXPECT_EQ(figures_of(people.items[1].id).touch.rhythm.days, 14);
}

TEST_F(RelationshipsTest, EachOrderIsBestFirstWithTiesByName) {
  for (const RelationshipOrder order :
       {RelationshipOrder::kTrust, RelationshipOrder::kClientFit,
        RelationshipOrder::kBalance, RelationshipOrder::kKeepInTouch}) {
    SCOPED_TRACE(RelationshipOrderName(order));
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto page, ListRelationships(ctx, order, {}));
    ASSERT_GT(page.items.size(), 2U);
    EXPECT_EQ(page.total, static_cast<int64_t>(page.items.size()));
    for (size_t i = 1; i < page.items.size(); ++i) {
      const PersonFigures& a = page.items[i - 1];
      const PersonFigures& b = page.items[i];
      switch (order) {
        case RelationshipOrder::kTrust:
          EXPECT_GE(a.trust.level, b.trust.level);
          if (a.trust.level == b.trust.level) {
            EXPECT_LE(AsciiLower(a.person_name), AsciiLower(b.person_name));
          }
          break;
        case RelationshipOrder::kBalance:
          EXPECT_GE(a.balance.received.weight - a.balance.given.weight,
                    b.balance.received.weight - b.balance.given.weight);
          break;
        case RelationshipOrder::kKeepInTouch:
          EXPECT_GE(a.touch.rhythm.days ? a.touch.overdue : -1,
                    b.touch.rhythm.days ? b.touch.overdue : -1);
          break;
        case RelationshipOrder::kClientFit:
          // Nobody is judged in the demo: by trust.
          EXPECT_GE(a.trust.level, b.trust.level);
          break;
      }
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto second, ListRelationships(ctx, order, {.limit = 2, .offset = 1}));
    ASSERT_EQ(second.items.size(), 2U);
    EXPECT_EQ(second.items[0].person_id, page.items[1].person_id);
    EXPECT_EQ(second.items[1].person_id, page.items[2].person_id);
    // Pages of any size, put together, are the whole list (only a page's
    // people are kept while the figures are made).
    for (const int64_t limit : {1, 3, 7}) {
      std::vector<PersonId> joined;
      for (int64_t offset = 0; offset < page.total; offset += limit) {
        KNOTEN_ASSERT_OK_AND_ASSIGN(
            auto part,
            ListRelationships(ctx, order, {.limit = limit, .offset = offset}));
        EXPECT_EQ(part.total, page.total);
        for (const PersonFigures& f : part.items) {
          joined.push_back(f.person_id);
        }
      }
      ASSERT_EQ(joined.size(), page.items.size()) << limit;
      for (size_t i = 0; i < joined.size(); ++i) {
        EXPECT_EQ(joined[i], page.items[i].person_id) << limit << " " << i;
      }
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto none, ListRelationships(ctx, order, {.limit = 0, .offset = 0}));
    EXPECT_TRUE(none.items.empty());
    EXPECT_EQ(none.total, page.total);
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto past, ListRelationships(ctx, order, {.offset = page.total}));
    EXPECT_TRUE(past.items.empty());
    EXPECT_EQ(past.total, page.total);
  }
  EXPECT_THAT(ParseRelationshipOrder("love"),
              HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::app
