// The real-world corpus in ../shared/data/interop/ (sources, licences and
// what each file is for in its README and MANIFEST.csv): every vCard file is
// read as its test status says, every jCard or xCard file refused.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"
#include "knoten/interop/contact_file.h"
#include "knoten/interop/vcard_person.h"
#include "knoten/interop/vcard_reader.h"

#include "testing/shared_data.h"

namespace knoten::interop {
namespace {

namespace fs = std::filesystem;
using ::testing::ContainsRegex;
using ::testing::HasSubstr;

// The rows of a CSV file with quoted fields, as maps from the header's
// names to the fields.
std::vector<std::map<std::string, std::string>> ReadManifest(
    const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty()) rows.back().push_back(std::move(field));
  std::vector<std::map<std::string, std::string>> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() != rows[0].size()) continue;  // the last, empty line
    std::map<std::string, std::string> row;
    for (size_t c = 0; c < rows[0].size(); ++c) row[rows[0][c]] = rows[r][c];
    out.push_back(std::move(row));
  }
  return out;
}

TEST(CorpusTest, ReadsEveryVCardFileAsItsStatusSays) {
  const fs::path dir = fs::path(SharedDataDir()) / "data" / "interop";
  const fs::path manifest = dir / "MANIFEST.csv";
  if (!fs::exists(manifest)) {
    if (InCi()) FAIL() << "shared data missing under CI: " << manifest;
    GTEST_SKIP() << "no " << manifest << " (set KNOTEN_SHARED_DIR)";
  }
  auto manifest_text = ReadTextFile(manifest.string());
  ASSERT_TRUE(manifest_text.has_value());
  int read = 0;
  int refused = 0;
  int cards = 0;
  int people = 0;
  for (const auto& row : ReadManifest(*manifest_text)) {
    const std::string& name = row.at("file");
    if (!name.starts_with("vcard/")) continue;
    SCOPED_TRACE(name);
    auto bytes = ReadTextFile((dir / name).string());
    ASSERT_TRUE(bytes.has_value());
    auto file = ReadVCards(*bytes);
    const std::string& status = row.at("test_status");
    if (row.at("vcard_version") == "-") {  // jCard, xCard, other JSON
      EXPECT_FALSE(file) << "read a file that is no vCard";
      ++refused;
      continue;
    }
    if (status.starts_with("REJECT")) {
      const bool relaxed = status.find("relaxed") != std::string::npos ||
                           status.find("unless") != std::string::npos;
      if (!relaxed || !file) {
        ASSERT_FALSE(file) << "read a file its source rejects";
        EXPECT_THAT(file.error().message, ContainsRegex("line [0-9]+"));
        ++refused;
        continue;
      }
      ASSERT_FALSE(file->problems.empty())
          << "read without naming the bad line";
      EXPECT_GT(file->problems[0].line, 0);
    }
    if (!file) {
      ADD_FAILURE() << file.error().message;
      continue;
    }
    EXPECT_EQ(static_cast<int>(file->cards.size()),
              std::stoi(row.at("contacts")));
    if (status.empty()) {  // nothing left out of a file without faults
      for (const VCardProblem& problem : file->problems) {
        if (!problem.skipped) continue;
        ADD_FAILURE() << "line " << problem.line << ": " << problem.message;
      }
    }
    ++read;
    cards += static_cast<int>(file->cards.size());
    for (const VCard& card : file->cards) {
      auto person = PersonFromVCard(card);
      if (person) {
        ++people;
      } else {  // only a card with nothing to know the person by
        EXPECT_THAT(person.error().message, HasSubstr("has no name"));
        for (const char* known :
             {"N", "FN", "NICKNAME", "ORG", "EMAIL", "TEL", "URL"}) {
          const VCardProperty* p = card.Find(known);
          EXPECT_TRUE(p == nullptr ||
                      Trim(VCardText(p->value, "4.0")).empty() ||
                      Trim(VCardText(p->value, "4.0")) == ";;;;")
              << "card of line " << card.line << " has " << known;
        }
      }
    }
  }
  EXPECT_GE(read, 200);
  RecordProperty("files_read", read);
  RecordProperty("files_refused", refused);
  RecordProperty("cards", cards);
  RecordProperty("people", people);
}

// Every contact CSV of the corpus: a file with a header imports one contact
// per data row (MANIFEST.csv's "N + header"); a file without a header is
// refused saying so.
TEST(CorpusTest, ReadsEveryContactCsvFile) {
  const fs::path dir = fs::path(SharedDataDir()) / "data" / "interop";
  const fs::path manifest = dir / "MANIFEST.csv";
  if (!fs::exists(manifest)) {
    if (InCi()) FAIL() << "shared data missing under CI: " << manifest;
    GTEST_SKIP() << "no " << manifest << " (set KNOTEN_SHARED_DIR)";
  }
  auto manifest_text = ReadTextFile(manifest.string());
  ASSERT_TRUE(manifest_text.has_value());
  int files = 0;
  for (const auto& row : ReadManifest(*manifest_text)) {
    const std::string& name = row.at("file");
    if (!name.starts_with("csv/") || name.starts_with("csv/csv-spectrum/") ||
        !(name.ends_with(".csv") || name.ends_with(".txt"))) {
      continue;
    }
    SCOPED_TRACE(name);
    auto bytes = ReadTextFile((dir / name).string());
    ASSERT_TRUE(bytes.has_value());
    auto file = ReadContactFile(*bytes);
    const std::string& contacts = row.at("contacts");
    ++files;
    if (contacts.find("no header") != std::string::npos) {
      ASSERT_FALSE(file) << "read a file without a header";
      EXPECT_THAT(file.error().message, HasSubstr("no header row"));
      continue;
    }
    ASSERT_TRUE(file) << file.error().message;
    EXPECT_TRUE(file->format.starts_with("csv-")) << file->format;
    EXPECT_EQ(static_cast<int>(file->entries.size()), std::stoi(contacts));
    for (const ContactEntry& entry : file->entries) {
      EXPECT_TRUE(entry.person.has_value())
          << "line " << entry.line << ": " << entry.skipped_because;
    }
  }
  EXPECT_GE(files, 15);
}

}  // namespace
}  // namespace knoten::interop
