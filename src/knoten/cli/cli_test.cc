// The CLI end to end, in-process: conventions (global flags anywhere, JSON
// envelope, error shape, exit codes) and bad input for every command family,
// which must leave the database exactly as it was.

#include "knoten/cli/cli.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "knoten/app/match_eval.h"
#include "knoten/cli/cli_test_fixture.h"
#include "knoten/cli/exit_codes.h"

#include "testing/fake_clock.h"
#include "testing/temp_dir.h"

namespace knoten::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST_F(CliTest, GlobalFlagsBeforeOrAfterTheCommand) {
  ASSERT_EQ(Run({"person", "add", "Anna"}).code, 0);
  const Outcome before = Run({"--json", "person", "list"});
  const Outcome after = Run({"person", "list", "--json"});
  ASSERT_EQ(before.code, 0);
  EXPECT_EQ(before.out, after.out);
  const Json list = before.json();
  EXPECT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["display_name"], "Anna");
  EXPECT_TRUE(before.err.empty());
}

TEST_F(CliTest, ListsAreCompleteUnlessPaged) {
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(Run({"person", "add", "P" + std::to_string(i)}).code, 0);
  }
  EXPECT_EQ(Run({"person", "list", "--json"}).json()["items"].size(), 5U);
  const Json page =
      Run({"person", "list", "--json", "--limit", "2", "--offset", "1"}).json();
  EXPECT_EQ(page["items"].size(), 2U);
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["items"][0]["display_name"], "P1");
}

TEST_F(CliTest, StreamedListsPrintTheSameDocument) {
  ASSERT_EQ(Run({"demo"}).code, 0);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"person", "list", "--json"},
        {"person", "list", "--json", "--limit", "7", "--offset", "3"},
        {"person", "list", "--json", "--archived"},
        {"person", "list", "--json", "--search", "pr"},
        {"ledger", "list", "--json"}}) {
    const Outcome held = Run(args);
    const Outcome streamed = Run(args, "", /*held_json_bytes=*/1);
    ASSERT_EQ(held.code, 0);
    EXPECT_EQ(streamed.code, 0);
    EXPECT_EQ(streamed.out, held.out) << args.back();
    EXPECT_GT(held.json()["items"].size(), 0U) << args.back();
  }
}

TEST_F(CliTest, ErrorsHaveOneSentenceAndAJsonShape) {
  const Outcome o = Run({"person", "show", "42", "--json"});
  EXPECT_EQ(o.code, kExitNotFound);
  const Json doc = o.json();
  EXPECT_EQ(doc["error"]["code"], "not_found");
  EXPECT_THAT(doc["error"]["message"].get<std::string>(),
              HasSubstr("person 42"));
  EXPECT_THAT(o.err, HasSubstr("person 42 does not exist"));
}

TEST_F(CliTest, ReflectionChecklistAnsweredAndBackedByData) {
  Seed();  // one tip given in the last twelve months, nothing received
  const Outcome answered =
      Run({"me", "reflect", "ready_to_give", "partly", "--note", "mehr Tipps"});
  ASSERT_EQ(answered.code, 0) << answered.err;
  EXPECT_THAT(answered.out, HasSubstr("You are ready to give yourself."));
  EXPECT_THAT(answered.out, HasSubstr("Your answer: partly (mehr Tipps)"));
  EXPECT_THAT(answered.out, HasSubstr("you gave 1 time and received 0 times."));
  const Json list = Run({"me", "reflection", "--json"}).json();
  ASSERT_EQ(list["total"], 10);
  EXPECT_EQ(list["items"][0]["item"], "ready_to_give");
  EXPECT_EQ(list["items"][0]["answer"], "partly");
  EXPECT_EQ(list["items"][0]["evidence"]["facts"]["given"], 1);
  EXPECT_EQ(list["items"][1]["answer"], nullptr);
  EXPECT_EQ(list["items"][1]["evidence"]["facts"]["broken_promises"], 0);
  EXPECT_EQ(list["items"][8]["evidence"], nullptr);  // which network: not yet
  const Outcome german = Run({"me", "reflection"}, "de");
  EXPECT_THAT(german.out, HasSubstr("Du bist bereit, selbst zu geben."));
  EXPECT_THAT(german.out, HasSubstr("gegeben (12 Monate) 1"));
  EXPECT_EQ(Run({"me", "reflect", "ready", "yes"}).code, kExitInvalid);
  EXPECT_EQ(Run({"me", "reflect", "small_talk", "maybe"}).code, kExitInvalid);
}

TEST_F(CliTest, UsageErrors) {
  EXPECT_EQ(Run({"frobnicate"}).code, kExitUsage);
  EXPECT_EQ(Run({"person", "list", "--frobnicate"}).code, kExitUsage);
  EXPECT_EQ(Run({"person"}).code, kExitUsage);
  EXPECT_EQ(Run({}).code, kExitUsage);
  const Outcome json = Run({"frobnicate", "--json"});
  EXPECT_EQ(json.json()["error"]["code"], "usage");
}

TEST_F(CliTest, HelpInBothLanguages) {
  const Outcome en = Run({"help"});
  EXPECT_EQ(en.code, 0);
  EXPECT_THAT(en.out, HasSubstr("person"));
  const Outcome de = Run({"help", "person", "add"}, "de_DE.UTF-8");
  EXPECT_EQ(de.code, 0);
  EXPECT_THAT(de.out, HasSubstr("Beispiel"));
  EXPECT_THAT(Run({"--lang", "de", "person", "--help"}).out,
              HasSubstr("Kontakt"));
  EXPECT_EQ(Run({"help", "nonsense"}).code, kExitUsage);
}

TEST_F(CliTest, TodayJsonHasAllSections) {
  Seed();
  const Json today = Run({"today", "--json"}).json();
  for (const char* section : {"followups_due", "promises_due", "keep_in_touch",
                              "suggestions", "nudges"}) {
    EXPECT_TRUE(today[section].is_array()) << section;
  }
  EXPECT_EQ(today["followups_due"].size(), 0U);  // due tomorrow
  clock_.Advance(kSecondsPerDay);
  EXPECT_EQ(Run({"today", "--json"}).json()["followups_due"].size(), 1U);
  // Afterwards knoten asks whether it happened, and how to answer.
  EXPECT_THAT(Run({"today"}).out,
              HasSubstr("Did it happen? knoten followup done"));
  ASSERT_EQ(Run({"followup", "done", "1"}).code, 0);
  EXPECT_EQ(Run({"today", "--json"}).json()["followups_due"].size(), 0U);
  EXPECT_THAT(Run({"today"}).out, Not(HasSubstr("Did it happen?")));
}

TEST_F(CliTest, MatchSuggestsWithReasons) {
  ASSERT_EQ(Run({"person", "add", "Anna Müller"}).code, 0);
  ASSERT_EQ(Run({"offer", "add", "--title", "Webdesign für das Handwerk",
                 "--person", "1", "--lang", "de"})
                .code,
            0);
  ASSERT_EQ(Run({"need", "add", "--title", "Web design", "--lang", "en"}).code,
            0);
  const Outcome match = Run({"match", "--json"});
  ASSERT_EQ(match.code, 0) << match.err;
  const Json found = match.json();
  ASSERT_EQ(found["for_my_needs"].size(), 1U);
  const Json& m = found["for_my_needs"][0];
  EXPECT_EQ(m["offer_person_name"], "Anna Müller");
  EXPECT_EQ(m["need_title"], "Web design");
  ASSERT_FALSE(m["why"].empty());
  EXPECT_EQ(m["why"][0]["kind"], "translation");
  for (const char* section :
       {"reciprocal", "chances_to_help", "introductions"}) {
    EXPECT_TRUE(found[section].empty()) << section;
  }
  const Outcome text = Run({"match"}, "de_DE.UTF-8");
  EXPECT_THAT(text.out, HasSubstr("Wer bietet, was du brauchst"));
  EXPECT_THAT(text.out, HasSubstr("Übersetzung"));
  const Json today = Run({"today", "--json"}).json();
  ASSERT_EQ(today["suggestions"].size(), 1U);
  EXPECT_EQ(today["suggestions"][0]["section"], "for_my_needs");
}

TEST_F(CliTest, MadeIntroductionAddsTwoLedgerEntries) {
  Seed();
  const Json made =
      Run({"intro", "edit", "1", "--status", "made", "--json"}).json();
  EXPECT_EQ(made["status"], "made");
  EXPECT_EQ(made["ledger_entries"].size(), 2U);
  EXPECT_EQ(Run({"ledger", "list", "--json"}).json()["total"], 3);
  ExpectRejected({"intro", "edit", "1", "--status", "declined"}, kExitConflict);
}

TEST_F(CliTest, PersonShowHasTimeline) {
  Seed();
  const Json anna = Run({"person", "show", "1", "--json"}).json();
  EXPECT_EQ(anna["display_name"], "Anna Müller");
  EXPECT_GE(anna["timeline"].size(), 3U);
}

TEST_F(CliTest, BadInputPeopleOffersNeeds) {
  Seed();
  ExpectRejected({"person", "show", "99"}, kExitNotFound);
  ExpectRejected({"person", "edit", "99", "--city", "Köln"}, kExitNotFound);
  ExpectRejected({"person", "delete", "99"}, kExitNotFound);
  ExpectRejected({"person", "archive", "99"}, kExitNotFound);
  ExpectRejected({"person", "add", "--org", "ACME"}, kExitInvalid);
  ExpectRejected({"person", "add", "X", "--email", "nope"}, kExitInvalid);
  ExpectRejected({"person", "add", "X", "--met-at", "2026-02-30"},
                 kExitInvalid);
  ExpectRejected({"person", "add", "X", "--language", "xx"}, kExitInvalid);
  ExpectRejected({"person", "edit", "1", "--met-event", "99"}, kExitNotFound);
  ExpectRejected({"person", "show", "abc"}, kExitInvalid);
  ExpectRejected({"offer", "add"}, kExitInvalid);
  ExpectRejected({"offer", "add", "--title", "X", "--person", "99"},
                 kExitNotFound);
  ExpectRejected({"offer", "add", "--title", "X", "--text-lang", "fr"},
                 kExitInvalid);
  ExpectRejected({"offer", "edit", "99", "--title", "X"}, kExitNotFound);
  ExpectRejected({"need", "add", "--title", "X", "--for", "me"}, kExitInvalid);
  ExpectRejected({"need", "delete", "99"}, kExitNotFound);
  ExpectRejected({"me", "edit", "--language", "xx", "--name", "S"},
                 kExitInvalid);
}

TEST_F(CliTest, BadInputNetworksEventsEncounters) {
  Seed();
  ExpectRejected({"network", "add", "--name", "X", "--kind", "club"},
                 kExitInvalid);
  ExpectRejected({"network", "add", "--name", "X", "--fee", "-5"},
                 kExitInvalid);
  ExpectRejected({"network", "add", "--name", "X", "--fee", "zehn"},
                 kExitInvalid);
  ExpectRejected({"network", "show", "99"}, kExitNotFound);
  ExpectRejected({"network", "join", "99"}, kExitNotFound);
  ASSERT_EQ(Run({"network", "join", "1"}).code, 0);
  ExpectRejected({"network", "join", "1"}, kExitConflict);
  ExpectRejected({"event", "add", "--title", "X", "--at", "soon"},
                 kExitInvalid);
  ExpectRejected(
      {"event", "add", "--title", "X", "--at", "2026-03-01", "--minutes", "-5"},
      kExitInvalid);
  ExpectRejected({"event", "add", "--title", "X", "--at", "2026-03-01",
                  "--attendee", "99"},
                 kExitNotFound);
  ExpectRejected({"event", "edit", "99", "--title", "Y"}, kExitNotFound);
  ExpectRejected({"meet"}, kExitInvalid);
  ExpectRejected({"meet", "--with", "99"}, kExitNotFound);
  ExpectRejected({"meet", "--new", "Jana", "--event", "99"}, kExitNotFound);
  ExpectRejected({"meet", "--with", "1", "--kind", "party"}, kExitInvalid);
  ExpectRejected({"encounter", "delete", "99"}, kExitNotFound);
}

TEST_F(CliTest, BadInputLedgerIntrosPromisesFollowUps) {
  Seed();
  ExpectRejected({"give", "bribe", "--to", "1"}, kExitInvalid);
  ExpectRejected({"give", "tip", "--to", "99"}, kExitNotFound);
  ExpectRejected({"give", "tip"}, kExitInvalid);
  ExpectRejected({"take", "tip", "--from", "1", "--value", "100"},
                 kExitInvalid);
  ExpectRejected({"take", "referral", "--from", "1", "--status", "maybe"},
                 kExitInvalid);
  ExpectRejected({"ledger", "show", "99"}, kExitNotFound);
  ExpectRejected({"intro", "add", "1", "1"}, kExitInvalid);
  ExpectRejected({"intro", "add", "1", "99"}, kExitNotFound);
  ExpectRejected({"intro", "edit", "1", "--status", "sideways"}, kExitInvalid);
  ASSERT_EQ(Run({"intro", "edit", "1", "--status", "asked"}).code, 0);
  ExpectRejected({"intro", "edit", "1", "--status", "proposed"}, kExitConflict);
  ExpectRejected({"promise", "add", "--to", "me", "--text", "X"}, kExitInvalid);
  ExpectRejected(
      {"promise", "add", "--to", "1", "--text", "X", "--due", "31.12."},
      kExitInvalid);
  ExpectRejected({"promise", "keep", "99"}, kExitNotFound);
  ExpectRejected({"followup", "add", "1", "--due", "later"}, kExitInvalid);
  ExpectRejected({"followup", "add", "1"}, kExitInvalid);
  ExpectRejected({"followup", "add", "99", "--due", "today"}, kExitNotFound);
  ExpectRejected({"followup", "add", "1", "--due", "today", "--kind", "lunch"},
                 kExitInvalid);
  ASSERT_EQ(Run({"followup", "done", "1"}).code, 0);
  ExpectRejected({"followup", "cancel", "1"}, kExitConflict);
  ExpectRejected({"followup", "done", "1"}, kExitConflict);
}

TEST_F(CliTest, UnusableDatabasesExitWithSix) {
  {
    std::ofstream garbage(db_);
    garbage << std::string(4096, 'x');
  }
  const Outcome o = Run({"person", "list"});
  EXPECT_EQ(o.code, kExitUnavailable);
  EXPECT_THAT(o.err, HasSubstr("not a usable knoten database"));
  db_ = dir_.path().string();  // a directory
  EXPECT_EQ(Run({"person", "list"}).code, kExitUnavailable);
}

TEST_F(CliTest, InitCreatesTheOwnerAccountFromStdin) {
  EXPECT_EQ(Run({"init"}).code, 0);
  EXPECT_EQ(Run({"init", "--user", "sabine"}).code, 3);
  const Outcome empty = Run({"init", "--password-stdin"});
  EXPECT_EQ(empty.code, 3);
  EXPECT_NE(empty.err.find("standard input"), std::string::npos);
  stdin_ = "short\n";
  EXPECT_EQ(Run({"init", "--password-stdin"}).code, 3);

  stdin_ = "correct horse battery\r\n";
  const Outcome made =
      Run({"init", "--user", "Sabine", "--password-stdin", "--json"});
  ASSERT_EQ(made.code, 0) << made.err;
  EXPECT_EQ(made.json()["account"]["username"], "sabine");
  EXPECT_EQ(made.json()["database"], db_);
  EXPECT_EQ(made.out.find("correct horse"), std::string::npos);

  const Outcome again = Run({"init", "--password-stdin"});
  EXPECT_EQ(again.code, 5);
  EXPECT_NE(again.err.find("exists"), std::string::npos);
}

TEST_F(CliTest, PasswordSetsOrGeneratesANewOne) {
  EXPECT_EQ(Run({"password", "--user", "demo"}).code, 3);
  EXPECT_EQ(Run({"password", "--user", "demo", "--generate"}).code, 4);
  const Outcome created =
      Run({"password", "--user", "demo", "--generate", "--create", "--json"});
  ASSERT_EQ(created.code, 0) << created.err;
  const std::string first = created.json()["password"];
  EXPECT_EQ(first.size(), 16U);
  const Outcome again = Run({"password", "--user", "demo", "--generate"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(again.out.find(first), std::string::npos);
  EXPECT_NE(again.out.find("demo: "), std::string::npos);

  stdin_ = "staple battery horse\n";
  EXPECT_EQ(Run({"password", "--user", "demo", "--password-stdin"}).code, 0);
  // --create adds no second account.
  EXPECT_EQ(Run({"password", "--user", "other", "--generate", "--create"}).code,
            4);
  EXPECT_EQ(Run({"password", "--generate", "--password-stdin"}).code, 2);
}

TEST_F(CliTest, ServeHandsItsSettingsToTheServer) {
  const Outcome missing = Run({"serve"});
  EXPECT_EQ(missing.code, 6);
  EXPECT_NE(missing.err.find("web server"), std::string::npos);

  ServeSettings seen;
  serve_ = [&seen](const ServeSettings& settings, std::ostream& out,
                   std::ostream&) -> Status {
    seen = settings;
    out << "serving\n";
    if (settings.listen == "bad") {
      return InvalidArgumentError("--listen 'bad' has no port.");
    }
    return OkStatus();
  };
  const Outcome defaults = Run({"serve"});
  EXPECT_EQ(defaults.code, 0) << defaults.err;
  EXPECT_EQ(defaults.out, "serving\n");
  EXPECT_EQ(seen.listen, "127.0.0.1:8080");
  EXPECT_EQ(seen.db_path, db_);
  EXPECT_EQ(seen.assets_dir, "");
  EXPECT_FALSE(seen.behind_tls_proxy);

  EXPECT_EQ(Run({"serve", "--listen", "0.0.0.0:9000", "--assets", "/srv/web",
                 "--behind-tls-proxy"})
                .code,
            0);
  EXPECT_EQ(seen.listen, "0.0.0.0:9000");
  EXPECT_EQ(seen.assets_dir, "/srv/web");
  EXPECT_TRUE(seen.behind_tls_proxy);

  const Outcome bad = Run({"serve", "--listen", "bad"});
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("--listen 'bad'"), std::string::npos);
}

TEST_F(CliTest, DemoAndToday) {
  const Outcome demo = Run({"demo", "--json"});
  ASSERT_EQ(demo.code, 0) << demo.err;
  EXPECT_EQ(demo.json()["people"], 60);
  EXPECT_EQ(Run({"demo"}).code, kExitConflict);  // never on a non-empty db
  const Outcome today = Run({"today"}, "de_DE.UTF-8");
  EXPECT_EQ(today.code, 0);
  EXPECT_THAT(today.out, HasSubstr("Heute"));
}

}  // namespace
}  // namespace knoten::cli
