#include "knoten/http/background_suggestions.h"

#include <chrono>
#include <memory>
#include <thread>

#include <gtest/gtest.h>

#include "knoten/app/people.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"

namespace knoten::http {
namespace {

class BackgroundSuggestionsTest : public ::testing::Test {
 protected:
  // Waits (at most 60 s, for slow sanitizer builds) until `done` holds.
  template <typename Done>
  static bool Eventually(Done done) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!done()) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
  }

  static std::shared_ptr<const app::Suggestions> Latest(
      const BackgroundSuggestions& suggestions) {
    auto latest = suggestions.Latest();
    EXPECT_TRUE(latest.has_value());
    return latest ? *latest : nullptr;
  }

  FakeClock clock_{*ParseIsoTimestamp("2026-03-05T10:00")};
  std::unique_ptr<store::Store> store_ =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  app::Context ctx_{*store_, clock_};
  // Empty word lists: words meet only where they are the same.
  MatchWords words_{[] {
    return Result<std::unique_ptr<app::MatchLexicon>>(
        std::make_unique<app::MatchLexicon>());
  }};
  app::MatchIndex index_{words_.ReadyOrNone()};
};

TEST_F(BackgroundSuggestionsTest, FollowsTheDataWithoutARequestWaiting) {
  BackgroundSuggestions suggestions(ctx_, words_, index_);
  ASSERT_TRUE(Eventually([&] { return Latest(suggestions) != nullptr; }));
  EXPECT_TRUE(Latest(suggestions)->for_my_needs.empty());

  auto anna = app::AddPerson(ctx_, core::Person{.display_name = "Anna"});
  ASSERT_TRUE(anna);
  ASSERT_TRUE(app::AddOffer(
      ctx_, core::Offer{.person_id = anna->id, .title = "Pressearbeit"}));
  ASSERT_TRUE(app::AddNeed(ctx_, core::Need{.title = "Pressearbeit"}));
  suggestions.Poke();
  ASSERT_TRUE(
      Eventually([&] { return !Latest(suggestions)->for_my_needs.empty(); }));
  const auto latest = Latest(suggestions);
  EXPECT_EQ(latest->for_my_needs[0].offer_person, anna->id);
  EXPECT_EQ(latest->names.at(anna->id), "Anna");
  // The run left its index of every offer in the shared MatchIndex, where
  // the relationship figures find it: Anna's offer meets the user's need.
  auto expertise = index_.ExpertiseFor(ctx_, {});
  ASSERT_TRUE(expertise);
  ASSERT_EQ(expertise->my_needs_met_by.size(), 1U);
  EXPECT_EQ(expertise->my_needs_met_by[0],
            app::MatchIndex::IdSet{anna->id.value()});
}

TEST_F(BackgroundSuggestionsTest, SaysWhyWhenTheWordListsFailed) {
  MatchWords broken{[] {
    return Result<std::unique_ptr<app::MatchLexicon>>(
        UnavailableError("wngerman is missing"));
  }};
  app::MatchIndex index(broken.ReadyOrNone());
  BackgroundSuggestions suggestions(ctx_, broken, index);
  ASSERT_TRUE(Eventually([&] { return !suggestions.Latest().has_value(); }));
  EXPECT_EQ(suggestions.Latest().error().message, "wngerman is missing");
}

}  // namespace
}  // namespace knoten::http
