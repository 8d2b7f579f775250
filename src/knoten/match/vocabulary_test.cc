#include "knoten/match/vocabulary.h"

#include <filesystem>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/base/text_file.h"

#include "testing/shared_data.h"

namespace knoten::match {
namespace {

using ::testing::HasSubstr;

// The concept ids named in `text` (a text in `lang`).
std::set<std::string> ConceptsIn(const Vocabulary& vocabulary,
                                 Analyzer& analyzer, std::string_view text,
                                 TextLang lang) {
  std::vector<std::string> terms;
  for (Token& t : analyzer.Analyze(text, lang)) terms.push_back(t.term);
  std::set<std::string> ids;
  for (const auto& m : vocabulary.Find(terms, lang)) {
    ids.insert(vocabulary.concept_at(m.concept_index).id);
  }
  return ids;
}

constexpr const char* kSample =
    "# A sample written for this test.\n"
    "#file sample.tsv\n"
    "mkt_pr\tPressearbeit | Öffentlichkeitsarbeit | PR\t"
    "public relations | PR | media relations\n"
    "\n"
    "cre_photo\tFotografie | Fotograf | Fotografin\tphotography | "
    "photographer\n"
    "cre_photo_wedding\tHochzeitsfotografie\twedding photography\n";

TEST(VocabularyTest, FindsLabelsInEitherLanguage) {
  Analyzer analyzer;
  auto vocabulary = Vocabulary::Parse(kSample, analyzer);
  ASSERT_TRUE(vocabulary) << vocabulary.error().message;
  EXPECT_EQ(vocabulary->size(), 3U);
  using Ids = std::set<std::string>;
  EXPECT_EQ(
      ConceptsIn(*vocabulary, analyzer,
                 "Suche Hilfe bei der Öffentlichkeitsarbeit", TextLang::kDe),
      Ids{"mkt_pr"});
  EXPECT_EQ(ConceptsIn(*vocabulary, analyzer, "I offer media relations and PR",
                       TextLang::kEn),
            Ids{"mkt_pr"});
  // Gender forms and inflections meet the label's terms.
  EXPECT_EQ(ConceptsIn(*vocabulary, analyzer, "Fotograf*innen gesucht",
                       TextLang::kDe),
            Ids{"cre_photo"});
  // The longest label starting at a word wins there; a label inside it
  // counts from its own first word (wedding photography is photography).
  EXPECT_EQ(ConceptsIn(*vocabulary, analyzer,
                       "Wedding photography for small budgets", TextLang::kEn),
            (Ids{"cre_photo", "cre_photo_wedding"}));
  EXPECT_EQ(ConceptsIn(*vocabulary, analyzer, "Hochzeitsfotografie gesucht",
                       TextLang::kDe),
            Ids{"cre_photo_wedding"});
  EXPECT_TRUE(ConceptsIn(*vocabulary, analyzer, "", TextLang::kEn).empty());
  EXPECT_TRUE(
      ConceptsIn(*vocabulary, analyzer, "media", TextLang::kEn).empty());
}

TEST(VocabularyTest, NamesFileLineAndProblem) {
  Analyzer analyzer;
  struct Case {
    std::string text;
    const char* problem;
  };
  const Case cases[] = {
      {"#file a.tsv\nx_a\tAb\n", "a.tsv:1: expected 3 TAB-separated fields"},
      {"#file a.tsv\n# c\nX-A\tAb\tAb\n", "a.tsv:2: id must be"},
      {"#file a.tsv\nx_a\tAb\tAb\nx_a\tBb\tBb\n", "a.tsv:2: duplicate id x_a"},
      {"#file b.tsv\nx_a\tAb\teins zwei drei vier fünf\n",
       "b.tsv:1: English labels: label of more than 4 words"},
      {"#file b.tsv\nx_a\tder die das\tAb\n",
       "b.tsv:1: German labels: label of stop words only"},
      {"#file b.tsv\nx_a\t|\tAb\n", "b.tsv:1: German labels: no label"},
      {"#file b.tsv\nx_a\tAb\t" + std::string(61, 'a') + "\n",
       "label longer than 60 bytes"},
  };
  for (const Case& c : cases) {
    auto vocabulary = Vocabulary::Parse(c.text, analyzer);
    ASSERT_FALSE(vocabulary) << c.text;
    EXPECT_EQ(vocabulary.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(vocabulary.error().message, HasSubstr(c.problem));
  }
}

TEST(VocabularyTest, BuiltinParsesAndIsLarge) {
  Analyzer analyzer;
  auto vocabulary = Vocabulary::Builtin(analyzer);
  ASSERT_TRUE(vocabulary) << vocabulary.error().message;
  EXPECT_GE(vocabulary->size(), 1000U);
  for (uint32_t i = 0; i < vocabulary->size(); ++i) {
    const auto& entry = vocabulary->concept_at(i);
    EXPECT_FALSE(entry.labels_de.empty()) << entry.id;
    EXPECT_FALSE(entry.labels_en.empty()) << entry.id;
  }
}

// Lower-cased words: runs of letters and digits (any byte >= 0x80 counts as
// a letter, so umlauts stay inside words).
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) != 0) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

void AddRuns(const std::vector<std::string>& words,
             std::unordered_set<std::string>& runs) {
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    runs.insert(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] + ' ' +
                words[i + 3]);
  }
}

// Provenance: the vocabulary is written from general knowledge of the
// trades, so no run of four words of any shared dataset text appears in a
// label or a comment of it.
TEST(VocabularyTest, HoldsNoFourWordRunOfASharedDataset) {
  namespace fs = std::filesystem;
  const fs::path data = fs::path(SharedDataDir()) / "data";
  if (!fs::is_directory(data)) {
    if (InCi()) FAIL() << "shared data missing under CI: " << data;
    GTEST_SKIP() << "shared data not found at " << data
                 << " (set KNOTEN_SHARED_DIR)";
  }
  std::unordered_set<std::string> dataset_runs;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(data)) {
    if (entry.path().filename() != "items.jsonl") continue;
    auto content = ReadTextFile(entry.path().string());
    ASSERT_TRUE(content.has_value()) << entry.path();
    ++files;
    ASSERT_TRUE(ForEachLine(*content, [&](int, std::string_view line) {
      AddRuns(Words(line), dataset_runs);
      return OkStatus();
    }));
  }
  ASSERT_GE(files, 1);
  int checked = 0;
  ASSERT_TRUE(ForEachLine(
      BuiltinVocabularyText(), [&](int, std::string_view line) -> Status {
        std::vector<std::string_view> pieces;
        size_t start = 0;
        for (size_t i = 0; i <= line.size(); ++i) {
          if (i == line.size() || line[i] == '\t' || line[i] == '|') {
            pieces.push_back(line.substr(start, i - start));
            start = i + 1;
          }
        }
        for (std::string_view piece : pieces) {
          std::unordered_set<std::string> runs;
          AddRuns(Words(piece), runs);
          for (const std::string& run : runs) {
            ++checked;
            EXPECT_FALSE(dataset_runs.contains(run))
                << "\"" << run << "\" of a shared items.jsonl is in: " << line;
          }
        }
        return OkStatus();
      }));
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace knoten::match
