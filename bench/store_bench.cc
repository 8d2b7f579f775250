// Store benchmarks (issue #2, milestone A3), each beside a plain-SQLite
// baseline in the same run:
//   BenchSeed*        generate and store the demo network at scale, in
//                     rows/s, against inserting the very same rows with
//                     prepared statements (RowSnapshot::InsertInto);
//   BenchPersonList*  `knoten person list --json` over all people, against
//                     SQLite building the same JSON itself;
//   BenchSearch*      `knoten person list --search WORD --json`, against the
//                     same FTS5 query with SQLite building the JSON.
// The size comes from KNOTEN_BENCH_PEOPLE (default 100000); see
// docs/benchmarks.md for the commands and figures.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "knoten/app/context.h"
#include "knoten/app/database.h"
#include "knoten/app/demo.h"
#include "knoten/base/clock.h"
#include "knoten/cli/cli.h"

#include "bench/bench_support.h"
#include "bench/sqlite_baseline.h"

namespace knoten::bench {
namespace {

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + suffix);
  }
}

// Seeds the demo network into a fresh database at `path`; returns seconds.
double SeedKnoten(const std::string& path) {
  RemoveDatabase(path);
  auto store = OrDie(app::OpenDatabase(path, /*create_parent=*/false));
  app::Context ctx{*store, BenchClock()};
  const auto start = std::chrono::steady_clock::now();
  OrDie(app::SeedDemo(ctx, {.people = PeopleCount()}));
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

// The seeded database the read benchmarks share, and its rows.
const std::string& SeededDatabase() {
  static const std::string path = [] {
    std::string p = (ScratchDir() / "seeded.db").string();
    SeedKnoten(p);
    return p;
  }();
  return path;
}

const RowSnapshot& Snapshot() {
  static const RowSnapshot snapshot = RowSnapshot::Read(SeededDatabase());
  return snapshot;
}

// An empty database with knoten's schema.
std::string EmptySchemaDatabase(const std::string& name) {
  std::string path = (ScratchDir() / name).string();
  RemoveDatabase(path);
  OrDie(app::OpenDatabase(path, /*create_parent=*/false));
  return path;
}

void ReportRows(benchmark::State& state, double seconds) {
  const auto rows = static_cast<double>(Snapshot().rows());
  state.counters["rows"] = rows;
  state.counters["rows_per_s"] = rows / seconds;
}

void BenchSeedKnoten(benchmark::State& state) {
  Snapshot();  // seeds the shared database first, which also warms the disk
  const std::string path = (ScratchDir() / "seed-knoten.db").string();
  for (auto _ : state) {
    const double seconds = SeedKnoten(path);
    state.SetIterationTime(seconds);
    ReportRows(state, seconds);
  }
}

void BenchSeedSqliteBaseline(benchmark::State& state) {
  const RowSnapshot& snapshot = Snapshot();
  for (auto _ : state) {
    const std::string path = EmptySchemaDatabase("seed-sqlite.db");
    const auto start = std::chrono::steady_clock::now();
    snapshot.InsertInto(path);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    state.SetIterationTime(seconds);
    ReportRows(state, seconds);
  }
}

// Counts what is written and throws it away, like `> /dev/null`.
class NullBuffer final : public std::streambuf {
 public:
  int64_t bytes() const { return bytes_; }

 protected:
  int overflow(int c) override {
    ++bytes_;
    return c;
  }
  std::streamsize xsputn(const char* /*s*/, std::streamsize n) override {
    bytes_ += n;
    return n;
  }

 private:
  int64_t bytes_ = 0;
};

// Runs the knoten CLI in-process on the seeded database.
void RunKnoten(benchmark::State& state, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", SeededDatabase()});
  NullBuffer out_buffer;
  NullBuffer err_buffer;
  std::ostream out(&out_buffer);
  std::ostream err(&err_buffer);
  for (auto _ : state) {
    cli::CliEnvironment env{
        .out = out, .err = err, .clock = BenchClock(), .lang = "C"};
    const int code = cli::RunCli(args, env);
    if (code != 0) state.SkipWithError("knoten failed");
  }
  state.counters["bytes"] = static_cast<double>(out_buffer.bytes()) /
                            static_cast<double>(state.iterations());
}

void BenchPersonListKnoten(benchmark::State& state) {
  RunKnoten(state, {"person", "list", "--json"});
}

void BenchPersonListSqliteJson(benchmark::State& state) {
  SeededDatabase();
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = SqlitePeopleJson(SeededDatabase()).size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}

// Searches: a person by given and family name (the everyday case; 58 of
// 100k demo people match), a family name alone (about one person in 40), a
// profession word (about one in 9), and a word that matches no one.
const std::vector<std::string>& SearchWords() {
  static const std::vector<std::string> words = {"priya nowak", "nowak",
                                                 "steuer", "zyxwvut"};
  return words;
}

// The FTS5 query knoten's store makes of `words`: every word as a prefix.
std::string FtsQuery(const std::string& words) {
  std::string query;
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    if (end > start) {
      if (!query.empty()) query += ' ';
      query += "\"" + words.substr(start, end - start) + "\"*";
    }
    start = end + 1;
  }
  return query;
}

void BenchSearchKnoten(benchmark::State& state) {
  const std::string& word = SearchWords()[static_cast<size_t>(state.range(0))];
  state.SetLabel(word);
  RunKnoten(state, {"person", "list", "--search", word, "--json"});
}

void BenchSearchSqliteJson(benchmark::State& state) {
  const std::string& word = SearchWords()[static_cast<size_t>(state.range(0))];
  state.SetLabel(word);
  SeededDatabase();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        SqliteSearchJson(SeededDatabase(), FtsQuery(word)));
  }
}

BENCHMARK(BenchSeedKnoten)
    ->Iterations(1)
    ->Repetitions(3)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);
BENCHMARK(BenchSeedSqliteBaseline)
    ->Iterations(1)
    ->Repetitions(3)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);
BENCHMARK(BenchPersonListKnoten)
    ->Iterations(1)
    ->Repetitions(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BenchPersonListSqliteJson)
    ->Iterations(1)
    ->Repetitions(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BenchSearchKnoten)
    ->DenseRange(0, 3)
    ->Repetitions(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BenchSearchSqliteJson)
    ->DenseRange(0, 3)
    ->Repetitions(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace knoten::bench

BENCHMARK_MAIN();
