#include "knoten/match/matcher.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Word lists in the layouts of Ding, wngerman, OpenThesaurus and the
// service vocabulary, written for this test.
struct TestLexicon {
  Dictionary dictionary = Dictionary::FromDing(
      "Buchhaltung {f} :: bookkeeping; accounting\n"
      "Fotografie {f} :: photography\n");
  CompoundSplitter compounds = CompoundSplitter::FromWordList(
      "Steuer\nBeratung\nPresse\nArbeit\nÖffentlichkeit\n");
  Thesaurus thesaurus = Thesaurus::FromOpenThesaurus(
      "Pressearbeit;Öffentlichkeitsarbeit;Medienarbeit\n");
  Analyzer analyzer;
  Vocabulary vocabulary = *Vocabulary::Parse(
      "x_web\tWebdesign | Webseitengestaltung\tweb design\n", analyzer);

  Lexicon view() const {
    return {.dictionary = &dictionary,
            .compounds = &compounds,
            .vocabulary = &vocabulary,
            .thesaurus = &thesaurus};
  }
};

Item Offer(std::string id, std::string owner, TextLang lang, std::string text) {
  return {.id = std::move(id),
          .is_offer = true,
          .owner = std::move(owner),
          .lang = lang,
          .text = std::move(text)};
}

Item Need(std::string owner, TextLang lang, std::string text) {
  return {.id = "n",
          .is_offer = false,
          .owner = std::move(owner),
          .lang = lang,
          .text = std::move(text)};
}

std::vector<std::string> Ids(const std::vector<Matcher::Match>& matches) {
  std::vector<std::string> ids;
  ids.reserve(matches.size());
  for (const auto& m : matches) ids.push_back(m.offer_id);
  return ids;
}

TEST(MatcherTest, PutsReplacesRemovesAndSkipsTheNeedsOwner) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  matcher.Put(Offer("o1", "anna", TextLang::kDe, "Buchhaltung für Vereine"));
  matcher.Put(Offer("o2", "ben", TextLang::kDe, "Gartenpflege"));
  matcher.Put(Offer("o3", "carla", TextLang::kDe, "Buchhaltung und Steuer"));
  const Item need = Need("anna", TextLang::kDe, "Suche Buchhaltung");
  EXPECT_THAT(Ids(matcher.Find(need, 10, false)), ElementsAre("o3"));
  matcher.Put(Offer("o3", "carla", TextLang::kDe, "Fotografie"));
  EXPECT_THAT(Ids(matcher.Find(need, 10, false)), IsEmpty());
  matcher.Put(Offer("o4", "dora", TextLang::kDe, "Buchhaltung"));
  matcher.Remove("o4");
  matcher.Remove("unknown");
  EXPECT_THAT(Ids(matcher.Find(need, 10, false)), IsEmpty());
  EXPECT_EQ(matcher.size(), 3U);
}

TEST(MatcherTest, HoldsAnOfferOnlyAsItWasPut) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  const Item offer = Offer("o1", "anna", TextLang::kDe, "Buchhaltung");
  EXPECT_FALSE(matcher.Holds(offer));
  matcher.Put(offer);
  EXPECT_TRUE(matcher.Holds(offer));
  EXPECT_FALSE(matcher.Holds(Offer("o1", "ben", TextLang::kDe, "Buchhaltung")));
  EXPECT_FALSE(
      matcher.Holds(Offer("o1", "anna", TextLang::kEn, "Buchhaltung")));
  EXPECT_FALSE(matcher.Holds(Offer("o1", "anna", TextLang::kDe, "Fotografie")));
  EXPECT_FALSE(
      matcher.Holds(Offer("o2", "anna", TextLang::kDe, "Buchhaltung")));
  matcher.Remove("o1");
  EXPECT_FALSE(matcher.Holds(offer));
}

TEST(MatcherTest, ShareTellsHowMuchOfTheNeedAnOfferCovers) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  matcher.Put(Offer("whole", "anna", TextLang::kDe, "Buchhaltung"));
  matcher.Put(Offer("other", "ben", TextLang::kDe, "Gartenpflege"));
  const auto one =
      matcher.Find(Need("me", TextLang::kDe, "Buchhaltung"), 10, false);
  ASSERT_EQ(one.size(), 1U);
  EXPECT_NEAR(one[0].share, 1.0, 1e-9);  // every word, once, average length
  const auto half = matcher.Find(
      Need("me", TextLang::kDe, "Buchhaltung Gartenpflege"), 10, false);
  ASSERT_EQ(half.size(), 2U);
  EXPECT_NEAR(half[0].share, 0.5, 1e-9);
  EXPECT_NEAR(half[1].share, 0.5, 1e-9);
}

MatchLink Link(std::string need, std::string offer, MatchKind kind) {
  return {std::move(need), std::move(offer), kind};
}

// The first match of `need_text` against an offer of `offer_text`.
std::vector<MatchLink> LinksOf(TextLang need_lang, std::string need_text,
                               TextLang offer_lang, std::string offer_text) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  matcher.Put(Offer("o", "other", offer_lang, std::move(offer_text)));
  const auto matches =
      matcher.Find(Need("me", need_lang, std::move(need_text)), 1, true);
  return matches.empty() ? std::vector<MatchLink>() : matches[0].links;
}

TEST(MatcherTest, ExplainsHowWordsMet) {
  using K = MatchKind;
  const auto de = TextLang::kDe;
  const auto en = TextLang::kEn;
  EXPECT_THAT(LinksOf(de, "Buchhaltung", de, "Buchhaltung"),
              ElementsAre(Link("buchhaltung", "buchhaltung", K::kSameWord)));
  EXPECT_THAT(LinksOf(de, "Fotografien", de, "Fotografie"),
              ElementsAre(Link("fotografien", "fotografie", K::kStem)));
  EXPECT_THAT(
      LinksOf(de, "Beratung", de, "Steuerberatung"),
      ElementsAre(Link("beratung", "steuerberatung", K::kCompoundPart)));
  EXPECT_THAT(
      LinksOf(de, "Öffentlichkeitsarbeit", de, "Pressearbeit"),
      Contains(Link("öffentlichkeitsarbeit", "pressearbeit", K::kSynonym)));
  EXPECT_THAT(LinksOf(de, "Buchhaltung", en, "bookkeeping for clubs"),
              ElementsAre(Link("buchhaltung", "bookkeeping", K::kTranslation)));
  EXPECT_THAT(LinksOf(en, "photography", de, "Fotografie"),
              ElementsAre(Link("photography", "fotografie", K::kTranslation)));
  EXPECT_THAT(LinksOf(en, "web design", de, "Webseitengestaltung"),
              Contains(Link("web design", "webseitengestaltung", K::kConcept)));
  EXPECT_THAT(LinksOf(de, "Buchhaltung", de, "Gartenpflege"), IsEmpty());
}

// Texts nobody should write still go in and out: empty, blank, 1 MB, bytes
// that are no UTF-8, mixed scripts and emoji. (That the work grows only
// linearly with the text is measured by bench/match_speed.cc.)
TEST(MatcherTest, TakesAnyTextAsOfferAndNeed) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  std::string megabyte;
  while (megabyte.size() < (1U << 20)) {
    megabyte += "Buchhaltung Steuerberatung ";
  }
  std::string garbage;
  for (int i = 0; i < 4096; ++i) {
    garbage.push_back(static_cast<char>((i * 7919) % 256));
  }
  const std::string mixed =
      "Buchhaltung 会计 бухгалтерия محاسبة 📒🧾 "
      "Fotograf*innen";
  const std::string with_nul("\0Buch\0haltung", 13);
  const std::vector<std::string> texts = {"",      " \t\n ", megabyte,
                                          garbage, mixed,    with_nul};
  for (size_t i = 0; i < texts.size(); ++i) {
    matcher.Put(
        Offer("o" + std::to_string(i), "other", TextLang::kDe, texts[i]));
  }
  EXPECT_EQ(matcher.size(), texts.size());
  for (const std::string& text : texts) {
    for (const TextLang lang : {TextLang::kDe, TextLang::kEn}) {
      // Explaining reads every offer found again: once is enough.
      const bool explain = lang == TextLang::kDe;
      for (const auto& m : matcher.Find(Need("me", lang, text), 10, explain)) {
        EXPECT_GT(m.score, 0);
        EXPECT_LE(m.share, 1.0);
      }
    }
  }
  // The words among the noise are still found.
  const auto found =
      Ids(matcher.Find(Need("me", TextLang::kDe, "Buchhaltung"), 10, false));
  EXPECT_THAT(found, Contains("o2"));
  EXPECT_THAT(found, Contains("o4"));
  EXPECT_THAT(Ids(matcher.Find(Need("me", TextLang::kDe, ""), 10, false)),
              IsEmpty());
}

TEST(MatcherTest, PuttingAllAtOnceIsPuttingOneByOne) {
  const TestLexicon lexicon;
  const std::vector<std::string> words = {
      "Buchhaltung",  "Steuerberatung", "Fotografie",  "Webdesign",
      "Gartenpflege", "Pressearbeit",   "bookkeeping", "Beratung"};
  std::vector<Item> offers;
  for (size_t i = 0; i < 2500; ++i) {  // three chunks of analysis
    offers.push_back(Offer(
        "o" + std::to_string(i % 2400),  // some replaced
        "m" + std::to_string(i % 300), TextLang::kDe,
        words[i % words.size()] + " und " + words[(i * 7 + 3) % words.size()]));
  }
  Matcher one_by_one(lexicon.view());
  for (const Item& offer : offers) one_by_one.Put(offer);
  for (const unsigned threads : {2U, 3U}) {
    Matcher all(lexicon.view());
    all.PutAll(offers, threads);
    EXPECT_EQ(all.size(), one_by_one.size());
    for (const std::string& word : words) {
      const Item need = Need("m1", TextLang::kDe, word);
      const auto expected = one_by_one.Find(need, 20, false);
      const auto got = all.Find(need, 20, false);
      ASSERT_EQ(Ids(got), Ids(expected)) << word;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].score, expected[i].score);
      }
    }
  }
}

TEST(MatcherTest, MinimumShareDropsWeakMatches) {
  const TestLexicon lexicon;
  Matcher matcher(lexicon.view());
  matcher.Put(Offer("both", "anna", TextLang::kDe, "Buchhaltung Gartenpflege"));
  matcher.Put(Offer("one", "ben", TextLang::kDe, "Buchhaltung"));
  const Item need = Need("me", TextLang::kDe, "Buchhaltung Gartenpflege");
  const auto all = matcher.Find(need, 10, false);
  ASSERT_EQ(all.size(), 2U);
  const double between = (all[0].share + all[1].share) / 2;
  EXPECT_THAT(Ids(matcher.Find(need, 10, false, between)),
              ElementsAre(all[0].offer_id));
}

TEST(MatcherTest, KindsHaveJsonNames) {
  EXPECT_EQ(MatchKindName(MatchKind::kSameWord), "same_word");
  EXPECT_EQ(MatchKindName(MatchKind::kCompoundPart), "compound_part");
  EXPECT_EQ(MatchKindName(MatchKind::kConcept), "concept");
}

}  // namespace
}  // namespace knoten::match
