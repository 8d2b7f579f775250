#include "bench/match_speed_xapian.h"

#include <string>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

namespace knoten::bench {

using match::Item;
using match::TextLang;

namespace {

const char* StemmerOf(const Item& item) {
  return item.lang == TextLang::kDe ? "german" : "english";
}

}  // namespace

void XapianIndex(const std::string& path, const std::vector<Item>& offers) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  const Xapian::Stem german("german");
  const Xapian::Stem english("english");
  for (const Item& offer : offers) {
    generator.set_stemmer(offer.lang == TextLang::kDe ? german : english);
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(offer.text);
    doc.add_value(0, offer.owner);
    db.add_document(doc);
  }
  db.commit();
}

XapianSearcher::XapianSearcher(const std::string& path)
    : db_(path), enquire_(db_) {
  enquire_.set_weighting_scheme(Xapian::BM25Weight());
}

std::vector<std::string> XapianSearcher::Owners(const Item& need, size_t k) {
  Xapian::QueryParser parser;
  parser.set_stemmer(Xapian::Stem(StemmerOf(need)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.set_default_op(Xapian::Query::OP_OR);
  enquire_.set_query(parser.parse_query(need.text, 0));
  // A few more, as the need's owner's own offers are dropped.
  const Xapian::MSet matches =
      enquire_.get_mset(0, static_cast<Xapian::doccount>(k + 5));
  std::vector<std::string> owners;
  for (auto m = matches.begin(); m != matches.end() && owners.size() < k; ++m) {
    std::string owner = m.get_document().get_value(0);
    if (owner != need.owner) owners.push_back(std::move(owner));
  }
  return owners;
}

// Reciprocal member pairs from Xapian's top k, on `threads` threads.
size_t XapianReciprocal(const std::string& path, const std::vector<Item>& needs,
                        size_t k, unsigned threads) {
  std::vector<std::unordered_set<std::string>> parts(threads);
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        XapianSearcher searcher(path);
        for (size_t i = t; i < needs.size(); i += threads) {
          for (const std::string& owner : searcher.Owners(needs[i], k)) {
            parts[t].insert(needs[i].owner + '\0' + owner);
          }
        }
      });
    }
  }
  std::unordered_set<std::string> edges;
  for (auto& part : parts) edges.merge(part);
  size_t pairs = 0;
  for (const std::string& edge : edges) {
    const size_t split = edge.find('\0');
    const std::string from = edge.substr(0, split);
    const std::string to = edge.substr(split + 1);
    std::string back = to;
    back.push_back('\0');
    back += from;
    if (from < to && edges.contains(back)) ++pairs;
  }
  return pairs;
}

}  // namespace knoten::bench
