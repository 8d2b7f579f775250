// Suggestions over a real (in-memory) SQLite store, with word lists written
// for this test.

#include "knoten/app/suggestions.h"

#include <memory>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/ledger.h"
#include "knoten/app/people.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/app_fixture.h"
#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class SuggestionsTest : public AppFixture {
 protected:
  OfferId Offer(std::optional<PersonId> who, const std::string& title) {
    core::Offer o;
    o.person_id = who;
    o.title = title;
    o.lang = core::Lang::kDe;
    auto added = AddOffer(ctx_, o);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : OfferId();
  }
  NeedId Need(std::optional<PersonId> who, const std::string& title,
              std::optional<PersonId> on_behalf_of = std::nullopt) {
    core::Need n;
    n.person_id = who;
    n.title = title;
    n.lang = core::Lang::kDe;
    n.on_behalf_of = on_behalf_of;
    auto added = AddNeed(ctx_, n);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : NeedId();
  }
  Suggestions Suggested() {
    auto s = Suggest(ctx_, lexicon_.view());
    EXPECT_THAT(s, IsOk());
    return s ? *s : Suggestions{};
  }

  struct Lexicon {
    match::Dictionary dictionary =
        match::Dictionary::FromDing("Buchhaltung {f} :: bookkeeping\n");
    match::CompoundSplitter compounds =
        match::CompoundSplitter::FromWordList("Garten\nPflege\n");
    match::Lexicon view() const {
      return {.dictionary = &dictionary, .compounds = &compounds};
    }
  } lexicon_;
};

TEST_F(SuggestionsTest, LoadsTheWordListsOnlyWithOffersAndNeeds) {
  int loads = 0;
  const LexiconSource source = [&]() -> Result<match::Lexicon> {
    ++loads;
    return lexicon_.view();
  };
  auto none = Suggest(ctx_, source);
  ASSERT_THAT(none, IsOk());
  EXPECT_THAT(none->for_my_needs, IsEmpty());
  Offer(Person("Anna"), "Buchhaltung");
  ASSERT_THAT(Suggest(ctx_, source), IsOk());
  EXPECT_EQ(loads, 0);  // offers but no needs: nothing to match
  Need(std::nullopt, "Buchhaltung");
  auto some = Suggest(ctx_, source);
  ASSERT_THAT(some, IsOk());
  EXPECT_EQ(loads, 1);
  EXPECT_EQ(some->for_my_needs.size(), 1U);
  // A source that fails fails the suggestions.
  auto failed = Suggest(ctx_, []() -> Result<match::Lexicon> {
    return UnavailableError("no word lists");
  });
  EXPECT_FALSE(failed);
}

TEST_F(SuggestionsTest, SortsMatchesIntoTheirSections) {
  const PersonId anna = Person("Anna");
  const PersonId ben = Person("Ben");
  const PersonId carla = Person("Carla");
  const PersonId dora = Person("Dora");
  const NeedId my_need = Need(std::nullopt, "Buchhaltung");
  const OfferId annas_offer = Offer(anna, "Buchhaltung für Vereine");
  const OfferId my_offer = Offer(std::nullopt, "Gartenpflege");
  const NeedId bens_need = Need(ben, "Pflege für den Garten");
  const NeedId carlas_need = Need(carla, "Hilfe bei der Buchhaltung");
  const NeedId for_dora = Need(std::nullopt, "Buchhaltung", dora);
  Offer(dora, "Webdesign");  // meets nobody

  const Suggestions s = Suggested();
  ASSERT_EQ(s.for_my_needs.size(), 2U);
  EXPECT_EQ(s.for_my_needs[0].offer_id, annas_offer);
  EXPECT_EQ(s.for_my_needs[0].offer_person, anna);
  EXPECT_THAT(s.for_my_needs[0].why,
              ElementsAre(match::MatchLink{"buchhaltung", "buchhaltung",
                                           match::MatchKind::kSameWord}));
  const NeedId first = s.for_my_needs[0].need_id;
  const NeedId second = s.for_my_needs[1].need_id;
  EXPECT_TRUE((first == my_need && second == for_dora) ||
              (first == for_dora && second == my_need));
  for (const SuggestedMatch& m : s.for_my_needs) {
    EXPECT_EQ(m.on_behalf_of.has_value(), m.need_id == for_dora);
  }
  ASSERT_EQ(s.chances_to_help.size(), 1U);
  EXPECT_EQ(s.chances_to_help[0].need_id, bens_need);
  EXPECT_EQ(s.chances_to_help[0].offer_id, my_offer);
  EXPECT_GT(s.chances_to_help[0].share, 0.25);
  ASSERT_EQ(s.introductions.size(), 1U);
  EXPECT_EQ(s.introductions[0].need_id, carlas_need);
  EXPECT_EQ(s.introductions[0].offer_person, anna);
  EXPECT_THAT(s.reciprocal, IsEmpty());
  EXPECT_EQ(s.names.at(anna), "Anna");
  EXPECT_EQ(s.names.at(dora), "Dora");
}

TEST_F(SuggestionsTest, PairsBothWaysAndSkipsMadeIntroductions) {
  const PersonId anna = Person("Anna");
  const PersonId carla = Person("Carla");
  Need(std::nullopt, "Buchhaltung");
  Offer(anna, "Buchhaltung");
  Offer(std::nullopt, "Gartenpflege");
  Need(anna, "Gartenpflege");
  Need(carla, "Buchhaltung");
  core::Introduction intro;
  intro.person_a = carla;
  intro.person_b = anna;
  ASSERT_THAT(ProposeIntroduction(ctx_, intro), IsOk());

  const Suggestions s = Suggested();
  ASSERT_EQ(s.reciprocal.size(), 1U);
  EXPECT_EQ(s.reciprocal[0].person, anna);
  EXPECT_GT(s.reciprocal[0].score, 0.25);
  EXPECT_LE(s.reciprocal[0].score, 1.0);
  // The pair's two matches are not listed again one way.
  EXPECT_THAT(s.for_my_needs, IsEmpty());
  EXPECT_THAT(s.chances_to_help, IsEmpty());
  // Carla and Anna already have an introduction.
  EXPECT_THAT(s.introductions, IsEmpty());
}

TEST_F(SuggestionsTest, LeavesOutWeakAndInactiveMatches) {
  const PersonId anna = Person("Anna");
  Need(std::nullopt, "Buchhaltung Webdesign Fotografie Lektorat Moderation");
  const OfferId weak = Offer(anna, "Fotografie");  // a fifth of the need
  const OfferId inactive = Offer(anna, "Buchhaltung Webdesign Lektorat");
  ASSERT_THAT(EditOffer(ctx_, inactive,
                        [](core::Offer& o) {
                          o.active = false;
                          return OkStatus();
                        }),
              IsOk());
  EXPECT_THAT(Suggested().for_my_needs, IsEmpty());
  // Without the threshold the weak match shows; the inactive offer never.
  auto all = Suggest(ctx_, lexicon_.view(), {.min_share = 0});
  ASSERT_THAT(all, IsOk());
  ASSERT_EQ(all->for_my_needs.size(), 1U);
  EXPECT_EQ(all->for_my_needs[0].offer_id, weak);
  EXPECT_LT(all->for_my_needs[0].share, 0.25);
}

TEST_F(SuggestionsTest, StopsWhenCancelledAndKeepsTheBestWhenAsked) {
  Offer(Person("Anna"), "Buchhaltung");
  Offer(Person("Ben"), "Buchhaltung");
  Need(std::nullopt, "Buchhaltung");
  auto cancelled =
      Suggest(ctx_, lexicon_.view(), {.cancelled = [] { return true; }});
  EXPECT_THAT(cancelled, HasError(ErrorCode::kAborted));
  auto all = Suggest(ctx_, lexicon_.view());
  ASSERT_THAT(all, IsOk());
  ASSERT_EQ(all->for_my_needs.size(), 2U);
  auto best = Suggest(ctx_, lexicon_.view(), {.keep_first = 1});
  ASSERT_THAT(best, IsOk());
  ASSERT_EQ(best->for_my_needs.size(), 1U);
  EXPECT_EQ(best->for_my_needs[0].offer_id, all->for_my_needs[0].offer_id);

  // Introductions are kept to the best as the run goes: the same ones.
  Offer(Person("Cem"), "Buchhaltung für Vereine");
  Need(Person("Dora"), "Buchhaltung");
  Need(Person("Emil"), "Buchhaltung");
  auto every = Suggest(ctx_, lexicon_.view());
  ASSERT_THAT(every, IsOk());
  ASSERT_GE(every->introductions.size(), 4U);
  auto first = Suggest(ctx_, lexicon_.view(), {.keep_first = 1});
  ASSERT_THAT(first, IsOk());
  ASSERT_EQ(first->introductions.size(), 1U);
  EXPECT_EQ(first->introductions[0].need_id, every->introductions[0].need_id);
  EXPECT_EQ(first->introductions[0].offer_id, every->introductions[0].offer_id);
}

}  // namespace
}  // namespace knoten::app
