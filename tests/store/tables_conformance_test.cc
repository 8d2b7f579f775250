// Conformance: the tables as they are (TableStore), for the JSON backup.

#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class TablesConformanceTest : public StoreConformanceTest {
 protected:
  std::vector<TableShape> Shapes() {
    auto tx = Read();
    auto shapes = tx->tables().Tables();
    EXPECT_THAT(shapes, IsOk());
    return shapes ? *shapes : std::vector<TableShape>{};
  }

  TableShape Shape(const std::string& name) {
    for (TableShape& shape : Shapes()) {
      if (shape.name == name) return shape;
    }
    ADD_FAILURE() << "no table " << name;
    return {};
  }

  std::vector<std::string> Names() {
    std::vector<std::string> names;
    for (const TableShape& shape : Shapes()) names.push_back(shape.name);
    return names;
  }

  static std::vector<std::string> Strings(std::vector<std::string> s) {
    return s;
  }
};

TEST_P(TablesConformanceTest, EveryTableOfTheDataButNoSecretsOrSearchIndex) {
  const std::vector<std::string> names = Names();
  for (const char* table :
       {"profile", "network", "event", "person", "person_channel", "offer",
        "need", "ledger_entry", "promise", "follow_up", "account",
        "reflection_answer", "judgement", "pitch", "person_vcard"}) {
    EXPECT_THAT(names, Contains(table));
  }
  EXPECT_THAT(names, Not(Contains(StartsWith("person_search"))));
  EXPECT_THAT(names, Not(Contains(StartsWith("sqlite_"))));
  EXPECT_THAT(names, Not(Contains("calendar_feed")));  // a secret
  // A table comes before the tables that refer to it.
  const auto at = [&](const char* name) {
    return std::find(names.begin(), names.end(), name) - names.begin();
  };
  EXPECT_LT(at("network"), at("event"));
  EXPECT_LT(at("event"), at("person"));
  EXPECT_LT(at("person"), at("person_channel"));
  EXPECT_THAT(Shape("account").columns, Not(Contains("password_hash")));
  EXPECT_THAT(Shape("account").columns, Contains("username"));
  EXPECT_THAT(Shape("person").columns, Contains("rhythm_days"));
}

TEST_P(TablesConformanceTest, RowsComeInKeyOrderWithEveryCell) {
  {
    auto tx = Read();
    KNOTEN_ASSERT_OK_AND_ASSIGN(const bool empty, tx->tables().Empty());
    EXPECT_TRUE(empty);
  }
  const PersonId ben = AddPerson("Ben");
  const PersonId anna = AddPerson("Anna", "Notiz");
  const TableShape person{
      .name = "person",
      .columns = {"id", "display_name", "notes", "first_met_at"}};
  auto tx = Read();
  KNOTEN_ASSERT_OK_AND_ASSIGN(const bool empty, tx->tables().Empty());
  EXPECT_FALSE(empty);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const int64_t count,
                              tx->tables().CountRows(person));
  EXPECT_EQ(count, 2);
  std::vector<std::vector<Cell>> rows;
  ASSERT_THAT(tx->tables().ForEachRow(person,
                                      [&](std::span<const Cell> row) {
                                        rows.emplace_back(row.begin(),
                                                          row.end());
                                        return OkStatus();
                                      }),
              IsOk());
  EXPECT_THAT(rows,
              ElementsAre(ElementsAre(Cell(ben.value()), Cell("Ben"), Cell(""),
                                      Cell(std::monostate{})),
                          ElementsAre(Cell(anna.value()), Cell("Anna"),
                                      Cell("Notiz"), Cell(std::monostate{}))));
  KNOTEN_ASSERT_OK_AND_ASSIGN(const std::vector<Cell> notes,
                              tx->tables().DistinctValues("person", "notes"));
  EXPECT_THAT(notes, ::testing::UnorderedElementsAre(Cell(""), Cell("Notiz")));
  EXPECT_THAT(tx->tables().DistinctValues("person", "nope"),
              HasError(ErrorCode::kInvalidArgument));
  // The walk stops at the visitor's error and returns it.
  int visited = 0;
  EXPECT_THAT(tx->tables().ForEachRow(person,
                                      [&](std::span<const Cell>) -> Status {
                                        ++visited;
                                        return AbortedError("enough");
                                      }),
              HasError(ErrorCode::kAborted));
  EXPECT_EQ(visited, 1);
  EXPECT_THAT(
      tx->tables().ForEachRow({.name = "person", .columns = {"nope"}},
                              [](std::span<const Cell>) { return OkStatus(); }),
      HasError(ErrorCode::kInvalidArgument));
}

TEST_P(TablesConformanceTest, InsertRefusesWhatDoesNotFitNamingIt) {
  auto tx = Write();
  TableStore& tables = tx->tables();
  const auto insert = [&](const char* table, std::vector<std::string> columns,
                          std::vector<Cell> cells) {
    return tables.Insert(table, columns, cells);
  };
  EXPECT_THAT(insert("nope", {"id"}, {Cell(int64_t{1})}),
              HasError(ErrorCode::kInvalidArgument, HasSubstr("nope")));
  EXPECT_THAT(insert("person", {"shoe_size"}, {Cell(int64_t{1})}),
              HasError(ErrorCode::kInvalidArgument, HasSubstr("shoe_size")));
  EXPECT_THAT(
      insert("person", {"id", "id"}, {Cell(int64_t{1}), Cell(int64_t{2})}),
      HasError(ErrorCode::kInvalidArgument, HasSubstr("twice")));
  EXPECT_THAT(insert("person", {"id", "display_name", "created_at"},
                     {Cell("one"), Cell("Anna"), Cell(int64_t{1})}),
              HasError(ErrorCode::kInvalidArgument, HasSubstr("integer")));
  EXPECT_THAT(insert("person", {"id", "display_name", "created_at"},
                     {Cell(int64_t{1}), Cell(int64_t{7}), Cell(int64_t{1})}),
              HasError(ErrorCode::kInvalidArgument, HasSubstr("text")));
  EXPECT_THAT(
      insert("person", {"id", "display_name", "created_at"},
             {Cell(int64_t{1}), Cell(std::string("\xff")), Cell(int64_t{1})}),
      HasError(ErrorCode::kInvalidArgument, HasSubstr("UTF-8")));
  // The table's own rules: a display name is never empty.
  EXPECT_THAT(
      insert("person", {"id", "display_name", "created_at", "updated_at"},
             {Cell(int64_t{1}), Cell(""), Cell(int64_t{1}), Cell(int64_t{1})}),
      HasError(ErrorCode::kFailedPrecondition));
}

TEST_P(TablesConformanceTest, ReferencesAreCheckedOnceAtTheEnd) {
  {
    auto tx = Write();
    TableStore& tables = tx->tables();
    // The attendee first, the event and the person it names after it.
    const std::vector<std::string> attendee = {"event_id", "person_id"};
    ASSERT_THAT(tables.Insert("event_attendee", attendee,
                              std::vector<Cell>{int64_t{4}, int64_t{9}}),
                IsOk());
    ASSERT_THAT(
        tables.Insert("event",
                      Strings({"id", "title", "starts_at", "duration_minutes"}),
                      std::vector<Cell>{int64_t{4}, "Stammtisch", int64_t{100},
                                        int64_t{60}}),
        IsOk());
    ASSERT_THAT(tables.Insert(
                    "person",
                    Strings({"id", "display_name", "created_at", "updated_at"}),
                    std::vector<Cell>{int64_t{9}, "Zebulon Quast", int64_t{100},
                                      int64_t{100}}),
                IsOk());
    ASSERT_THAT(tables.FinishInserts(), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  {
    // The search index was rebuilt from the rows.
    auto tx = Read();
    auto found = tx->people().Search("zebulon", {});
    ASSERT_THAT(found, IsOk());
    EXPECT_THAT(found->items, ElementsAre(PersonId(9)));
  }
  auto tx = Write();
  ASSERT_THAT(
      tx->tables().Insert("event_attendee", Strings({"event_id", "person_id"}),
                          std::vector<Cell>{int64_t{4}, int64_t{10}}),
      IsOk());
  EXPECT_THAT(
      tx->tables().FinishInserts(),
      HasError(ErrorCode::kFailedPrecondition,
               AllOf(HasSubstr("event_attendee"), HasSubstr("person_id"))));
}

TEST_P(TablesConformanceTest, AnAccountComesBackWithoutAUsablePassword) {
  auto tx = Write();
  ASSERT_THAT(tx->tables().Insert(
                  "account", Strings({"id", "username", "created_at"}),
                  std::vector<Cell>{int64_t{1}, "sabine", int64_t{100}}),
              IsOk());
  ASSERT_THAT(tx->tables().FinishInserts(), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const core::Account account,
                              tx->accounts().FindByUsername("sabine"));
  EXPECT_EQ(account.password_hash, "");
  EXPECT_EQ(account.created_at, Timestamp::FromUnixSeconds(100));
}

TEST_P(TablesConformanceTest, ReferencesToAPersonAndMovingThem) {
  {
    auto tx = Read();
    KNOTEN_ASSERT_OK_AND_ASSIGN(const std::vector<Reference> references,
                                tx->tables().ReferencesTo("person"));
    std::vector<std::string> names;
    names.reserve(references.size());
    for (const Reference& r : references) {
      names.push_back(r.table + "." + r.column);
    }
    EXPECT_THAT(names, Contains("offer.person_id"));
    EXPECT_THAT(names, Contains("need.on_behalf_of_id"));
    EXPECT_THAT(names, Contains("introduction.person_b"));
    EXPECT_THAT(names, Not(Contains("person.first_met_event_id")));
  }
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  core::Offer offer;
  offer.person_id = ben;
  offer.title = "Webdesign";
  offer.lang = core::Lang::kDe;
  KNOTEN_ASSERT_OK_AND_ASSIGN(const OfferId id, tx->offers().Create(offer));
  // Kept vCard properties are merged as values by the caller.
  ASSERT_THAT(tx->people().SetKeptVCard(ben, {"BDAY:1990-01-02"}), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto moved,
                              tx->people().MoveReferences(ben, anna));
  EXPECT_THAT(moved, ElementsAre(std::pair<std::string, int64_t>{"offer", 1}));
  KNOTEN_ASSERT_OK_AND_ASSIGN(const core::Offer got, tx->offers().Get(id));
  EXPECT_EQ(got.person_id, anna);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto bens, tx->people().KeptVCard(ben));
  EXPECT_THAT(bens, ElementsAre("BDAY:1990-01-02"));
  // The search sees the offer under its new owner.
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto found,
                              tx->people().Search("webdesign", {}));
  EXPECT_THAT(found.items, ElementsAre(anna));
  EXPECT_THAT(tx->people().MoveReferences(anna, anna),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(tx->people().MoveReferences(PersonId(999), anna),
              HasError(ErrorCode::kNotFound));
}

INSTANTIATE_TEST_SUITE_P(Backends, TablesConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
