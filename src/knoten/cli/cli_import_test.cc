// knoten import: text and --json output, the dry run, errors.

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "knoten/cli/cli_test_fixture.h"

namespace knoten::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CliImportTest : public CliTest {
 protected:
  std::string WriteFile(const std::string& name, const std::string& text) {
    std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
};

constexpr std::string_view kCards =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna\r\n"
    "EMAIL:anna@berg.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nEND:VCARD\r\n";

TEST_F(CliImportTest, ADryRunShowsWhatAnImportThenDoes) {
  const std::string file = WriteFile("contacts.vcf", std::string(kCards));
  const Outcome dry = Run({"import", "--dry-run", file});
  ASSERT_EQ(dry.code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("2 created, 0 merged, 0 unchanged"));
  EXPECT_THAT(dry.out, HasSubstr("Anna Berg (line 1)"));
  EXPECT_THAT(dry.out, HasSubstr("Dry run: nothing was stored"));
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 0);

  const Outcome done = Run({"import", file, "--json"});
  ASSERT_EQ(done.code, 0) << done.err;
  const Json report = done.json();
  EXPECT_EQ(report["created"], 2);
  EXPECT_EQ(report["files"][0]["contacts"][1]["name"], "Ben Okafor");
  EXPECT_EQ(report["files"][0]["contacts"][1]["outcome"], "created");
  EXPECT_TRUE(report["files"][0]["contacts"][1]["person_id"].is_number());
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 2);

  const Outcome again = Run({"import", file}, "de_DE.UTF-8");
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("0 neu, 0 ergänzt, 2 unverändert"));
  // The names stand in one column, also after a label with an umlaut.
  EXPECT_THAT(again.out, HasSubstr("\n  unverändert  Anna Berg (Zeile 1)"));
  const Outcome skipped =
      Run({"import", WriteFile("nameless.vcf",
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n")},
          "de_DE.UTF-8");
  ASSERT_EQ(skipped.code, 0) << skipped.err;
  EXPECT_THAT(skipped.out, HasSubstr("\n  übersprungen Karte (Zeile 1)"));
}

TEST_F(CliImportTest, ImportsLinkedInConnections) {
  const std::string file = WriteFile(
      "Connections.csv",
      "Notes:\n\"When exporting your connection data, ...\"\n\n"
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
      "Jana,Nowak,https://www.linkedin.com/in/jana,,Nowak GmbH,CEO,"
      "09 Oct 2024\n");
  const Outcome o = Run({"import", file});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out, HasSubstr("(LinkedIn CSV, UTF-8): 1 created"));
  EXPECT_THAT(o.out, HasSubstr("Jana Nowak (line 5)"));
}

TEST_F(CliImportTest, RefusesWhatItCannotReadSayingWhy) {
  const Outcome missing = Run({"import", dir_.File("nowhere.vcf")});
  EXPECT_NE(missing.code, 0);
  EXPECT_THAT(missing.err, HasSubstr("Cannot read"));
  const Outcome letter =
      Run({"import", WriteFile("letter.txt", "Dear Anna,\nthanks.\n")});
  EXPECT_NE(letter.code, 0);
  EXPECT_THAT(letter.err, HasSubstr("not a vCard file"));
  const Outcome damaged =
      Run({"import", WriteFile("damaged.vcf",
                               "BEGIN:VCARD\nVERSION:2.1\nN:x\n"
                               "PHOTO;ENCODING=BASE64:qg:A==\nEND:VCARD\n")});
  EXPECT_NE(damaged.code, 0);
  EXPECT_THAT(damaged.err, HasSubstr("damaged.vcf: line 4"));
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 0);
}

TEST_F(CliImportTest, ListsTwentyOfAFilesProblemsAndAllWithJson) {
  std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Berg\r\n";
  for (int i = 0; i < 25; ++i) card += "no colon here\r\n";
  card += "END:VCARD\r\n";
  const std::string file = WriteFile("noisy.vcf", card);
  const Outcome text = Run({"import", "--dry-run", file});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("line 23: "));
  EXPECT_THAT(text.out, Not(HasSubstr("line 24: ")));
  EXPECT_THAT(text.out, HasSubstr("… and 5 more (all of them with --json)"));
  const Outcome json = Run({"import", "--dry-run", file, "--json"});
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(json.json()["files"][0]["problems"].size(), 25U);
}

TEST_F(CliImportTest, BacksUpTheDatabaseIntoOneFile) {
  ASSERT_EQ(Run({"person", "add", "Anna Berg"}).code, 0);
  const std::string backup = dir_.File("backup.db");
  const Outcome o = Run({"backup", "-o", backup, "--json"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.json()["file"], backup);
  db_ = backup;  // the backup opens as a database of its own
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 1);
  const Outcome itself = Run({"backup", "-o", backup});
  EXPECT_NE(itself.code, 0);
  EXPECT_THAT(itself.err, HasSubstr("another file"));
  const Outcome folder = Run({"backup", "-o", dir_.path().string()});
  EXPECT_NE(folder.code, 0);
  EXPECT_THAT(folder.err, HasSubstr("is a folder; give the name of a file"));
}

TEST_F(CliImportTest, ExportsWhatImportReadsBack) {
  ASSERT_EQ(Run({"import", WriteFile("in.vcf", std::string(kCards))}).code, 0);
  const Outcome vcards = Run({"export", "--format", "vcard"});
  ASSERT_EQ(vcards.code, 0) << vcards.err;
  EXPECT_THAT(vcards.out, HasSubstr("FN:Anna Berg\r\n"));
  const std::string csv = dir_.File("people.csv");
  const Outcome into = Run({"export", "--format", "csv", "-o", csv});
  ASSERT_EQ(into.code, 0) << into.err;
  EXPECT_THAT(into.out, HasSubstr("Exported 2 people to " + csv));
  // Both read back into a new database give the same two people.
  int fresh = 0;
  for (const std::string& file : {WriteFile("out.vcf", vcards.out), csv}) {
    db_ = dir_.File("fresh-" + std::to_string(++fresh) + ".db");
    const Outcome back = Run({"import", file, "--json"});
    ASSERT_EQ(back.code, 0) << back.err;
    EXPECT_EQ(back.json()["created"], 2);
  }
  EXPECT_NE(Run({"export", "--format", "ical"}).code, 0);
}

// Byte 18 of an SQLite database's header: 1 while it keeps a rollback
// journal, 2 in WAL mode.
int FileFormatWriteVersion(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  in.seekg(18);
  return in.get();
}

TEST_F(CliImportTest, BacksUpEverythingAsJsonAndRestoresIt) {
  Seed();
  const std::string backup = dir_.File("backup.json");
  const Outcome o = Run({"export", "--format", "json", "-o", backup});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out, HasSubstr("Backed up everything (2 people, "));
  const Outcome streamed = Run({"export", "--format", "json"});
  ASSERT_EQ(streamed.code, 0) << streamed.err;
  EXPECT_EQ(Json::parse(streamed.out)["data"]["person"].size(), 2U);

  db_ = dir_.File("restored.db");
  const Outcome restored = Run({"restore", backup, "--json"});
  ASSERT_EQ(restored.code, 0) << restored.err;
  EXPECT_EQ(restored.json()["people"], 2);
  // The restore wrote with a rollback journal; the next open is in WAL mode.
  EXPECT_EQ(FileFormatWriteVersion(db_), 1);
  const Outcome again = Run({"export", "--format", "json"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(FileFormatWriteVersion(db_), 2);
  EXPECT_EQ(again.out, streamed.out);  // the same clock: the same text
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 2);

  const Outcome twice = Run({"restore", backup}, "de");
  EXPECT_NE(twice.code, 0);
  EXPECT_THAT(twice.err, HasSubstr("already holds data"));
  db_ = dir_.File("other.db");
  const Outcome missing = Run({"restore", dir_.File("nope.json")});
  EXPECT_NE(missing.code, 0);
  EXPECT_THAT(missing.err, HasSubstr("Cannot open"));
  const Outcome vcard =
      Run({"restore", WriteFile("in.vcf", std::string(kCards))});
  EXPECT_NE(vcard.code, 0);
  EXPECT_THAT(vcard.err, HasSubstr("not valid JSON"));
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 0);
}

TEST_F(CliImportTest, ExportsEventsFollowUpsAndPromisesAsICalendar) {
  Seed();  // an event, a follow-up and a promise without a due date
  ASSERT_EQ(Run({"promise", "add", "--to", "1", "--text", "Send the deck",
                 "--due", "2026-03-09"})
                .code,
            0);
  const Outcome streamed = Run({"export", "--format", "ics"});
  ASSERT_EQ(streamed.code, 0) << streamed.err;
  EXPECT_THAT(streamed.out, HasSubstr("BEGIN:VCALENDAR\r\n"));
  EXPECT_THAT(streamed.out, HasSubstr("UID:event-1@knoten\r\n"));
  EXPECT_THAT(streamed.out, HasSubstr("SUMMARY:Stammtisch\r\n"));
  EXPECT_THAT(streamed.out, HasSubstr("SUMMARY:Call with Ben Okafor\r\n"));
  EXPECT_THAT(streamed.out,
              HasSubstr("SUMMARY:Promised to Anna Müller: Send the deck\r\n"));
  EXPECT_THAT(streamed.out, HasSubstr("DTSTART;VALUE=DATE:20260309\r\n"));
  // The follow-up was given as a day: all day, not at 01:00 in Berlin.
  EXPECT_THAT(streamed.out, HasSubstr("DTSTART;VALUE=DATE:20260306\r\n"));
  const std::string file = dir_.File("knoten.ics");
  const Outcome into =
      Run({"export", "--format", "ics", "-o", file, "--json"}, "de");
  ASSERT_EQ(into.code, 0) << into.err;
  EXPECT_EQ(into.json()["events"], 1);
  EXPECT_EQ(into.json()["follow_ups"], 1);
  EXPECT_EQ(into.json()["promises"], 1);
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_THAT(text, HasSubstr("SUMMARY:Telefonat mit Ben Okafor\r\n"));
}

TEST_F(CliImportTest, MakesAndEndsACalendarFeed) {
  stdin_ = "a long passphrase";
  ASSERT_EQ(Run({"init", "--user", "sabine", "--password-stdin"}).code, 0);
  EXPECT_NE(Run({"calendar-feed", "create"}).code, 0);  // no account "owner"
  const Outcome made =
      Run({"calendar-feed", "create", "--user", "sabine", "--json"});
  ASSERT_EQ(made.code, 0) << made.err;
  const std::string path = made.json()["path"].get<std::string>();
  EXPECT_EQ(path.rfind("/api/v1/calendar-feed/", 0), 0U);
  EXPECT_EQ(path.size(), std::string("/api/v1/calendar-feed/").size() + 64);
  const Outcome text = Run({"calendar-feed", "create", "--user", "sabine"});
  EXPECT_THAT(text.out, HasSubstr("Calendar feed: /api/v1/calendar-feed/"));
  const Outcome ended = Run({"calendar-feed", "end", "--user", "sabine"});
  ASSERT_EQ(ended.code, 0) << ended.err;
  EXPECT_THAT(ended.out, HasSubstr("The calendar feed is ended."));
}

TEST_F(CliImportTest, FindsDuplicatesAndMergesThem) {
  ASSERT_EQ(
      Run({"person", "add", "Anna Berg", "--email", "anna@berg.example"}).code,
      0);
  ASSERT_EQ(
      Run({"person", "add", "A. B.", "--email", "ANNA@berg.example"}).code, 0);
  ASSERT_EQ(Run({"person", "add", "Ben Okafor"}).code, 0);
  ASSERT_EQ(Run({"give", "tip", "--to", "2"}).code, 0);
  const Outcome found = Run({"person", "dedupe"});
  ASSERT_EQ(found.code, 0) << found.err;
  EXPECT_THAT(found.out, HasSubstr("1 Anna Berg  <->  2 A. B.  (same e-mail)"));
  const Json listed = Run({"person", "dedupe", "--json"}).json();
  EXPECT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0]["reasons"][0], "email");

  const Outcome merged = Run({"person", "merge", "1", "2"});
  ASSERT_EQ(merged.code, 0) << merged.err;
  EXPECT_THAT(merged.out,
              HasSubstr("Merged 2 into 1 (Anna Berg); moved 1 record."));
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 2);
  EXPECT_EQ(Run({"ledger", "list", "--json"}).json()["items"][0]["person_id"],
            1);
  EXPECT_THAT(Run({"person", "dedupe"}).out,
              HasSubstr("No possible duplicates found."));
  EXPECT_NE(Run({"person", "merge", "1", "1"}).code, 0);
  EXPECT_NE(Run({"person", "merge", "1", "2"}).code, 0);  // 2 is gone
}

TEST_F(CliImportTest, ExportsOneVCardFilePerPersonIntoANewFolder) {
  ASSERT_EQ(Run({"import", WriteFile("in.vcf", std::string(kCards))}).code, 0);
  const std::string folder = dir_.File("cards");
  const Outcome o =
      Run({"export", "--format", "vcard", "--one-per-person", "-o", folder});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_THAT(o.out, HasSubstr("Exported 2 people, one vCard file each, into " +
                               folder));
  db_ = dir_.File("fresh.db");
  for (const auto& file : std::filesystem::directory_iterator(folder)) {
    EXPECT_EQ(file.path().extension(), ".vcf");
    EXPECT_EQ(Run({"import", file.path().string()}).code, 0);
  }
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["total"], 2);
  const Outcome again =
      Run({"export", "--format", "vcard", "--one-per-person", "-o", folder});
  EXPECT_NE(again.code, 0);
  EXPECT_THAT(again.err, HasSubstr("exists already"));
  const Outcome csv =
      Run({"export", "--format", "csv", "--one-per-person", "-o", folder});
  EXPECT_NE(csv.code, 0);
  EXPECT_THAT(csv.err, HasSubstr("--format vcard and -o FOLDER"));
}

TEST_F(CliImportTest, DrawsAProgressBarOnlyOnATerminal) {
  std::string cards;
  for (int i = 0; i < 400; ++i) {
    cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) +
             "\r\nEND:VCARD\r\n";
  }
  const std::string file = WriteFile("many.vcf", cards);
  const Outcome piped = Run({"import", "--dry-run", file});
  ASSERT_EQ(piped.code, 0) << piped.err;
  EXPECT_EQ(piped.err, "");
  terminal_ = true;
  const Outcome quiet = Run({"import", "--dry-run", "--quiet", file});
  EXPECT_EQ(quiet.err, "");
  const Outcome shown = Run({"import", file});
  ASSERT_EQ(shown.code, 0) << shown.err;
  EXPECT_THAT(shown.err,
              HasSubstr("Importing  [####################]  400/400\n"));
  const Outcome exported =
      Run({"export", "--format", "csv", "-o", dir_.File("all.csv")});
  ASSERT_EQ(exported.code, 0) << exported.err;
  EXPECT_THAT(exported.err,
              HasSubstr("Exporting  [####################]  400/400\n"));
}

}  // namespace
}  // namespace knoten::cli
