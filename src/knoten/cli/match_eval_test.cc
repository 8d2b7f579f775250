// `knoten match-eval` on the shared match-dev set: its figures must be the
// ones ../shared/tools/matchmetrics.py computes from the run it writes.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "knoten/base/time.h"
#include "knoten/cli/cli.h"

#include "testing/fake_clock.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace knoten::cli {
namespace {

std::string Capture(const std::string& command) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"),
                                             pclose);
  if (!pipe) return out;
  char buffer[256];  // NOLINT(modernize-avoid-c-arrays)
  while (fgets(buffer, sizeof buffer, pipe.get()) != nullptr) out += buffer;
  return out;
}

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome RunKnoten(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  FakeClock clock(Timestamp::FromUnixSeconds(1'790'000'000));
  CliEnvironment env{.out = out, .err = err, .clock = clock};
  const int code = RunCli(args, env);
  return {code, out.str(), err.str()};
}

TEST(MatchEvalTest, AgreesWithTheReferenceMetricsScript) {
  const std::string dataset = SharedDataDir() + "/data/match-dev";
  const std::string script = SharedDataDir() + "/tools/matchmetrics.py";
  if (!std::filesystem::exists(dataset + "/qrels.tsv")) {
    if (InCi()) FAIL() << "shared data missing under CI: " << dataset;
    GTEST_SKIP() << "shared data not found at " << dataset
                 << " (set KNOTEN_SHARED_DIR)";
  }
  TempDir dir;
  const std::string run = dir.File("run.txt");
  const Outcome ours = RunKnoten({"match-eval", dataset, "--run", run});
  ASSERT_EQ(ours.code, 0) << ours.err;
  const std::string reference = Capture("python3 '" + script + "' '" + dataset +
                                        "/qrels.tsv' '" + run + "' 2>&1");
  EXPECT_EQ(ours.out, reference);
  EXPECT_NE(ours.out.find("needs="), std::string::npos);
}

TEST(MatchEvalTest, NamesTheFileLineAndProblem) {
  TempDir dir;
  {
    std::ofstream items(dir.File("items.jsonl"));
    items << R"({"id":"o1","kind":"offer","owner":"a","lang":"de","text":"x"})"
          << "\n{not json}\n";
    std::ofstream qrels(dir.File("qrels.tsv"));
    qrels << "n1\to1\t2\n";
  }
  const Outcome bad = RunKnoten({"match-eval", dir.path().string()});
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("items.jsonl line 2"), std::string::npos) << bad.err;

  const Outcome missing = RunKnoten({"match-eval", dir.File("nowhere")});
  EXPECT_EQ(missing.code, 3);
  EXPECT_NE(missing.err.find("items.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace knoten::cli
