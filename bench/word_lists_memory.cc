// The matching word lists' memory: each list loaded alone, the allocator's
// bytes in use (mallinfo2) before and after, and the time each took.
// Run: build-bench/bench/knoten_word_lists_memory (figures in
// docs/benchmarks.md, "The word lists").

#include <chrono>
#include <cstdio>

#include "knoten/match/analyzer.h"
#include "knoten/match/compounds.h"
#include "knoten/match/dictionary.h"
#include "knoten/match/thesaurus.h"
#include "knoten/match/vocabulary.h"

#include "bench/bench_support.h"

namespace knoten::bench {
namespace {

template <typename Load>
auto Measure(const char* name, Load load) {
  const double before = HeapInUseMiB();
  const auto start = std::chrono::steady_clock::now();
  auto loaded = OrDie(load());
  const std::chrono::duration<double> took =
      std::chrono::steady_clock::now() - start;
  std::printf("%-24s %6.1f MiB  %5.2f s\n", name, HeapInUseMiB() - before,
              took.count());
  return loaded;
}

int Run() {
  const double start = HeapInUseMiB();
  const auto ding = Measure("Ding (trans-de-en)", [] {
    return match::Dictionary::Load(match::Dictionary::kDingPath);
  });
  const auto words = Measure("word list (wngerman)", [] {
    return match::CompoundSplitter::Load(
        match::CompoundSplitter::kWordListPath);
  });
  const auto thesaurus = Measure("OpenThesaurus", [] {
    return match::Thesaurus::Load(match::Thesaurus::kOpenThesaurusPath);
  });
  match::Analyzer analyzer;
  const auto vocabulary = Measure("service vocabulary", [&] {
    return match::Vocabulary::Builtin(analyzer);
  });
  std::printf("%-24s %6.1f MiB\n", "all word lists", HeapInUseMiB() - start);
  return 0;
}

}  // namespace
}  // namespace knoten::bench

int main() { return knoten::bench::Run(); }
