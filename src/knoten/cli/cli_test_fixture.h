// The fixture of the CLI's end-to-end tests: runs `knoten` in-process
// against a database in a temporary folder, with a fake clock and small
// word lists, and seeds a little network.

#ifndef KNOTEN_CLI_CLI_TEST_FIXTURE_H_
#define KNOTEN_CLI_CLI_TEST_FIXTURE_H_

#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "knoten/app/match_eval.h"
#include "knoten/cli/cli.h"

#include "testing/fake_clock.h"
#include "testing/temp_dir.h"

namespace knoten::cli {

using Json = nlohmann::json;

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
  Json json() const { return Json::parse(out); }
};

class CliTest : public ::testing::Test {
 protected:
  // Word lists for matching, written for these tests (the system's take
  // seconds to load).
  const app::MatchLexicon lexicon_{
      .dictionary =
          match::Dictionary::FromDing("Webdesign {n} :: web design\n"),
  };

  Outcome Run(std::vector<std::string> args, const std::string& lang = "",
              size_t held_json_bytes = size_t{8} << 20U) {
    std::ostringstream out;
    std::ostringstream err;
    std::istringstream in(stdin_);
    CliEnvironment env{.out = out,
                       .err = err,
                       .clock = clock_,
                       .in = &in,
                       .lang = lang,
                       .xdg_data_home = dir_.File("xdg"),
                       .home = dir_.File("home"),
                       .terminal = terminal_,
                       .held_json_bytes = held_json_bytes,
                       .match_lexicon = &lexicon_,
                       .serve = serve_};
    args.insert(args.begin(), {"--db", db_});
    const int code = RunCli(args, env);
    return {code, out.str(), err.str()};
  }

  // Adds two people, a network, an event, an encounter, ledger entries, an
  // introduction, a promise and a follow-up.
  void Seed() {
    ASSERT_EQ(
        Run({"person", "add", "Anna Müller", "--email", "anna@example.org"})
            .code,
        0);
    ASSERT_EQ(Run({"person", "add", "Ben Okafor"}).code, 0);
    ASSERT_EQ(Run({"network", "add", "--name", "IHK"}).code, 0);
    ASSERT_EQ(
        Run({"event", "add", "--title", "Stammtisch", "--at", "2026-03-01"})
            .code,
        0);
    ASSERT_EQ(Run({"meet", "--with", "1", "--event", "1"}).code, 0);
    ASSERT_EQ(Run({"give", "tip", "--to", "1"}).code, 0);
    ASSERT_EQ(Run({"intro", "add", "1", "2"}).code, 0);
    ASSERT_EQ(Run({"promise", "add", "--to", "1", "--text", "Link"}).code, 0);
    ASSERT_EQ(Run({"followup", "add", "2", "--due", "2026-03-06"}).code, 0);
    ASSERT_EQ(Run({"offer", "add", "--title", "Pressearbeit"}).code, 0);
    ASSERT_EQ(
        Run({"need", "add", "--title", "Webdesign", "--person", "2"}).code, 0);
  }

  // Everything in the database, as the CLI lists it.
  std::string Snapshot() {
    std::string all;
    for (const std::vector<std::string>& list :
         std::vector<std::vector<std::string>>{
             {"person", "list", "--archived"},
             {"offer", "list"},
             {"need", "list"},
             {"network", "list"},
             {"network", "members", "1"},
             {"event", "list"},
             {"encounter", "list"},
             {"ledger", "list"},
             {"intro", "list"},
             {"promise", "list"},
             {"followup", "list", "--status", "all"}}) {
      std::vector<std::string> args = list;
      args.emplace_back("--json");
      all += Run(args).out;
    }
    return all;
  }

  void ExpectRejected(const std::vector<std::string>& args, int code) {
    SCOPED_TRACE(::testing::PrintToString(args));
    const std::string before = Snapshot();
    const Outcome o = Run(args);
    EXPECT_EQ(o.code, code) << o.err;
    EXPECT_FALSE(o.err.empty());
    EXPECT_EQ(o.err.find('\n'), o.err.size() - 1) << "one line: " << o.err;
    EXPECT_EQ(Snapshot(), before);
  }

  ServeFunction serve_;    // `knoten serve`; null unless a test sets it
  std::string stdin_;      // what the command reads from standard input
  bool terminal_ = false;  // whether the CLI may draw progress bars
  TempDir dir_;
  std::string db_ = dir_.File("knoten.db");
  FakeClock clock_{*ParseIsoTimestamp("2026-03-05T10:00")};
};

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_CLI_TEST_FIXTURE_H_
