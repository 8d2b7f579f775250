// Matching quality on the shared datasets (../shared/data): knoten beside
// SQLite FTS5 bm25 and Xapian BM25 + Snowball, all run here on the same
// items, plus an ablation adding one step of knoten's pipeline at a time.
// The baselines follow ../shared/tools/baselines.py: FTS5 with the
// unicode61 tokenizer (diacritics removed) and the need's words OR-ed;
// Xapian indexing and querying each text with its own language's stemmer.
//
// Usage: knoten_match_quality [SHARED_DIR]
//   SHARED_DIR defaults to $KNOTEN_SHARED_DIR, else ../shared.
// Prints one line per dataset and system, then a Markdown table of nDCG@10.

#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "knoten/app/match_eval.h"
#include "knoten/cli/match_dataset.h"
#include "knoten/match/metrics.h"
#include "knoten/match/ranking.h"

namespace knoten::bench {
namespace {

using match::Item;
using match::Run;

constexpr size_t kDepth = 100;

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "knoten_match_quality: %s\n", message.c_str());
  std::exit(1);  // NOLINT(concurrency-mt-unsafe): single-threaded
}

// Python's re \w+ words, lower-cased: the baselines' tokens.
std::vector<std::string> PythonWords(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<std::string> words;
  icu::UnicodeString word;
  auto flush = [&] {
    if (word.isEmpty() != 0) return;
    std::string utf8;
    word.toUTF8String(utf8);
    words.push_back(std::move(utf8));
    word.remove();
  };
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (u_isalnum(c) != 0 || c == '_') {
      word.append(u_tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

size_t CodePoints(std::string_view word) {
  size_t n = 0;
  for (const char c : word) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

struct Split {
  std::vector<const Item*> offers;
  std::vector<const Item*> needs;
};

Split SplitItems(const std::vector<Item>& items) {
  Split split;
  for (const Item& item : items) {
    (item.is_offer ? split.offers : split.needs).push_back(&item);
  }
  return split;
}

// The need's distinct words of more than one letter, quoted and OR-ed.
std::string Fts5Query(std::string_view text) {
  std::set<std::string> tokens;
  for (std::string& w : PythonWords(text)) {
    if (CodePoints(w) > 1) tokens.insert(std::move(w));
  }
  std::string query;
  for (const std::string& token : tokens) {
    if (!query.empty()) query += " OR ";
    query += '"';
    query += token;
    query += '"';
  }
  return query;
}

Run RankWithFts5(const std::vector<Item>& items) {
  const Split split = SplitItems(items);
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) Die("cannot open SQLite");
  auto exec = [&](const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
      Die(sqlite3_errmsg(db));
    }
  };
  exec(
      "CREATE VIRTUAL TABLE o USING fts5(text, tokenize='unicode61 "
      "remove_diacritics 2')");
  exec("BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO o(rowid, text) VALUES (?, ?)", -1,
                     &insert, nullptr);
  for (size_t i = 0; i < split.offers.size(); ++i) {
    sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(i));
    sqlite3_bind_text(insert, 2, split.offers[i]->text.c_str(), -1,
                      SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) Die(sqlite3_errmsg(db));
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  exec("COMMIT");
  sqlite3_stmt* search = nullptr;
  sqlite3_prepare_v2(
      db,
      "SELECT rowid, bm25(o) FROM o WHERE o MATCH ? ORDER BY bm25(o) "
      "LIMIT ?",
      -1, &search, nullptr);
  Run run;
  for (const Item* need : split.needs) {
    std::vector<match::RankedOffer>& ranked = run[need->id];
    const std::string query = Fts5Query(need->text);
    if (query.empty()) continue;
    sqlite3_bind_text(search, 1, query.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(search, 2, static_cast<int>(kDepth + 5));
    int rc = 0;
    while ((rc = sqlite3_step(search)) == SQLITE_ROW) {
      const Item* offer =
          split.offers[static_cast<size_t>(sqlite3_column_int64(search, 0))];
      if (offer->owner == need->owner || ranked.size() == kDepth) continue;
      ranked.push_back({offer->id, -sqlite3_column_double(search, 1)});
    }
    if (rc != SQLITE_DONE) Die(sqlite3_errmsg(db));
    sqlite3_reset(search);
  }
  sqlite3_finalize(search);
  sqlite3_close(db);
  return run;
}

const char* StemmerOf(const Item& item) {
  return item.lang == match::TextLang::kDe ? "german" : "english";
}

Run RankWithXapian(const std::vector<Item>& items) {
  const Split split = SplitItems(items);
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  for (size_t i = 0; i < split.offers.size(); ++i) {
    generator.set_stemmer(Xapian::Stem(StemmerOf(*split.offers[i])));
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(split.offers[i]->text);
    doc.set_data(std::to_string(i));
    db.add_document(doc);
  }
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Run run;
  for (const Item* need : split.needs) {
    std::vector<match::RankedOffer>& ranked = run[need->id];
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem(StemmerOf(*need)));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
    parser.set_default_op(Xapian::Query::OP_OR);
    std::string text;
    for (const std::string& w : PythonWords(need->text)) text += w + ' ';
    enquire.set_query(parser.parse_query(text, 0));
    const Xapian::MSet matches =
        enquire.get_mset(0, static_cast<Xapian::doccount>(kDepth + 5));
    for (auto m = matches.begin(); m != matches.end(); ++m) {
      const Item* offer = split.offers[std::stoul(m.get_document().get_data())];
      if (offer->owner == need->owner || ranked.size() == kDepth) continue;
      ranked.push_back({offer->id, m.get_weight()});
    }
  }
  return run;
}

std::string SharedDir(int argc, char** argv) {
  if (argc > 1) return argv[1];
  // NOLINTNEXTLINE(concurrency-mt-unsafe): single-threaded
  if (const char* dir = std::getenv("KNOTEN_SHARED_DIR")) return dir;
  return "../shared";
}

int Main(int argc, char** argv) {
  const std::string shared = SharedDir(argc, argv);
  auto lexicon = app::LoadMatchLexicon();
  if (!lexicon) Die(lexicon.error().message);
  const match::Lexicon full = (*lexicon)->view();
  struct System {
    std::string name;
    std::function<Run(const std::vector<Item>&)> rank;
  };
  auto knoten = [](match::Lexicon l) {
    return [l](const std::vector<Item>& items) {
      return match::RankNeeds(items, l, kDepth);
    };
  };
  const std::vector<System> systems = {
      {"SQLite FTS5", RankWithFts5},
      {"Xapian + Snowball", RankWithXapian},
      {"knoten: analyzer + BM25", knoten({})},
      {"+ translations (Ding)", knoten({.dictionary = full.dictionary})},
      {"+ compound parts",
       knoten({.dictionary = full.dictionary, .compounds = full.compounds})},
      {"+ service vocabulary", knoten({.dictionary = full.dictionary,
                                       .compounds = full.compounds,
                                       .vocabulary = full.vocabulary})},
      {"+ synonyms (OpenThesaurus)", knoten(full)},
  };
  const std::vector<std::string> datasets = {
      "match-dev", "esco-tasks/esco-de2de", "esco-tasks/esco-de2en",
      "esco-tasks/esco-en2de", "esco-tasks/esco-en2en"};
  std::map<std::string, std::map<std::string, double>> ndcg;
  for (const std::string& name : datasets) {
    std::string dir = shared;
    dir += "/data/";
    dir += name;
    auto dataset = cli::ReadMatchDataset(dir);
    if (!dataset) Die(dataset.error().message);
    auto qrels = match::ParseQrels(dataset->qrels_tsv);
    if (!qrels) Die(qrels.error().message);
    for (const System& system : systems) {
      const auto start = std::chrono::steady_clock::now();
      const Run run = system.rank(dataset->items);
      const std::chrono::duration<double> secs =
          std::chrono::steady_clock::now() - start;
      const match::Scores scores = match::Evaluate(*qrels, run);
      ndcg[name][system.name] = scores.ndcg_at_10;
      std::printf("%-22s %-26s %s secs=%.2f\n", name.c_str(),
                  system.name.c_str(), match::FormatScores(scores).c_str(),
                  secs.count());
      std::fflush(stdout);
    }
  }
  std::printf("\n| dataset |");
  for (const System& s : systems) std::printf(" %s |", s.name.c_str());
  std::printf("\n|---|");
  for (size_t i = 0; i < systems.size(); ++i) std::printf("---|");
  std::printf("\n");
  for (const std::string& name : datasets) {
    const size_t slash = name.rfind('/');
    std::printf(
        "| %s |",
        name.substr(slash == std::string::npos ? 0 : slash + 1).c_str());
    for (const System& s : systems) std::printf(" %.3f |", ndcg[name][s.name]);
    std::printf("\n");
  }
  return 0;
}

}  // namespace
}  // namespace knoten::bench

int main(int argc, char** argv) {
  try {
    return knoten::bench::Main(argc, argv);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "knoten_match_quality: Xapian: %s\n",
                 e.get_description().c_str());
    return 1;
  }
}
