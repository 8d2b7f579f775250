#include "knoten/match/reciprocal.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <unordered_map>
#include <utility>

#include "knoten/match/analyzer.h"

namespace knoten::match {
namespace {

// Directed: the best share with which `second`'s offers meet a need of
// `first`.
using Edges = std::unordered_map<std::string, double>;

std::string EdgeKey(std::string_view from, std::string_view to) {
  std::string key;
  key.reserve(from.size() + to.size() + 1);
  key.append(from).push_back('\0');
  key.append(to);
  return key;
}

void AddEdge(Edges& edges, std::string key, double share) {
  auto [it, inserted] = edges.emplace(std::move(key), share);
  if (!inserted) it->second = std::max(it->second, share);
}

// Needs are handed to the threads this many at a time, so that a thread
// the machine slows down takes fewer.
constexpr size_t kNeedsPerTake = 64;

// The edges from the needs this thread takes from `next`, found with an
// Analyzer of its own.
Edges EdgesOf(const Matcher& matcher, const std::vector<Item>& needs,
              std::atomic<size_t>& next, const ReciprocalOptions& options) {
  Analyzer analyzer;
  Edges edges;
  for (size_t begin = next.fetch_add(kNeedsPerTake); begin < needs.size();
       begin = next.fetch_add(kNeedsPerTake)) {
    const size_t end = std::min(needs.size(), begin + kNeedsPerTake);
    for (size_t i = begin; i < end; ++i) {
      const Item& need = needs[i];
      for (const Matcher::Match& m : matcher.Find(
               analyzer, need, options.per_need, false, options.min_share)) {
        const std::string* owner = matcher.OwnerOf(m.offer_id);
        if (owner == nullptr) continue;
        AddEdge(edges, EdgeKey(need.owner, *owner), m.share);
      }
    }
  }
  return edges;
}

}  // namespace

double HarmonicMean(double a, double b) {
  return a + b > 0 ? 2 * a * b / (a + b) : 0;
}

std::vector<ReciprocalPair> FindReciprocalPairs(
    const Matcher& matcher, const std::vector<Item>& needs,
    const ReciprocalOptions& options) {
  const size_t threads =
      std::clamp<size_t>(options.threads, 1, std::max<size_t>(needs.size(), 1));
  std::vector<Edges> parts(threads);
  std::vector<std::exception_ptr> failures(threads);
  {
    std::atomic<size_t> next{0};
    std::vector<std::jthread> workers;
    for (size_t t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        try {
          parts[t] = EdgesOf(matcher, needs, next, options);
        } catch (...) {
          failures[t] = std::current_exception();
          next = needs.size();  // the others stop too
        }
      });
    }
  }
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  Edges edges = std::move(parts[0]);
  for (size_t t = 1; t < threads; ++t) {
    for (auto& [key, share] : parts[t]) AddEdge(edges, key, share);
  }

  std::vector<ReciprocalPair> pairs;
  for (const auto& [key, share] : edges) {
    const std::string_view whole = key;
    const size_t split = whole.find('\0');
    const std::string_view from = whole.substr(0, split);
    const std::string_view to = whole.substr(split + 1);
    if (!(from < to)) continue;  // each pair once, from its smaller name
    const auto back = edges.find(EdgeKey(to, from));
    if (back == edges.end()) continue;
    pairs.push_back({.member_a = std::string(from),
                     .member_b = std::string(to),
                     .share_a = share,
                     .share_b = back->second,
                     .score = HarmonicMean(share, back->second)});
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const ReciprocalPair& x, const ReciprocalPair& y) {
              if (x.score != y.score) return x.score > y.score;
              if (x.member_a != y.member_a) return x.member_a < y.member_a;
              return x.member_b < y.member_b;
            });
  return pairs;
}

}  // namespace knoten::match
