// The real-world corpus in ../shared/data/interop/ (sources, licences and
// what each file is for in its README and MANIFEST.csv): every vCard file is
// read as its test status says, every jCard or xCard file refused, and every
// card knoten takes written as vCard 4.0 and read back unchanged: the
// person's fields and the properties kept for export.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"
#include "knoten/interop/contact_file.h"
#include "knoten/interop/csv_reader.h"
#include "knoten/interop/vcard_person.h"
#include "knoten/interop/vcard_reader.h"
#include "knoten/interop/vcard_writer.h"

#include "testing/shared_data.h"

namespace knoten::interop {
namespace {

namespace fs = std::filesystem;
using ::testing::ContainsRegex;
using ::testing::HasSubstr;

// `imported` written by knoten and read again gives the same person and the
// same kept properties.
void ExpectRoundTrip(const ImportedPerson& imported) {
  const std::string written = WriteVCard(imported.person, imported.kept);
  auto file = ReadVCards(written);
  ASSERT_TRUE(file) << file.error().message << "\n" << written;
  ASSERT_EQ(file->cards.size(), 1U) << written;
  EXPECT_TRUE(file->problems.empty()) << file->problems[0].message;
  auto back = PersonFromVCard(file->cards[0]);
  ASSERT_TRUE(back) << back.error().message;
  const core::Person& a = imported.person;
  const core::Person& b = back->person;
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.given_name, b.given_name);
  EXPECT_EQ(a.family_name, b.family_name);
  EXPECT_EQ(a.organisation, b.organisation);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.emails, b.emails);
  EXPECT_EQ(a.phones, b.phones);
  EXPECT_EQ(a.urls, b.urls);
  EXPECT_EQ(a.city, b.city);
  EXPECT_EQ(a.tags, b.tags);
  EXPECT_EQ(a.notes, b.notes);
  EXPECT_EQ(back->kept, imported.kept) << written;
}

// MANIFEST.csv's rows, read by knoten's own CSV reader, as maps from its
// header's names to the fields.
class CorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path manifest = dir_ / "MANIFEST.csv";
    if (!fs::exists(manifest)) {
      if (InCi()) FAIL() << "shared data missing under CI: " << manifest;
      GTEST_SKIP() << "no " << manifest << " (set KNOTEN_SHARED_DIR)";
    }
    auto text = ReadTextFile(manifest.string());
    ASSERT_TRUE(text.has_value());
    auto table = ReadCsv(*text);
    ASSERT_TRUE(table) << table.error().message;
    const std::vector<std::string>& names = table->rows.at(0).fields;
    for (size_t r = 1; r < table->rows.size(); ++r) {
      const std::vector<std::string>& fields = table->rows[r].fields;
      ASSERT_EQ(fields.size(), names.size()) << "row " << r;
      std::map<std::string, std::string>& row = rows_.emplace_back();
      for (size_t c = 0; c < names.size(); ++c) row[names[c]] = fields[c];
    }
  }

  // The file `name` of the corpus (as MANIFEST.csv names it).
  std::string Bytes(const std::string& name) {
    auto bytes = ReadTextFile((dir_ / name).string());
    EXPECT_TRUE(bytes.has_value()) << name;
    return bytes.value_or(std::string());
  }

  const fs::path dir_ = fs::path(SharedDataDir()) / "data" / "interop";
  std::vector<std::map<std::string, std::string>> rows_;
};

TEST_F(CorpusTest, ReadsEveryVCardFileAsItsStatusSays) {
  int read = 0;
  int refused = 0;
  int cards = 0;
  int people = 0;
  for (const auto& row : rows_) {
    const std::string& name = row.at("file");
    if (!name.starts_with("vcard/")) continue;
    SCOPED_TRACE(name);
    auto file = ReadVCards(Bytes(name));
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
        SCOPED_TRACE("card of line " + std::to_string(card.line));
        ExpectRoundTrip(*person);
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
TEST_F(CorpusTest, ReadsEveryContactCsvFile) {
  int files = 0;
  for (const auto& row : rows_) {
    const std::string& name = row.at("file");
    if (!name.starts_with("csv/") || name.starts_with("csv/csv-spectrum/") ||
        !(name.ends_with(".csv") || name.ends_with(".txt"))) {
      continue;
    }
    SCOPED_TRACE(name);
    auto file = ReadContactFile(Bytes(name));
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
