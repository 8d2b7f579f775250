// Importing contact files into an in-memory store: created, merged,
// unchanged and skipped contacts, the same file twice, the dry run.

#include "knoten/app/import_contacts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/people.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

constexpr std::string_view kTwoCards =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna\r\nFN:Anna Berg\r\n"
    "EMAIL:anna@berg.example\r\nTEL:+49 40 5551234\r\nORG:Berg Design\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kaya;Deniz\r\nTEL;CELL:0170 9876543\r\n"
    "EMAIL:broken-address\r\nEND:VCARD\r\n";

class ImportContactsTest : public AppFixture {
 protected:
  // Imports `text` as the one file "contacts.vcf".
  Result<ImportedFile> Import(std::string_view text,
                              const ImportOptions& options = {}) {
    auto report = ImportContacts(
        ctx_, {{.name = "contacts.vcf", .bytes = std::string(text)}}, options);
    if (!report) return report.error();
    EXPECT_EQ(report->dry_run, options.dry_run);
    if (report->files.size() != 1) return InternalError("not one file");
    return std::move(report->files[0]);
  }
  int64_t PeopleCount() {
    auto page = ListPeople(ctx_, {.include_archived = true}, {});
    EXPECT_THAT(page, IsOk());
    return page ? page->total : -1;
  }
};

TEST_F(ImportContactsTest, CreatesEachContactWithWhatWasLeftOut) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile report, Import(kTwoCards));
  EXPECT_EQ(report.format, "vcard");
  EXPECT_EQ(report.counts.created, 2);
  ASSERT_THAT(report.contacts, SizeIs(2));
  EXPECT_EQ(report.contacts[0].name, "Anna Berg");
  EXPECT_EQ(report.contacts[0].line, 1);
  EXPECT_EQ(report.contacts[1].name, "Deniz Kaya");
  EXPECT_EQ(report.contacts[1].line, 9);
  ASSERT_THAT(report.contacts[1].remarks, SizeIs(1));
  EXPECT_THAT(report.contacts[1].remarks[0], HasSubstr("line 13"));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person anna,
                              GetPerson(ctx_, *report.contacts[0].person_id));
  EXPECT_EQ(anna.organisation, "Berg Design");
  EXPECT_THAT(anna.emails, ElementsAre("anna@berg.example"));
  EXPECT_EQ(PeopleCount(), 2);
}

TEST_F(ImportContactsTest, TheSameFileTwiceCreatesNothingNew) {
  ASSERT_THAT(Import(kTwoCards), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile again, Import(kTwoCards));
  EXPECT_EQ(again.counts.created, 0);
  EXPECT_EQ(again.counts.merged, 0);
  EXPECT_EQ(again.counts.unchanged, 2);
  EXPECT_EQ(PeopleCount(), 2);
}

TEST_F(ImportContactsTest, MergesByEmailPhoneOrNameAndOverwritesNothing) {
  core::Person anna;
  anna.display_name = "Anna B.";
  anna.emails = {"ANNA@berg.example"};
  anna.role = "Designerin";
  KNOTEN_ASSERT_OK_AND_ASSIGN(anna, AddPerson(ctx_, anna));
  core::Person deniz;
  deniz.display_name = "D. Kaya";
  deniz.phones = {"+49 170 9876543"};  // the card's "0170 9876543"
  KNOTEN_ASSERT_OK_AND_ASSIGN(deniz, AddPerson(ctx_, deniz));
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile report, Import(kTwoCards));
  EXPECT_EQ(report.counts.merged, 2);
  EXPECT_EQ(report.counts.created, 0);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person merged, GetPerson(ctx_, anna.id));
  EXPECT_EQ(merged.display_name, "Anna B.");      // kept
  EXPECT_EQ(merged.role, "Designerin");           // kept
  EXPECT_EQ(merged.organisation, "Berg Design");  // filled in
  EXPECT_THAT(merged.emails, ElementsAre("ANNA@berg.example"));
  EXPECT_THAT(merged.phones, ElementsAre("+49 40 5551234"));
  EXPECT_EQ(PeopleCount(), 2);
}

TEST_F(ImportContactsTest, DoesNotMergeNamesakesWithOtherAddresses) {
  core::Person other;
  other.display_name = "Anna Berg";
  other.emails = {"anna@elsewhere.example"};
  ASSERT_THAT(AddPerson(ctx_, other), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile report, Import(kTwoCards));
  EXPECT_EQ(report.counts.created, 2);
  EXPECT_EQ(PeopleCount(), 3);
}

TEST_F(ImportContactsTest, ANamesakeIsTheContactUnlessTheirAddressesDiffer) {
  const auto add = [&](const char* name, std::vector<std::string> phones) {
    core::Person p;
    p.display_name = name;
    p.phones = std::move(phones);
    ASSERT_THAT(AddPerson(ctx_, p), IsOk());
  };
  add("Carl Weiss", {"555-12"});  // too short for the index of number ends
  add("Dora Lind", {});
  add("Emil Kern", {"+49 30 1111111"});
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedFile report,
      Import("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carl Weiss\r\n"
             "TEL:555 12\r\nORG:Weiss GmbH\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dora Lind\r\n"
             "EMAIL:dora@lind.example\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Emil Kern\r\n"
             "TEL:+49 30 2222222\r\nEND:VCARD\r\n"));
  EXPECT_EQ(report.counts.merged, 2);   // Carl (the same short number), Dora
  EXPECT_EQ(report.counts.created, 1);  // Emil: another number
  EXPECT_EQ(PeopleCount(), 4);
}

TEST_F(ImportContactsTest, ASharedNumberMergesOnlyWhenTheNamesFit) {
  const auto add = [&](const char* name, const char* phone) {
    core::Person p;
    p.display_name = name;
    p.phones = {phone};
    auto added = AddPerson(ctx_, p);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : PersonId(0);
  };
  const PersonId dieter = add("Dieter Deutsch", "089 123456");
  const PersonId anna = add("Anna Schmidt", "+49 30 1234567");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedFile report,
      Import("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Other\r\n"
             "TEL:123456\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ben Schmidt\r\n"
             "TEL:030 1234567\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\n"
             "TEL:030 1234567\r\nORG:Schmidt PR\r\nEND:VCARD\r\n"));
  ASSERT_THAT(report.contacts, SizeIs(3));
  // Another name: the office's number, not the same person.
  EXPECT_EQ(report.contacts[0].outcome, ImportOutcome::kCreated);
  EXPECT_NE(report.contacts[0].person_id, dieter);
  EXPECT_EQ(report.contacts[1].outcome, ImportOutcome::kCreated);
  // Her first name only, as a phone's address book has it.
  EXPECT_EQ(report.contacts[2].outcome, ImportOutcome::kMerged);
  EXPECT_EQ(report.contacts[2].person_id, anna);
  EXPECT_EQ(PeopleCount(), 4);
}

TEST_F(ImportContactsTest, AContactGoesToTheFirstFittingNamesake) {
  // Namesakes with and without an address, in this order.
  const auto add = [&](std::vector<std::string> emails) {
    core::Person p;
    p.display_name = "Jana Roth";
    p.emails = std::move(emails);
    auto id = AddPerson(ctx_, p);
    EXPECT_THAT(id, IsOk());
    return id ? id->id.value() : 0;
  };
  const int64_t with_address = add({"jana@roth.example"});
  const int64_t without = add({});
  const int64_t later_with_address = add({"jana@other.example"});
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedFile report,
      Import("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jana Roth\r\n"
             "ORG:Roth Text\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jana Roth\r\n"
             "EMAIL:jana@third.example\r\nEND:VCARD\r\n"));
  ASSERT_THAT(report.contacts, SizeIs(2));
  // Without an address: the first namesake, who has one.
  EXPECT_EQ(report.contacts[0].person_id, PersonId(with_address));
  // With a new address: the one namesake without any.
  EXPECT_EQ(report.contacts[1].person_id, PersonId(without));
  EXPECT_NE(report.contacts[1].person_id, PersonId(later_with_address));
  EXPECT_EQ(PeopleCount(), 3);
}

TEST_F(ImportContactsTest, ADryRunReportsButWritesNothing) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile report,
                              Import(kTwoCards, {.dry_run = true}));
  EXPECT_EQ(report.counts.created, 2);
  EXPECT_FALSE(report.contacts[0].person_id.has_value());
  EXPECT_EQ(PeopleCount(), 0);
}

TEST_F(ImportContactsTest, SkipsCardsWithoutAPersonAndRefusesOtherFiles) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedFile report,
      Import("BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\njunk\n"));
  EXPECT_EQ(report.counts.skipped, 1);
  EXPECT_THAT(report.contacts[0].remarks[0], HasSubstr("line 1"));
  EXPECT_THAT(report.problems, ElementsAre(HasSubstr("line 5")));
  EXPECT_THAT(Import("Dear Anna,\nthanks for the call.\n"),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_EQ(PeopleCount(), 0);
}

TEST_F(ImportContactsTest, ImportsNothingWhenOneOfTheFilesIsRefused) {
  auto report = ImportContacts(
      ctx_,
      {{.name = "good.vcf", .bytes = std::string(kTwoCards)},
       {.name = "bad.vcf",
        .bytes = "BEGIN:VCARD\nN:x\nPHOTO;ENCODING=BASE64:a:b\nEND:VCARD\n"}});
  ASSERT_FALSE(report);
  EXPECT_THAT(report.error().message, HasSubstr("bad.vcf: line 3"));
  EXPECT_EQ(PeopleCount(), 0);
}

TEST_F(ImportContactsTest, KeepsWhatThePersonHasNoFieldForForTheExport) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paola Rossi\r\n"
      "EMAIL:paola@example.org\r\nBDAY:1985-04-12\r\n"
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4A==\r\nEND:VCARD\r\n";
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile first, Import(card));
  EXPECT_EQ(first.counts.created, 1);
  const PersonId paola = *first.contacts[0].person_id;
  const auto kept = [&]() -> std::vector<std::string> {
    auto tx = store_->Begin(store::TransactionMode::kRead);
    if (!tx) return {};
    return (*tx)->people().KeptVCard(paola).value_or(
        std::vector<std::string>{});
  };
  EXPECT_THAT(kept(), ElementsAre("BDAY:1985-04-12",
                                  "PHOTO:data:image/jpeg;base64,/9j/4A=="));

  // The same file again changes nothing; a card with one more property
  // adds it, once.
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile again, Import(card));
  EXPECT_EQ(again.counts.unchanged, 1);
  const std::string more =
      "BEGIN:VCARD\nVERSION:4.0\nFN:Paola Rossi\nEMAIL:paola@example.org\n"
      "BDAY:1985-04-12\nX-MASTODON:@paola@example.social\nEND:VCARD\n";
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedFile merged, Import(more));
  EXPECT_EQ(merged.counts.merged, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(merged, Import(more));
  EXPECT_EQ(merged.counts.unchanged, 1);
  EXPECT_THAT(kept(), ElementsAre("BDAY:1985-04-12",
                                  "PHOTO:data:image/jpeg;base64,/9j/4A==",
                                  "X-MASTODON:@paola@example.social"));
}

TEST_F(ImportContactsTest, PhotosCanBeLeftOut) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedFile report,
      Import("BEGIN:VCARD\nVERSION:4.0\nFN:Ben\nBDAY:2000-01-01\n"
             "PHOTO:data:image/png;base64,iVBORw0KGgo=\nEND:VCARD\n",
             {.keep_photos = false}));
  auto tx = store_->Begin(store::TransactionMode::kRead);
  ASSERT_THAT(tx, IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const auto kept,
      (*tx)->people().KeptVCard(*report.contacts[0].person_id));
  EXPECT_THAT(kept, ElementsAre("BDAY:2000-01-01"));
}

}  // namespace
}  // namespace knoten::app
