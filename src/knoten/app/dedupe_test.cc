// Duplicates: the pairs found and why, and the merge, which must move every
// row that refers to the removed person. The merge test walks every column
// of the schema that refers to a person (TableStore::ReferencesTo), so a
// table added later fails it until its fixture row is added here.

#include "knoten/app/dedupe.h"

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/people.h"

#include "testing/app_fixture.h"

namespace knoten::app {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

class DedupeTest : public AppFixture {
 protected:
  PersonId Add(const std::string& name, std::vector<std::string> emails = {},
               std::vector<std::string> phones = {}) {
    core::Person p;
    p.display_name = name;
    p.emails = std::move(emails);
    p.phones = std::move(phones);
    auto added = AddPerson(ctx_, p);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : PersonId();
  }

  // The rows of `table` whose `column` holds `id`.
  int64_t Referring(const std::string& table, const std::string& column,
                    PersonId id) {
    auto tx = store_->Begin(store::TransactionMode::kRead);
    EXPECT_THAT(tx, IsOk());
    int64_t count = 0;
    EXPECT_THAT(
        (*tx)->tables().ForEachRow({.name = table, .columns = {column}},
                                   [&](std::span<const store::Cell> row) {
                                     if (row[0] == store::Cell(id.value()))
                                       ++count;
                                     return OkStatus();
                                   }),
        IsOk());
    return count;
  }
};

TEST_F(DedupeTest, FindsPairsByEmailPhoneAndNameSayingWhy) {
  const PersonId anna = Add("Anna Berg", {"anna@berg.example"});
  const PersonId a_b = Add("A. B.", {"ANNA@berg.example"});
  const PersonId ben = Add("Ben Okafor", {}, {"+49 30 1234567"});
  const PersonId benjamin = Add("Benjamin O.", {}, {"030 1234567"});
  const PersonId carla = Add("Carla Müller");
  const PersonId mueller = Add("mueller, carla");
  const PersonId elodie = Add("Élodie Dupont");
  const PersonId dupont = Add("dupont elodie");
  Add("Dora Lind", {"dora@lind.example"}, {"+49 40 7654321"});
  // Six namesakes: a common name, not a sign.
  for (int i = 0; i < 6; ++i) Add("Max Schmidt");
  // The same name, but other addresses: still a candidate, by name.
  const PersonId eva1 = Add("Eva Roth", {"eva@one.example"});
  const PersonId eva2 = Add("Eva Roth", {"eva@two.example"});

  KNOTEN_ASSERT_OK_AND_ASSIGN(const std::vector<DuplicateCandidate> found,
                              FindDuplicates(ctx_));
  std::vector<
      std::pair<std::pair<PersonId, PersonId>, std::vector<DuplicateReason>>>
      pairs;
  for (const DuplicateCandidate& c : found) {
    EXPECT_LT(c.a.id.value(), c.b.id.value());
    pairs.push_back({{c.a.id, c.b.id}, c.reasons});
  }
  using R = DuplicateReason;
  EXPECT_THAT(
      pairs, UnorderedElementsAre(
                 std::pair{std::pair{anna, a_b}, std::vector<R>{R::kEmail}},
                 std::pair{std::pair{ben, benjamin}, std::vector<R>{R::kPhone}},
                 std::pair{std::pair{carla, mueller}, std::vector<R>{R::kName}},
                 std::pair{std::pair{elodie, dupont}, std::vector<R>{R::kName}},
                 std::pair{std::pair{eva1, eva2}, std::vector<R>{R::kName}}));
}

TEST_F(DedupeTest, MergeMovesEveryRowThatReferredToTheRemovedPerson) {
  using Cells = std::initializer_list<std::pair<const char*, store::Cell>>;
  {
    auto tx = store_->Begin(store::TransactionMode::kWrite);
    ASSERT_THAT(tx, IsOk());
    store::TableStore& tables = (*tx)->tables();
    const auto row = [&](const char* table, Cells cells) {
      std::vector<std::string> columns;
      std::vector<store::Cell> values;
      for (const auto& [column, value] : cells) {
        columns.emplace_back(column);
        values.push_back(value);
      }
      ASSERT_THAT(tables.Insert(table, columns, values), IsOk()) << table;
    };
    const int64_t keep = 1;
    const int64_t drop = 2;
    const int64_t third = 3;
    for (const auto& [id, name] :
         {std::pair{keep, "Anna Berg"}, std::pair{drop, "Anna B."},
          std::pair{third, "Ben Okafor"}}) {
      row("person", {{"id", id},
                     {"display_name", name},
                     {"notes", std::string("notes of ") + name},
                     {"created_at", int64_t{100} - id},
                     {"updated_at", int64_t{100}}});
    }
    row("person_channel", {{"person_id", keep},
                           {"kind", "email"},
                           {"position", int64_t{0}},
                           {"value", "a@a.example"}});
    row("person_channel", {{"person_id", drop},
                           {"kind", "email"},
                           {"position", int64_t{0}},
                           {"value", "a@b.example"}});
    row("person_tag",
        {{"person_id", drop}, {"position", int64_t{0}}, {"tag", "kunde"}});
    row("person_vcard", {{"person_id", keep}, {"kept", "NICKNAME:Anni"}});
    row("person_vcard",
        {{"person_id", drop}, {"kept", "NICKNAME:Anni\nBDAY:1990-01-02"}});
    row("network", {{"id", int64_t{1}},
                    {"name", "IHK"},
                    {"kind", "chamber"},
                    {"cadence", "monthly"},
                    {"created_at", int64_t{1}}});
    row("network", {{"id", int64_t{2}},
                    {"name", "BNI"},
                    {"kind", "referral_group"},
                    {"cadence", "weekly"},
                    {"created_at", int64_t{1}}});
    // Both are members of IHK (that one goes), only `drop` of BNI (moves).
    row("membership", {{"network_id", int64_t{1}}, {"person_id", keep}});
    row("membership", {{"network_id", int64_t{1}}, {"person_id", drop}});
    row("membership", {{"network_id", int64_t{2}}, {"person_id", drop}});
    row("event", {{"id", int64_t{1}},
                  {"title", "Stammtisch"},
                  {"starts_at", int64_t{1}},
                  {"duration_minutes", int64_t{60}}});
    row("event_attendee", {{"event_id", int64_t{1}}, {"person_id", drop}});
    row("offer", {{"person_id", drop},
                  {"title", "Webdesign"},
                  {"lang", "de"},
                  {"created_at", int64_t{1}}});
    row("need", {{"person_id", drop},
                 {"title", "Steuer"},
                 {"lang", "de"},
                 {"on_behalf_of_id", third},
                 {"created_at", int64_t{1}}});
    row("need", {{"person_id", third},
                 {"title", "Logo"},
                 {"lang", "de"},
                 {"on_behalf_of_id", drop},
                 {"created_at", int64_t{1}}});
    row("encounter", {{"id", int64_t{1}},
                      {"occurred_at", int64_t{1}},
                      {"kind", "one_on_one"}});
    row("encounter_person",
        {{"encounter_id", int64_t{1}}, {"person_id", drop}});
    row("introduction", {{"person_a", drop},
                         {"person_b", third},
                         {"status", "made"},
                         {"created_at", int64_t{1}}});
    row("introduction", {{"person_a", third},
                         {"person_b", drop},
                         {"status", "proposed"},
                         {"created_at", int64_t{1}}});
    // Introduced to each other: meaningless once they are one; it goes.
    row("introduction", {{"person_a", keep},
                         {"person_b", drop},
                         {"status", "proposed"},
                         {"created_at", int64_t{1}}});
    row("ledger_entry", {{"occurred_at", int64_t{1}},
                         {"direction", "given"},
                         {"kind", "tip"},
                         {"person_id", drop}});
    row("promise", {{"promisor_id", drop},
                    {"text", "Link"},
                    {"status", "open"},
                    {"created_at", int64_t{1}}});
    row("promise", {{"promisee_id", drop},
                    {"text", "Kontakt"},
                    {"status", "open"},
                    {"created_at", int64_t{1}}});
    row("follow_up", {{"person_id", drop},
                      {"kind", "call"},
                      {"due_at", int64_t{1}},
                      {"status", "open"},
                      {"created_at", int64_t{1}}});
    row("judgement", {{"person_id", drop},
                      {"factor", "competence"},
                      {"value", 0.8},
                      {"judged_at", int64_t{1}}});
    row("pitch", {{"person_id", drop},
                  {"about", "Webdesign"},
                  {"pitched_at", int64_t{1}}});
    ASSERT_THAT(tables.FinishInserts(), IsOk());
    ASSERT_THAT((*tx)->Commit(), IsOk());
  }
  const PersonId keep(1);
  const PersonId drop(2);

  std::vector<store::Reference> references;
  {
    auto tx = store_->Begin(store::TransactionMode::kRead);
    ASSERT_THAT(tx, IsOk());
    KNOTEN_ASSERT_OK_AND_ASSIGN(references,
                                (*tx)->tables().ReferencesTo("person"));
  }
  ASSERT_GE(references.size(), 16U);  // as of schema 6
  // Before: what refers to `keep` and to `drop`, per column.
  std::vector<std::pair<int64_t, int64_t>> before;
  for (const store::Reference& r : references) {
    // The fixture covers every reference to a person in the schema.
    EXPECT_GT(Referring(r.table, r.column, drop), 0)
        << r.table << "." << r.column << " refers to a person: add a row "
        << "referring to the removed one to this test.";
    before.emplace_back(Referring(r.table, r.column, keep),
                        Referring(r.table, r.column, drop));
  }

  KNOTEN_ASSERT_OK_AND_ASSIGN(const MergedPeople merged,
                              MergePeople(ctx_, keep, drop));
  EXPECT_EQ(merged.removed, drop);
  EXPECT_THAT(merged.person.emails, ElementsAre("a@a.example", "a@b.example"));
  EXPECT_THAT(merged.person.tags, ElementsAre("kunde"));
  EXPECT_EQ(merged.person.notes, "notes of Anna Berg\n\nnotes of Anna B.");
  EXPECT_EQ(merged.person.created_at, Timestamp::FromUnixSeconds(98));
  EXPECT_THAT(GetPerson(ctx_, drop), HasError(ErrorCode::kNotFound));
  {
    auto tx = store_->Begin(store::TransactionMode::kRead);
    ASSERT_THAT(tx, IsOk());
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto kept,
                                (*tx)->people().KeptVCard(keep));
    EXPECT_THAT(kept, ElementsAre("NICKNAME:Anni", "BDAY:1990-01-02"));
  }

  // After: everything of `drop` refers to `keep`, but for the rows the
  // fixture made to go: the second IHK membership, and the introduction of
  // the two to each other (which `keep` loses as person_a too).
  const std::map<std::string, int64_t> gone = {{"membership.person_id", 1},
                                               {"introduction.person_a", 1},
                                               {"introduction.person_b", 1}};
  for (size_t i = 0; i < references.size(); ++i) {
    const store::Reference& r = references[i];
    const std::string name = r.table + "." + r.column;
    EXPECT_EQ(Referring(r.table, r.column, drop), 0)
        << name << " still refers to the removed person";
    if (r.table == "person_channel" || r.table == "person_tag" ||
        r.table == "person_vcard") {
      continue;  // merged as values, see above
    }
    const auto lost = gone.find(name);
    EXPECT_EQ(Referring(r.table, r.column, keep),
              before[i].first + before[i].second -
                  (lost == gone.end() ? 0 : lost->second))
        << name;
  }
  EXPECT_THAT(merged.moved, Not(IsEmpty()));
}

TEST_F(DedupeTest, ANeedOnBehalfOfTheRemovedPersonBecomesTheKeptOnesOwn) {
  const PersonId anna = Add("Anna Berg");
  const PersonId also_anna = Add("Anna B.");
  core::Need need;
  need.person_id = anna;
  need.on_behalf_of = also_anna;
  need.title = "Logo";
  need.lang = core::Lang::kDe;
  KNOTEN_ASSERT_OK_AND_ASSIGN(const core::Need added, AddNeed(ctx_, need));
  ASSERT_THAT(MergePeople(ctx_, anna, also_anna), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const core::Need merged, GetNeed(ctx_, added.id));
  EXPECT_EQ(merged.person_id, anna);
  EXPECT_FALSE(merged.on_behalf_of.has_value());
}

TEST_F(DedupeTest, MergeRefusesTheSamePersonAndUnknownIds) {
  const PersonId anna = Add("Anna Berg");
  EXPECT_THAT(MergePeople(ctx_, anna, anna),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(MergePeople(ctx_, anna, PersonId(99)),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(MergePeople(ctx_, PersonId(99), anna),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(GetPerson(ctx_, anna), IsOk());
}

}  // namespace
}  // namespace knoten::app
