// A kept MatchIndex answers what one built anew answers, after every kind
// of change to offers and needs and when the word lists change.

#include "knoten/app/match_index.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "knoten/app/demo.h"
#include "knoten/app/match_items.h"
#include "knoten/app/people.h"
#include "knoten/match/dictionary.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {

// For failure messages.
void PrintTo(const MatchIndex::NeedsMet& m, std::ostream* out) {
  *out << m.met << " of " << m.needs;
}

namespace {

class MatchIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_THAT(SeedDemo(ctx, {}), IsOk());
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto people, ListPeople(ctx, {}, {}));
    for (const core::Person& p : people.items) everyone.insert(p.id.value());
  }

  // Expects `kept` to answer what an index built now answers.
  void ExpectAsBuiltAnew(MatchIndex& kept) {
    MatchIndex fresh(words);
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto fits, kept.FitOfEveryone(ctx));
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto fresh_fits,
                                fresh.FitOfEveryone(ctx));
    EXPECT_EQ(fits, fresh_fits);
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto expertise,
                                kept.ExpertiseFor(ctx, everyone));
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto fresh_expertise,
                                fresh.ExpertiseFor(ctx, everyone));
    EXPECT_EQ(expertise.their_needs, fresh_expertise.their_needs);
    EXPECT_EQ(expertise.my_needs_met_by, fresh_expertise.my_needs_met_by);

    // The suggestions' search over every offer, for every active need.
    std::vector<match::Item> needs;
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto listed,
                                ListNeeds(ctx, {.active_only = true}, {}));
    for (const core::Need& n : listed.items) needs.push_back(MatchItemOf(n));
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto found,
                                kept.FindOffers(ctx, needs, 5, 0.1));
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto fresh_found,
                                fresh.FindOffers(ctx, needs, 5, 0.1));
    ASSERT_EQ(found.size(), needs.size());
    ASSERT_EQ(fresh_found.size(), needs.size());
    for (size_t i = 0; i < needs.size(); ++i) {
      ASSERT_EQ(found[i].size(), fresh_found[i].size()) << needs[i].text;
      for (size_t j = 0; j < found[i].size(); ++j) {
        EXPECT_EQ(found[i][j].offer_id, fresh_found[i][j].offer_id);
        EXPECT_DOUBLE_EQ(found[i][j].share, fresh_found[i][j].share);
        EXPECT_EQ(found[i][j].person, fresh_found[i][j].person);
        EXPECT_EQ(found[i][j].why.size(), fresh_found[i][j].why.size());
      }
    }
  }

  // A new contact, so that nothing of the demo's meets their needs.
  PersonId NewPerson(const std::string& name) {
    auto person = AddPerson(ctx, {.display_name = name});
    EXPECT_THAT(person, IsOk());
    everyone.insert(person->id.value());
    return person->id;
  }

  double FitOf(MatchIndex& index, PersonId person) {
    auto fits = index.FitOfEveryone(ctx);
    EXPECT_THAT(fits, IsOk());
    const auto it = fits->find(person.value());
    return it == fits->end() ? 0 : it->second;
  }

  // Whether an offer of `person` meets one of the user's needs.
  bool MeetsMyNeeds(MatchIndex& index, PersonId person) {
    auto expertise = index.ExpertiseFor(ctx, everyone);
    EXPECT_THAT(expertise, IsOk());
    return std::ranges::any_of(expertise->my_needs_met_by,
                               [&](const MatchIndex::IdSet& met) {
                                 return met.contains(person.value());
                               });
  }

  std::unique_ptr<store::Store> store =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  FakeClock clock{*ParseIsoTimestamp("2026-11-27T08:00")};
  Context ctx{*store, clock};
  LexiconSource words;  // none: the same words and stems
  MatchIndex::IdSet everyone;
};

TEST_F(MatchIndexTest, KeptAnswersEqualFreshOnesAfterEveryChange) {
  MatchIndex kept(words);
  ExpectAsBuiltAnew(kept);
  const PersonId anna = NewPerson("Anna Imker");
  const PersonId ben = NewPerson("Ben Garten");

  // A contact's need that one of the user's offers now meets.
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const core::Need need,
      AddNeed(ctx, {.person_id = anna, .title = "Bienenzucht im Stadtgarten"}));
  const double before = FitOf(kept, anna);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const core::Offer mine,
      AddOffer(ctx, {.title = "Bienenzucht im Stadtgarten"}));
  EXPECT_GT(FitOf(kept, anna), before);
  ExpectAsBuiltAnew(kept);

  // Its text changes away from the offer, then it is given up.
  ASSERT_THAT(EditNeed(ctx, need.id,
                       [](core::Need& n) {
                         n.title = "Segelkurs";
                         return OkStatus();
                       }),
              IsOk());
  ExpectAsBuiltAnew(kept);
  ASSERT_THAT(EditNeed(ctx, need.id,
                       [](core::Need& n) {
                         n.title = "Bienenzucht im Stadtgarten";
                         n.active = false;
                         return OkStatus();
                       }),
              IsOk());
  ExpectAsBuiltAnew(kept);

  // The user's offer changes, then goes.
  ASSERT_THAT(EditOffer(ctx, mine.id,
                        [](core::Offer& o) {
                          o.title = "Segelkurs";
                          return OkStatus();
                        }),
              IsOk());
  ExpectAsBuiltAnew(kept);
  ASSERT_THAT(DeleteOffer(ctx, mine.id), IsOk());
  ExpectAsBuiltAnew(kept);

  // A need of the user's that a contact's offer meets, once it exists.
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const core::Need my_need,
      AddNeed(ctx, {.title = "Imkerei für den Firmengarten"}));
  EXPECT_FALSE(MeetsMyNeeds(kept, ben));
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const core::Offer bens,
      AddOffer(ctx, {.person_id = ben, .title = "Imkerei für Firmengarten"}));
  EXPECT_TRUE(MeetsMyNeeds(kept, ben));
  ExpectAsBuiltAnew(kept);

  // The contact's offer changes, then goes; the user's need goes.
  ASSERT_THAT(EditOffer(ctx, bens.id,
                        [](core::Offer& o) {
                          o.title = "Segelkurs";
                          return OkStatus();
                        }),
              IsOk());
  EXPECT_FALSE(MeetsMyNeeds(kept, ben));
  ExpectAsBuiltAnew(kept);
  ASSERT_THAT(DeleteOffer(ctx, bens.id), IsOk());
  ExpectAsBuiltAnew(kept);
  ASSERT_THAT(DeleteNeed(ctx, my_need.id), IsOk());
  ExpectAsBuiltAnew(kept);
}

TEST_F(MatchIndexTest, CountsTheNeedsOfTheAskedPeopleOnly) {
  MatchIndex index(words);
  ASSERT_THAT(AddNeed(ctx, {.person_id = PersonId(1), .title = "Segelkurs"}),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto all,
                              index.ExpertiseFor(ctx, everyone));
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto one, index.ExpertiseFor(ctx, {1}));
  ASSERT_EQ(one.their_needs.size(), 1U);
  EXPECT_EQ(one.their_needs.at(1), all.their_needs.at(1));
  EXPECT_GE(all.their_needs.at(1).needs, 1);
  EXPECT_GT(all.their_needs.size(), 1U);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto none, index.ExpertiseFor(ctx, {}));
  EXPECT_TRUE(none.their_needs.empty());
  EXPECT_EQ(none.my_needs_met_by, all.my_needs_met_by);
}

TEST_F(MatchIndexTest, OtherWordListsAreUsedWithoutAnyChangeToTheData) {
  // Until the word lists are there the fit finds the same words only; then
  // the translation "Bookkeeping" ↔ "Buchhaltung" meets.
  const match::Dictionary dictionary =
      match::Dictionary::FromDing("Buchhaltung {f} :: bookkeeping\n");
  std::optional<match::Lexicon> loaded;
  MatchIndex index([&]() -> Result<match::Lexicon> {
    return loaded.value_or(match::Lexicon{});
  });
  ASSERT_THAT(AddOffer(ctx, {.title = "Buchhaltung", .lang = core::Lang::kDe}),
              IsOk());
  const PersonId carla = NewPerson("Carla Zahl");
  ASSERT_THAT(AddNeed(ctx, {.person_id = carla,
                            .title = "Bookkeeping",
                            .lang = core::Lang::kEn}),
              IsOk());
  const double without = FitOf(index, carla);
  loaded = match::Lexicon{.dictionary = &dictionary};
  EXPECT_GT(FitOf(index, carla), without);
  words = [&]() -> Result<match::Lexicon> { return *loaded; };
  ExpectAsBuiltAnew(index);
}

TEST_F(MatchIndexTest, TheWordListsErrorIsTheAnswer) {
  MatchIndex index([]() -> Result<match::Lexicon> {
    return UnavailableError("no word lists");
  });
  ASSERT_THAT(AddOffer(ctx, {.title = "Buchhaltung"}), IsOk());
  EXPECT_EQ(index.FitOfEveryone(ctx).error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace knoten::app
