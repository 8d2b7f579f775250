// The JSON backup end to end: the demo network and awkward values exported,
// restored into a new database and exported again give the same text; bad
// files are refused, naming the line, and leave the database empty.

#include "knoten/json/backup_file.h"

#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/backup_data.h"
#include "knoten/app/context.h"
#include "knoten/app/demo.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::json {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Database {
  std::unique_ptr<store::Store> store =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  app::Context ctx;
  explicit Database(const Clock& clock) : ctx{*store, clock} {}

  bool Empty() const {
    auto tx = store->Begin(store::TransactionMode::kRead);
    return tx && (*tx)->tables().Empty().value_or(false);
  }
};

class BackupFileTest : public ::testing::Test {
 protected:
  static std::string Export(Database& db) {
    std::string text;
    const std::unique_ptr<app::BackupWriter> writer =
        NewJsonBackupWriter([&text](std::string_view piece) {
          text += piece;
          return OkStatus();
        });
    auto counts = app::ExportBackup(db.ctx, *writer);
    EXPECT_THAT(counts, IsOk());
    return text;
  }

  static Result<app::BackupCounts> Restore(Database& db,
                                           const std::string& text) {
    std::istringstream in(text);
    return app::RestoreBackup(db.ctx, [&in](app::BackupRowSink& sink) {
      return ReadJsonBackup(in, sink);
    });
  }

  // The text without its "exported_at" line.
  static std::string Timeless(const std::string& text) {
    std::istringstream in(text);
    std::string out;
    for (std::string line; std::getline(in, line);) {
      if (line.find("\"exported_at\"") == std::string::npos) out += line + '\n';
    }
    return out;
  }

  // A small valid backup with `data` as its data.
  static std::string WithData(const std::string& data) {
    return "{\"format\": \"knoten-backup\", \"version\": 1, "
           "\"schema_version\": 1,\n\"exported_at\": \"2026-12-07T10:00:00Z\","
           "\n\"data\": " +
           data + "}";
  }

  FakeClock clock_{*ParseIsoTimestamp("2026-03-05T10:00")};
};

TEST_F(BackupFileTest, ExportRestoreExportGivesTheSameText) {
  Database original(clock_);
  ASSERT_THAT(app::SeedDemo(original.ctx, {}), IsOk());
  {
    // Awkward values: control characters, quotes, emoji, a real number, an
    // account with a password hash, a NULL.
    auto tx = original.store->Begin(store::TransactionMode::kWrite);
    ASSERT_THAT(tx, IsOk());
    core::Person person;
    person.display_name = "Zoë \"Zet\" Ørsted 😀";
    person.notes = "line 1\nline\t2 \\ \x01 \r end";
    person.created_at = person.updated_at = clock_.Now();
    KNOTEN_ASSERT_OK_AND_ASSIGN(const PersonId id,
                                (*tx)->people().Create(person));
    ASSERT_THAT(
        (*tx)->judgements().Put({.person_id = id,
                                 .factor = core::JudgementFactor::kChemistry,
                                 .value = 0.1 + 0.2,
                                 .judged_at = clock_.Now()}),
        IsOk());
    ASSERT_THAT((*tx)->accounts().Create({.username = "sabine",
                                          .password_hash = "$argon2id$secret",
                                          .created_at = clock_.Now()}),
                IsOk());
    ASSERT_THAT((*tx)->Commit(), IsOk());
  }
  const std::string first = Export(original);
  EXPECT_THAT(first, HasSubstr("\"format\": \"knoten-backup\""));
  EXPECT_THAT(first, HasSubstr("\"exported_at\": \"2026-03-05T10:00:00Z\""));
  EXPECT_THAT(first, HasSubstr("\"value\": 0.30000000000000004"));
  EXPECT_THAT(first, HasSubstr("\"username\": \"sabine\""));
  EXPECT_THAT(first, Not(HasSubstr("argon2id")));

  clock_.Advance(3600);
  Database restored(clock_);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const app::BackupCounts counts,
                              Restore(restored, first));
  EXPECT_EQ(counts.people, app::kDemoDefaultPeople + 1);
  const std::string second = Export(restored);
  EXPECT_THAT(second, HasSubstr("\"exported_at\": \"2026-03-05T11:00:00Z\""));
  EXPECT_EQ(Timeless(second), Timeless(first));
  EXPECT_NE(second, first);

  // The restored data works as data: the search finds the awkward name.
  auto tx = restored.store->Begin(store::TransactionMode::kRead);
  ASSERT_THAT(tx, IsOk());
  auto found = (*tx)->people().Search("Ørsted", {});
  ASSERT_THAT(found, IsOk());
  EXPECT_EQ(found->items.size(), 1U);
}

TEST_F(BackupFileTest, AnEmptyDatabaseGivesAnEmptyButValidBackup) {
  Database empty(clock_);
  const std::string text = Export(empty);
  Database restored(clock_);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const app::BackupCounts counts,
                              Restore(restored, text));
  EXPECT_EQ(counts.rows, 0);
  EXPECT_EQ(Timeless(Export(restored)), Timeless(text));
}

TEST_F(BackupFileTest, RestoresOnlyIntoAnEmptyDatabase) {
  Database full(clock_);
  ASSERT_THAT(app::SeedDemo(full.ctx, {.people = 3}), IsOk());
  const std::string text = Export(full);
  EXPECT_THAT(Restore(full, text),
              HasError(ErrorCode::kFailedPrecondition, HasSubstr("empty")));
}

TEST_F(BackupFileTest, RefusesBadFilesNamingTheLineAndWritesNothing) {
  const std::string person_row =
      "{\"id\": 1, \"display_name\": \"Anna\", \"created_at\": 1, "
      "\"updated_at\": 1}";
  struct Case {
    std::string file;
    ErrorCode code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"", ErrorCode::kInvalidArgument, "not valid JSON"},
      {"[1, 2]", ErrorCode::kInvalidArgument, "not a knoten backup"},
      {R"({"format": "other"})", ErrorCode::kInvalidArgument,
       "not a knoten backup"},
      {"{\"data\": {}}", ErrorCode::kInvalidArgument, "not a knoten backup"},
      {R"({"format": "knoten-backup", "data": {}})",
       ErrorCode::kInvalidArgument, "must come before"},
      {"{\"format\": \"knoten-backup\", \"version\": 2, "
       "\"schema_version\": 1, \"data\": {}}",
       ErrorCode::kInvalidArgument, "newer knoten (backup format 2"},
      {"{\"format\": \"knoten-backup\", \"version\": 1, "
       "\"schema_version\": 999, \"data\": {}}",
       ErrorCode::kInvalidArgument, "newer knoten (database schema 999"},
      {"{\"format\": \"knoten-backup\", \"version\": 1, "
       "\"schema_version\": 1, \"colour\": \"red\", \"data\": {}}",
       ErrorCode::kInvalidArgument, "no field \"colour\""},
      {"{\"format\": \"knoten-backup\", \"version\": 1, "
       "\"schema_version\": 1}",
       ErrorCode::kInvalidArgument, "no \"data\""},
      {WithData("{\"person\": [\n" + person_row + ",\n" + person_row + "]}"),
       ErrorCode::kFailedPrecondition, "Line 5 (row 2 of \"person\")"},
      {WithData("{\"person\": [\n{\"id\": true}]}"),
       ErrorCode::kInvalidArgument, "Line 4"},
      {WithData(R"({"person": [{"id": {"a": 1}}]})"),
       ErrorCode::kInvalidArgument, "a column holds null, a number or text"},
      {WithData("{\"person\": [[1]]}"), ErrorCode::kInvalidArgument, "a list"},
      {WithData("{\"person\": {}}"), ErrorCode::kInvalidArgument, "an object"},
      {WithData(R"({"person": [{"id": 1, "id": 2}]})"),
       ErrorCode::kInvalidArgument, "given twice"},
      {WithData("{\"persons\": [" + person_row + "]}"),
       ErrorCode::kInvalidArgument, "no table 'persons'"},
      {WithData(R"({"person": [{"id": 10000000000000000000}]})"),
       ErrorCode::kInvalidArgument, "too large"},
      {WithData(R"({"event_attendee": [{"event_id": 1, "person_id": 1}]})"),
       ErrorCode::kFailedPrecondition, "that is not there"},
      {WithData("{\"person\": [" + person_row +
                R"(], "promise": [{"id": 1, "promisor_id": 1, "text": "Link",
                      "status": "Done", "created_at": 1}]})"),
       ErrorCode::kFailedPrecondition,
       R"("promise" holds "Done" in "status", which is not one of knoten's)"},
      {WithData(R"({"event": [{"id": 1, "title": "Ewig", "starts_at": 1,
                    "duration_minutes": 99999999}]})"),
       ErrorCode::kFailedPrecondition, "An event lasts longer than knoten"},
      {WithData("{\"person\": [" + person_row + "]}").substr(0, 120),
       ErrorCode::kInvalidArgument, "not valid JSON"},
      {WithData("{}") + " trailing", ErrorCode::kInvalidArgument,
       "not valid JSON"},
  };
  for (const Case& c : cases) {
    Database db(clock_);
    EXPECT_THAT(Restore(db, c.file), HasError(c.code, HasSubstr(c.message)))
        << c.file;
    EXPECT_TRUE(db.Empty()) << c.file;
  }
  // The same rows, well formed, restore.
  Database db(clock_);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const app::BackupCounts counts,
      Restore(db, WithData("{\"person\": [" + person_row + "]}")));
  EXPECT_EQ(counts.people, 1);
}

}  // namespace
}  // namespace knoten::json
