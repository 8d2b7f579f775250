// Matching speed on a synthetic network: index build time and memory for
// 1M offers, single-query latency on one thread, and all-pairs reciprocal
// matching for 100k members on 2 threads; Xapian (BM25 + Snowball, glass
// backend) does the same work on the same texts in the same run.
//
// The texts are synthetic but made of real words: each offer or need names
// one or two services (labels of knoten's service vocabulary, a few
// services common, most rare) and adds words drawn, Zipf-distributed, from
// Debian's word lists (wngerman for German texts, the English side of Ding
// for English ones); 60% are German, and some start with an intent phrase.
//
// Usage: knoten_match_speed [--offers N] [--members N] [--queries N]
//                           [--rounds N] [--threads N] [--min-share S]
//                           [--no-xapian]
// Defaults: 1000000 offers, 100000 members, 3 rounds of 2000 queries (new
// ones each round; the figures are the rounds' medians), 2 threads, and
// reciprocal matches from a share of 0.25 (what suggestions ask for).

#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "knoten/app/match_eval.h"
#include "knoten/match/matcher.h"
#include "knoten/match/reciprocal.h"
#include "knoten/match/vocabulary.h"

#include "bench/bench_support.h"
#include "bench/match_speed_xapian.h"

namespace knoten::bench {
namespace {

using match::Item;
using match::TextLang;
using Clock = std::chrono::steady_clock;

constexpr size_t kTopK = 10;

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "knoten_match_speed: %s\n", message.c_str());
  std::exit(1);  // NOLINT(concurrency-mt-unsafe): single-threaded
}

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) : cumulative_(n) {
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
      sum += 1.0 / std::pow(static_cast<double>(i + 1), s);
      cumulative_[i] = sum;
    }
  }
  size_t operator()(std::mt19937_64& random) const {
    const double x =
        std::uniform_real_distribution<>(0, cumulative_.back())(random);
    return static_cast<size_t>(
        std::lower_bound(cumulative_.begin(), cumulative_.end(), x) -
        cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
};

struct Pool {
  std::vector<std::string> services;  // labels of the service vocabulary
  std::vector<std::string> words;     // general words
  Zipf service_rank;
  Zipf word_rank;

  Pool(std::vector<std::string> s, std::vector<std::string> w)
      : services(std::move(s)),
        words(std::move(w)),
        service_rank(services.size(), 0.9),
        word_rank(words.size(), 1.0) {}
};

// Splits "a | b | c" into its trimmed labels.
void AddLabels(std::string_view field, std::vector<std::string>& out) {
  while (!field.empty()) {
    const size_t bar = field.find('|');
    std::string_view label = field.substr(0, bar);
    while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    if (!label.empty()) out.emplace_back(label);
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
}

// The distinct lower-case words of three or more letters on the English
// side of Ding, sorted.
std::vector<std::string> EnglishWords() {
  std::unordered_set<std::string> english;
  for (const std::string& line : Lines("/usr/share/trans/de-en")) {
    const size_t sep = line.find(" :: ");
    if (line.starts_with("#") || sep == std::string::npos) continue;
    std::string word;
    for (const char c : line.substr(sep + 4)) {
      if (c >= 'a' && c <= 'z') {
        word.push_back(c);
        continue;
      }
      if (word.size() >= 3) english.insert(word);
      word.clear();
    }
    if (word.size() >= 3) english.insert(word);
  }
  std::vector<std::string> words(english.begin(), english.end());
  std::sort(words.begin(), words.end());
  return words;
}

// German and English pools, each shuffled with a fixed seed so that the
// common words are not the alphabetically first.
std::pair<Pool, Pool> MakePools() {
  std::vector<std::string> de_services;
  std::vector<std::string> en_services;
  std::string_view text = match::BuiltinVocabularyText();
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab1 = line.find('\t');
    const size_t tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) {
      continue;
    }
    AddLabels(line.substr(tab1 + 1, tab2 - tab1 - 1), de_services);
    AddLabels(line.substr(tab2 + 1), en_services);
  }
  std::vector<std::string> de_words = Lines("/usr/share/dict/ngerman");
  std::vector<std::string> en_words = EnglishWords();
  std::mt19937_64 random(7);
  for (auto* v : {&de_services, &en_services, &de_words, &en_words}) {
    std::shuffle(v->begin(), v->end(), random);
  }
  return {Pool(std::move(de_services), std::move(de_words)),
          Pool(std::move(en_services), std::move(en_words))};
}

// One synthetic offer or need text.
std::string MakeText(const Pool& pool, TextLang lang, bool is_offer,
                     std::mt19937_64& random) {
  std::string text;
  const bool de = lang == TextLang::kDe;
  if (std::uniform_int_distribution<>(0, 2)(random) == 0) {
    text = is_offer ? (de ? "Ich biete " : "I offer ")
                    : (de ? "Suche " : "Looking for ");
  }
  text += pool.services[pool.service_rank(random)];
  if (std::uniform_int_distribution<>(0, 1)(random) == 0) {
    text += de ? " und " : " and ";
    text += pool.services[pool.service_rank(random)];
  }
  const int words = std::uniform_int_distribution<>(3, 12)(random);
  for (int i = 0; i < words; ++i) {
    text += ' ';
    text += pool.words[pool.word_rank(random)];
  }
  return text;
}

// `count` items; item i belongs to member i % members.
std::vector<Item> MakeItems(const std::pair<Pool, Pool>& pools, size_t count,
                            size_t members, bool is_offer, uint64_t seed) {
  std::mt19937_64 random(seed);
  std::vector<Item> items(count);
  for (size_t i = 0; i < count; ++i) {
    const TextLang lang = std::uniform_int_distribution<>(0, 9)(random) < 6
                              ? TextLang::kDe
                              : TextLang::kEn;
    items[i] = {
        .id = (is_offer ? "o" : "n") + std::to_string(i),
        .is_offer = is_offer,
        .owner = "m" + std::to_string(i % members),
        .lang = lang,
        .text = MakeText(lang == TextLang::kDe ? pools.first : pools.second,
                         lang, is_offer, random)};
  }
  return items;
}

struct Latency {
  double p50_ms = 0;
  double p99_ms = 0;
  double mean_ms = 0;
};

Latency Summarise(std::vector<double> seconds) {
  std::sort(seconds.begin(), seconds.end());
  Latency l;
  if (seconds.empty()) return l;
  auto at = [&](double q) {
    return 1000 *
           seconds[std::min(
               seconds.size() - 1,
               static_cast<size_t>(q * static_cast<double>(seconds.size())))];
  };
  l.p50_ms = at(0.50);
  l.p99_ms = at(0.99);
  double sum = 0;
  for (const double s : seconds) sum += s;
  l.mean_ms = 1000 * sum / static_cast<double>(seconds.size());
  return l;
}

// Per figure, the median over rounds.
Latency Median(const std::vector<Latency>& rounds) {
  Latency m;
  if (rounds.empty()) return m;
  auto median = [&](double Latency::*field) {
    std::vector<double> v;
    v.reserve(rounds.size());
    for (const Latency& l : rounds) v.push_back(l.*field);
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  m.p50_ms = median(&Latency::p50_ms);
  m.p99_ms = median(&Latency::p99_ms);
  m.mean_ms = median(&Latency::mean_ms);
  return m;
}

// Bad input, 3. of the benchmark: a text of `bytes` bytes of one kind,
// put as an offer and asked as a need; returns the seconds both took.
double PutAndFind(const match::Lexicon& lexicon, std::string_view kind,
                  size_t bytes) {
  std::string text;
  std::mt19937_64 random(5);
  while (text.size() < bytes) {
    if (kind == "words") {
      text += "Buchhaltung und Steuerberatung für Handwerksbetriebe ";
    } else if (kind == "garbage") {
      text.push_back(static_cast<char>(random() % 256));
    } else {
      text += "Fotograf*innen 📷 会计 бухгалтерия SEO/SEA ";
    }
  }
  match::Matcher matcher(lexicon);
  matcher.Put({.id = "o", .is_offer = true, .owner = "a", .text = text});
  const auto start = Clock::now();
  matcher.Put({.id = "p", .is_offer = true, .owner = "a", .text = text});
  matcher.Find({.id = "n", .owner = "b", .text = text}, kTopK, true);
  return SecondsSince(start);
}

struct Options {
  size_t offers = 1'000'000;
  size_t members = 100'000;
  size_t queries = 2'000;
  size_t rounds = 3;
  unsigned threads = 2;
  double min_share = match::ReciprocalOptions{}.min_share;
  bool xapian = true;
};

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> size_t {
      if (i + 1 >= argc) Die(std::string(arg) + " needs a number");
      return std::stoul(argv[++i]);
    };
    if (arg == "--offers") {
      o.offers = value();
    } else if (arg == "--members") {
      o.members = value();
    } else if (arg == "--queries") {
      o.queries = value();
    } else if (arg == "--rounds") {
      o.rounds = std::max<size_t>(1, value());
    } else if (arg == "--threads") {
      o.threads = static_cast<unsigned>(std::max<size_t>(1, value()));
    } else if (arg == "--min-share") {
      if (i + 1 >= argc) Die("--min-share needs a number");
      o.min_share = std::stod(argv[++i]);
    } else if (arg == "--no-xapian") {
      o.xapian = false;
    } else {
      Die("unknown argument " + std::string(arg));
    }
  }
  return o;
}

int Main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  std::printf("machine: %u cores\n", std::thread::hardware_concurrency());
  auto start = Clock::now();
  auto lexicon = app::LoadMatchLexicon();
  if (!lexicon) Die(lexicon.error().message);
  std::printf("word lists loaded in %.1f s, RSS %.0f MiB\n",
              SecondsSince(start), StatusMiB("VmRSS"));
  const auto pools = MakePools();
  std::printf("pools: %zu/%zu German and %zu/%zu English services/words\n",
              pools.first.services.size(), pools.first.words.size(),
              pools.second.services.size(), pools.second.words.size());

  // 1. Build and query an index of `offers` offers.
  const size_t owners = std::max<size_t>(1, options.offers / 3);
  std::vector<Item> offers = MakeItems(pools, options.offers, owners, true, 1);
  size_t words = 0;
  for (const Item& offer : offers) {
    words += static_cast<size_t>(
        std::count(offer.text.begin(), offer.text.end(), ' ') + 1);
  }
  std::printf("corpus: %zu offers, %.1f words each on average\n", offers.size(),
              static_cast<double>(words) /
                  static_cast<double>(std::max<size_t>(1, offers.size())));
  const std::string xapian_dir =
      (std::filesystem::temp_directory_path() /
       ("knoten_match_speed_" + std::to_string(::getpid())))
          .string();
  double build_seconds = 0;
  double index_mib = 0;
  double xapian_build_seconds = 0;
  Latency knoten_latency;
  Latency xapian_latency;
  {
    const double rss_before = StatusMiB("VmRSS");
    match::Matcher matcher((*lexicon)->view());
    start = Clock::now();
    matcher.PutAll(offers, options.threads);
    build_seconds = SecondsSince(start);
    index_mib = StatusMiB("VmRSS") - rss_before;
    const auto sizes = matcher.index().sizes();
    std::printf(
        "knoten: built %zu offers in %.1f s on %u threads, index "
        "RSS %.0f MiB, process peak %.0f MiB; %zu terms, %.1f "
        "postings per offer\n",
        matcher.size(), build_seconds, options.threads, index_mib,
        StatusMiB("VmHWM"), sizes.terms,
        static_cast<double>(sizes.postings) /
            static_cast<double>(std::max<size_t>(1, sizes.documents)));
    std::optional<XapianSearcher> xapian;
    if (options.xapian) {
      start = Clock::now();
      XapianIndex(xapian_dir, offers);
      xapian_build_seconds = SecondsSince(start);
      std::printf("xapian: built %zu offers in %.1f s\n", offers.size(),
                  xapian_build_seconds);
      xapian.emplace(xapian_dir);
    }
    // Each round asks new needs, knoten's then Xapian's in turn, so that both
    // meet the machine in the same state; the figures are the rounds' medians.
    std::vector<Latency> knoten_rounds;
    std::vector<Latency> xapian_rounds;
    for (size_t round = 0; round < options.rounds; ++round) {
      const std::vector<Item> queries =
          MakeItems(pools, options.queries, owners, false, 2 + 100 * round);
      std::vector<double> seconds;
      seconds.reserve(queries.size());
      uint64_t scored = 0;
      uint64_t visited = 0;
      uint64_t hits = 0;
      for (const Item& need : queries) {
        const auto t = Clock::now();
        hits += matcher.Find(need, kTopK, false).size();
        seconds.push_back(SecondsSince(t));
        scored += match::Bm25Index::LastSearchStats().scored;
        visited += match::Bm25Index::LastSearchStats().visited;
      }
      knoten_rounds.push_back(Summarise(seconds));
      const Latency& k = knoten_rounds.back();
      std::printf(
          "knoten: round %zu, %zu queries top %zu, p50 %.2f ms, p99 %.2f ms, "
          "mean %.2f ms; %.1f hits, %.0f documents visited and %.0f "
          "scored per query\n",
          round + 1, queries.size(), kTopK, k.p50_ms, k.p99_ms, k.mean_ms,
          static_cast<double>(hits) / static_cast<double>(queries.size()),
          static_cast<double>(visited) / static_cast<double>(queries.size()),
          static_cast<double>(scored) / static_cast<double>(queries.size()));
      if (round == 0) {
        // The same queries again, split into the need's analysis and the
        // index search.
        match::Analyzer analyzer;
        std::vector<double> analysis;
        std::vector<double> search;
        for (const Item& need : queries) {
          auto t = Clock::now();
          const match::NeedQuery query =
              match::QueryOfNeed(analyzer, (*lexicon)->view(), need);
          analysis.push_back(SecondsSince(t));
          t = Clock::now();
          matcher.index().SearchWords(query.words, kTopK);
          search.push_back(SecondsSince(t));
        }
        const Latency a = Summarise(analysis);
        const Latency b = Summarise(search);
        std::printf(
            "knoten: round 1 again: analysis p50 %.2f ms, p99 %.2f ms; index "
            "search p50 %.2f ms, p99 %.2f ms\n",
            a.p50_ms, a.p99_ms, b.p50_ms, b.p99_ms);
      }
      if (xapian) {
        seconds.clear();
        for (const Item& need : queries) {
          const auto t = Clock::now();
          xapian->Owners(need, kTopK);
          seconds.push_back(SecondsSince(t));
        }
        xapian_rounds.push_back(Summarise(seconds));
        const Latency& x = xapian_rounds.back();
        std::printf(
            "xapian: round %zu, %zu queries top %zu, p50 %.2f ms, p99 %.2f ms, "
            "mean %.2f ms\n",
            round + 1, queries.size(), kTopK, x.p50_ms, x.p99_ms, x.mean_ms);
      }
    }
    knoten_latency = Median(knoten_rounds);
    xapian_latency = Median(xapian_rounds);
    xapian.reset();
    if (options.xapian) std::filesystem::remove_all(xapian_dir);
  }
  offers.clear();
  offers.shrink_to_fit();

  // 2. All-pairs reciprocal matching: every member has two offers and two
  // needs.
  const std::vector<Item> member_offers =
      MakeItems(pools, 2 * options.members, options.members, true, 3);
  const std::vector<Item> member_needs =
      MakeItems(pools, 2 * options.members, options.members, false, 4);
  double reciprocal_seconds = 0;
  size_t reciprocal_pairs = 0;
  {
    match::Matcher matcher((*lexicon)->view());
    start = Clock::now();
    matcher.PutAll(member_offers, options.threads);
    const double build = SecondsSince(start);
    start = Clock::now();
    // A match counts from the share suggestions ask for (0.25); the search
    // starts at that threshold.
    reciprocal_pairs =
        match::FindReciprocalPairs(matcher, member_needs,
                                   {.per_need = kTopK,
                                    .min_share = options.min_share,
                                    .threads = options.threads})
            .size();
    reciprocal_seconds = SecondsSince(start);
    std::printf(
        "knoten: reciprocal over %zu members (%zu needs, %zu offers, built "
        "in %.1f s), shares from %.2f: %zu pairs in %.1f s on %u threads\n",
        options.members, member_needs.size(), member_offers.size(), build,
        options.min_share, reciprocal_pairs, reciprocal_seconds,
        options.threads);
  }
  double xapian_reciprocal_seconds = 0;
  if (options.xapian) {
    XapianIndex(xapian_dir, member_offers);
    start = Clock::now();
    const size_t pairs =
        XapianReciprocal(xapian_dir, member_needs, kTopK, options.threads);
    xapian_reciprocal_seconds = SecondsSince(start);
    std::printf(
        "xapian: reciprocal over %zu members: %zu pairs in %.1f s "
        "on %u threads\n",
        options.members, pairs, xapian_reciprocal_seconds, options.threads);
    std::filesystem::remove_all(xapian_dir);
  }

  // 3. Bad input: time per MiB for texts of 0.1, 1 and 4 MiB; linear time
  // keeps them alike (once the text no longer fits the caches).
  for (const std::string_view kind : {"words", "garbage", "mixed scripts"}) {
    std::printf("knoten: a %.*s text put and asked for, seconds per MiB:",
                static_cast<int>(kind.size()), kind.data());
    for (const size_t kib : {100U, 1024U, 4096U}) {
      const double seconds =
          PutAndFind((*lexicon)->view(), kind, size_t{kib} << 10);
      const auto mib = static_cast<double>(kib) / 1024;
      std::printf(" %.2f at %.1f MiB%s", seconds / mib, mib,
                  kib == 4096 ? "\n" : ",");
    }
  }

  std::printf("\n| figure | knoten | Xapian | target |\n|---|---|---|---|\n");
  std::printf("| build %zu offers | %.1f s | %.1f s | <= 60 s |\n",
              options.offers, build_seconds, xapian_build_seconds);
  std::printf("| index memory (RSS growth) | %.0f MiB | - | <= 1024 MiB |\n",
              index_mib);
  std::printf("| query p50, one thread | %.2f ms | %.2f ms | - |\n",
              knoten_latency.p50_ms, xapian_latency.p50_ms);
  std::printf("| query p99, one thread | %.2f ms | %.2f ms | <= 5 ms |\n",
              knoten_latency.p99_ms, xapian_latency.p99_ms);
  std::printf(
      "| reciprocal, %zu members, %u threads | %.1f s | %.1f s | "
      "<= 60 s |\n",
      options.members, options.threads, reciprocal_seconds,
      xapian_reciprocal_seconds);
  return 0;
}

}  // namespace
}  // namespace knoten::bench

int main(int argc, char** argv) {
  try {
    return knoten::bench::Main(argc, argv);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "knoten_match_speed: Xapian: %s\n",
                 e.get_msg().c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "knoten_match_speed: %s\n", e.what());
    return 1;
  }
}
