#include "knoten/app/demo.h"

#include <memory>

#include <gtest/gtest.h>

#include "knoten/app/people.h"
#include "knoten/app/today.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

struct DemoDb {
  std::unique_ptr<store::Store> store =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  FakeClock clock{*ParseIsoTimestamp("2026-11-27T08:00")};
  Context ctx{*store, clock};
};

TEST(DemoTest, DefaultDemoMeetsTheBrief) {
  DemoDb db;
  KNOTEN_ASSERT_OK_AND_ASSIGN(DemoSummary s, SeedDemo(db.ctx, {}));
  EXPECT_GE(s.people, 60);
  EXPECT_GE(s.networks, 4);
  EXPECT_GE(s.events, 10);
  EXPECT_GT(s.encounters, 0);
  EXPECT_GT(s.ledger_entries, 0);
  EXPECT_GT(s.promises, 0);
  EXPECT_GT(s.follow_ups, 0);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto people, ListPeople(db.ctx, {}, {}));
  EXPECT_EQ(people.total, s.people);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto offers, ListOffers(db.ctx, {}, {}));
  bool german = false;
  bool english = false;
  for (const core::Offer& o : offers.items) {
    german |= o.lang == core::Lang::kDe;
    english |= o.lang == core::Lang::kEn;
  }
  EXPECT_TRUE(german && english);
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(db.ctx));
  EXPECT_GE(today.followups_due.size(), 3U);
}

TEST(DemoTest, SameSeedSameNetwork) {
  DemoDb a;
  DemoDb b;
  ASSERT_THAT(SeedDemo(a.ctx, {.people = 30, .seed = 7}), IsOk());
  ASSERT_THAT(SeedDemo(b.ctx, {.people = 30, .seed = 7}), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto pa, ListPeople(a.ctx, {}, {}));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto pb, ListPeople(b.ctx, {}, {}));
  ASSERT_EQ(pa.total, pb.total);
  for (size_t i = 0; i < pa.items.size(); ++i) {
    EXPECT_EQ(pa.items[i].display_name, pb.items[i].display_name);
    EXPECT_EQ(pa.items[i].emails, pb.items[i].emails);
  }
}

TEST(DemoTest, ScalesWithSize) {
  DemoDb db;
  KNOTEN_ASSERT_OK_AND_ASSIGN(DemoSummary s, SeedDemo(db.ctx, {.people = 500}));
  EXPECT_EQ(s.people, 500);
  EXPECT_EQ(s.encounters, 1500);
  EXPECT_GE(s.ledger_entries, 1000);
}

TEST(DemoTest, RefusesNonEmptyDatabaseAndBadSizes) {
  DemoDb db;
  EXPECT_THAT(SeedDemo(db.ctx, {.people = 0}),
              HasError(ErrorCode::kInvalidArgument));
  ASSERT_THAT(SeedDemo(db.ctx, {.people = 5}), IsOk());
  EXPECT_THAT(SeedDemo(db.ctx, {.people = 5}),
              HasError(ErrorCode::kFailedPrecondition));
}

}  // namespace
}  // namespace knoten::app
