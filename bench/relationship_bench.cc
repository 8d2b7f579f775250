// Relationship figures (issue #5) at scale, beside a plain-SQLite baseline
// in the same run:
//   BenchTrustOfEveryone   trust for every person (app/trust.h): one pass
//                          over all encounters, ledger entries,
//                          introductions, promises and follow-ups;
//   BenchKeepInTouch       the keep_in_touch section of today (the same
//                          pass plus the rhythm rule);
//   BenchBalanceOverall    the give-and-take balance over all entries;
//   BenchPersonPage        one person's page (ShowPerson: records,
//                          timeline, balance and trust), people in turn;
//   BenchFiguresOfEveryone trust, balance, keeping in touch and client fit
//                          of every person (app/relationships.h);
//   BenchNetworkReport     the evaluation of every network over the last
//                          year, expertise fit included (app/network_report.h);
//   BenchAllFigures        both of the above, one after the other: the
//                          issue's "all of them" (target 2 s), with the
//                          matching index kept between calls and built
//                          before the first measurement;
//   BenchAllFiguresAfterAChange  the same after one need changed;
//   BenchAllFiguresIndexAnew     the same with the index built anew in
//                          every call (one CLI command);
//   BenchSqliteHistoryRows the baseline: SQLite alone reading the rows the
//                          trust pass reads (the same columns), no knoten
//                          layer in between.
// KNOTEN_BENCH_DB names a database to reuse (seeded on the first run);
// otherwise one of KNOTEN_BENCH_PEOPLE people (default 100000) is seeded in
// a scratch folder.
// The clock is fixed so that runs compare; figures in docs/benchmarks.md.

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include "knoten/app/balance.h"
#include "knoten/app/context.h"
#include "knoten/app/database.h"
#include "knoten/app/demo.h"
#include "knoten/app/keep_in_touch.h"
#include "knoten/app/match_eval.h"
#include "knoten/app/match_index.h"
#include "knoten/app/network_report.h"
#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/app/relationships.h"
#include "knoten/app/trust.h"
#include "knoten/base/clock.h"

#include "bench/bench_support.h"

namespace knoten::bench {
namespace {

// The database: KNOTEN_BENCH_DB (seeded here first if it does not exist,
// and kept for the next run), or a freshly seeded one removed at exit.
const std::string& Database() {
  static const std::string path = [] {
    // Read while the benchmark runs single-threaded.
    // NOLINTNEXTLINE(concurrency-mt-unsafe)
    const char* kept = std::getenv("KNOTEN_BENCH_DB");
    if (kept != nullptr && std::filesystem::exists(kept)) {
      return std::string(kept);
    }
    std::string p = kept != nullptr ? std::string(kept)
                                    : (ScratchDir() / "seeded.db").string();
    auto store = OrDie(app::OpenDatabase(p, /*create_parent=*/false));
    app::Context ctx{*store, BenchClock()};
    OrDie(app::SeedDemo(ctx, {.people = PeopleCount()}));
    return p;
  }();
  return path;
}

// The store the knoten benchmarks share, opened once and read as the server
// reads it (through SQLite's page cache, decision 0007).
app::Context& Ctx() {
  static auto store = OrDie(app::OpenDatabase(
      Database(), /*create_parent=*/false, app::DatabaseReads::kPageCache));
  static app::Context ctx{*store, BenchClock()};
  return ctx;
}

void BenchTrustOfEveryone(benchmark::State& state) {
  app::Context& ctx = Ctx();
  size_t people = 0;
  for (auto _ : state) {
    auto all = OrDie(app::InRead(ctx, [&](store::Transaction& tx) {
      return app::TrustOfEveryone(tx, ctx.clock.Now());
    }));
    people = all.size();
    benchmark::DoNotOptimize(all);
  }
  state.counters["people"] = static_cast<double>(people);
}

void BenchKeepInTouch(benchmark::State& state) {
  app::Context& ctx = Ctx();
  for (auto _ : state) {
    auto list = OrDie(app::InRead(ctx, [&](store::Transaction& tx) {
      return app::KeepInTouchList(tx, ctx.clock.Now());
    }));
    benchmark::DoNotOptimize(list);
  }
}

void BenchBalanceOverall(benchmark::State& state) {
  app::Context& ctx = Ctx();
  for (auto _ : state) {
    auto balance = OrDie(app::LedgerBalance(ctx, {}));
    benchmark::DoNotOptimize(balance);
  }
}

void BenchPersonPage(benchmark::State& state) {
  app::Context& ctx = Ctx();
  const auto people =
      static_cast<int64_t>(OrDie(app::InRead(ctx, [](store::Transaction& tx) {
                             return tx.people().List({}, {.limit = 0});
                           })).total);
  int64_t id = 1;
  for (auto _ : state) {
    auto page = OrDie(app::ShowPerson(ctx, PersonId(id)));
    benchmark::DoNotOptimize(page);
    id = id % people + 7919;  // a prime stride across the whole table
    if (id > people) id = id % people + 1;
  }
}

// The system's word lists, loaded once before the first measurement (the
// issue's "matching index already built"); with them the fit is the one
// the user sees.
app::LexiconSource Words() {
  static const std::unique_ptr<app::MatchLexicon> lexicon =
      OrDie(app::LoadMatchLexicon());
  return [view = lexicon->view()]() -> Result<match::Lexicon> { return view; };
}

// The matching index the figures keep between calls (app/match_index.h),
// built before the first measurement of a benchmark that uses it: the
// issue's "matching index already built".
app::MatchIndex& KeptIndex() {
  static app::MatchIndex index(Words());
  return index;
}

void BenchFiguresOfEveryone(benchmark::State& state) {
  app::Context& ctx = Ctx();
  app::MatchIndex& index = KeptIndex();
  size_t people = OrDie(app::FiguresOfEveryone(ctx, index)).size();
  for (auto _ : state) {
    auto all = OrDie(app::FiguresOfEveryone(ctx, index));
    people = all.size();
    benchmark::DoNotOptimize(all);
  }
  state.counters["people"] = static_cast<double>(people);
}

void BenchNetworkReport(benchmark::State& state) {
  app::Context& ctx = Ctx();
  app::MatchIndex& index = KeptIndex();
  size_t networks = OrDie(app::ReportNetworks(ctx, {}, index)).items.size();
  for (auto _ : state) {
    auto reports = OrDie(app::ReportNetworks(ctx, {}, index));
    networks = reports.items.size();
    benchmark::DoNotOptimize(reports);
  }
  state.counters["networks"] = static_cast<double>(networks);
}

void AllFigures(app::Context& ctx, app::MatchIndex& index) {
  auto all = OrDie(app::FiguresOfEveryone(ctx, index));
  auto reports = OrDie(app::ReportNetworks(ctx, {}, index));
  benchmark::DoNotOptimize(all);
  benchmark::DoNotOptimize(reports);
}

void BenchAllFigures(benchmark::State& state) {
  app::Context& ctx = Ctx();
  app::MatchIndex& index = KeptIndex();
  AllFigures(ctx, index);
  for (auto _ : state) AllFigures(ctx, index);
}

// The same after one contact's need changed its text (the change itself is
// not timed): the kept index reads the active offers and needs again and
// works out that one need's fit anew. What the server does after a write.
void BenchAllFiguresAfterAChange(benchmark::State& state) {
  app::Context& ctx = Ctx();
  app::MatchIndex& index = KeptIndex();
  AllFigures(ctx, index);
  const core::Need need = OrDie(app::GetNeed(ctx, NeedId(2)));
  bool changed = false;
  for (auto _ : state) {
    state.PauseTiming();
    changed = !changed;
    OrDie(app::EditNeed(ctx, need.id, [&](core::Need& n) {
      n.text = need.text + (changed ? " Gern auch kurzfristig." : "");
      return OkStatus();
    }));
    state.ResumeTiming();
    AllFigures(ctx, index);
  }
  if (changed) {
    OrDie(app::EditNeed(ctx, need.id, [&](core::Need& n) {
      n.text = need.text;
      return OkStatus();
    }));
  }
}

// Both with an index of their own, built anew in every call: what one CLI
// command (`knoten relationships`, `knoten network report`) does.
void BenchAllFiguresIndexAnew(benchmark::State& state) {
  app::Context& ctx = Ctx();
  const app::LexiconSource words = Words();
  double kept_mib = 0;
  for (auto _ : state) {
    const double before = HeapInUseMiB();
    app::MatchIndex index(words);
    AllFigures(ctx, index);
    kept_mib = HeapInUseMiB() - before;  // what the index holds
  }
  state.counters["kept_mib"] = kept_mib;
}

// SQLite alone: the rows and columns TrustOfEveryone reads.
void BenchSqliteHistoryRows(benchmark::State& state) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(Database().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
      SQLITE_OK) {
    std::fprintf(stderr, "bench: %s\n", sqlite3_errmsg(db));
    std::abort();
  }
  sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456",
               nullptr, nullptr, nullptr);
  const std::array<const char*, 6> queries = {
      "SELECT id, display_name, first_met_at, created_at FROM person "
      "WHERE archived = 0",
      "SELECT e.id, e.occurred_at, e.kind, p.person_id FROM encounter e "
      "JOIN encounter_person p ON p.encounter_id = e.id",
      "SELECT person_id, direction, kind, occurred_at FROM ledger_entry",
      "SELECT person_a, person_b, status, created_at FROM introduction",
      "SELECT promisor_id, promisee_id, status, due_at, created_at "
      "FROM promise",
      "SELECT person_id, status, due_at FROM follow_up",
  };
  int64_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    int64_t sum = 0;
    for (const char* sql : queries) {
      sqlite3_stmt* stmt = nullptr;
      if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench: %s\n", sqlite3_errmsg(db));
        std::abort();
      }
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
          sum += sqlite3_column_type(stmt, i) == SQLITE_TEXT
                     ? sqlite3_column_bytes(stmt, i)
                     : sqlite3_column_int64(stmt, i);
        }
      }
      sqlite3_finalize(stmt);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.counters["rows"] = static_cast<double>(rows);
  sqlite3_close(db);
}

BENCHMARK(BenchTrustOfEveryone)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchSqliteHistoryRows)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5);
BENCHMARK(BenchKeepInTouch)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchBalanceOverall)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchPersonPage)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchFiguresOfEveryone)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5);
BENCHMARK(BenchNetworkReport)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchAllFigures)->Unit(benchmark::kMillisecond)->Repetitions(5);
BENCHMARK(BenchAllFiguresAfterAChange)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5);
BENCHMARK(BenchAllFiguresIndexAnew)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5);

}  // namespace
}  // namespace knoten::bench

BENCHMARK_MAIN();
