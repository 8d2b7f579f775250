#include "knoten/match/metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>
#include <utility>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"

namespace knoten::match {

Result<Qrels> ParseQrels(std::string_view content) {
  Qrels qrels;
  KNOTEN_RETURN_IF_ERROR(ForEachLine(
      content, [&qrels](int line_number, std::string_view line) -> Status {
        if (Trim(line).empty()) return OkStatus();
        const std::vector<std::string> fields = SplitAndTrim(line, '\t');
        auto bad = [&](const std::string& problem) {
          return InvalidArgumentError(
              "qrels.tsv line " + std::to_string(line_number) + ": " + problem +
              "; expected need_id<TAB>offer_id<TAB>grade.");
        };
        if (fields.size() != 3) {
          return bad("found " + std::to_string(fields.size()) + " fields");
        }
        int grade = 0;
        const std::string& g = fields[2];
        if (g.empty() || g.size() > 2 ||
            !std::all_of(g.begin(), g.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
          return bad("the grade '" + g + "' is not a small whole number");
        }
        grade = std::stoi(g);
        qrels[fields[0]][fields[1]] = grade;
        return OkStatus();
      }));
  return qrels;
}

namespace {

double Discount(size_t rank_from_zero) {
  return std::log2(static_cast<double>(rank_from_zero) + 2.0);
}

double NdcgAt10(const std::map<std::string, int>& judged,
                const std::vector<RankedOffer>& ranked) {
  double dcg = 0;
  for (size_t i = 0; i < ranked.size() && i < 10; ++i) {
    const auto grade = judged.find(ranked[i].offer_id);
    if (grade != judged.end()) dcg += grade->second / Discount(i);
  }
  std::vector<int> ideal;
  ideal.reserve(judged.size());
  for (const auto& [offer, grade] : judged) ideal.push_back(grade);
  std::sort(ideal.rbegin(), ideal.rend());
  double idcg = 0;
  for (size_t i = 0; i < ideal.size() && i < 10; ++i) {
    idcg += ideal[i] / Discount(i);
  }
  return idcg > 0 ? dcg / idcg : 0.0;
}

// Reciprocal rank of the first relevant offer and Recall@10.
std::pair<double, double> RrAndRecallAt10(
    const std::map<std::string, int>& judged,
    const std::vector<RankedOffer>& ranked) {
  std::set<std::string> good;
  for (const auto& [offer, grade] : judged) {
    if (grade >= 2) good.insert(offer);
  }
  double rr = 0;
  for (size_t i = 0; i < ranked.size(); ++i) {
    if (good.contains(ranked[i].offer_id)) {
      rr = 1.0 / (static_cast<double>(i) + 1.0);
      break;
    }
  }
  if (good.empty()) return {rr, 0.0};
  std::set<std::string> found;
  for (size_t i = 0; i < ranked.size() && i < 10; ++i) {
    if (good.contains(ranked[i].offer_id)) found.insert(ranked[i].offer_id);
  }
  return {rr,
          static_cast<double>(found.size()) / static_cast<double>(good.size())};
}

}  // namespace

Scores Evaluate(const Qrels& qrels, const Run& run) {
  Scores s;
  const std::vector<RankedOffer> none;
  for (const auto& [need, judged] : qrels) {
    const auto it = run.find(need);
    const std::vector<RankedOffer>& ranked =
        it == run.end() ? none : it->second;
    s.ndcg_at_10 += NdcgAt10(judged, ranked);
    const auto [rr, recall] = RrAndRecallAt10(judged, ranked);
    s.mrr += rr;
    s.recall_at_10 += recall;
  }
  s.needs = static_cast<int64_t>(qrels.size());
  if (s.needs > 0) {
    const auto m = static_cast<double>(s.needs);
    s.ndcg_at_10 /= m;
    s.mrr /= m;
    s.recall_at_10 /= m;
  }
  return s;
}

std::string FormatScores(const Scores& scores) {
  std::array<char, 160> buffer{};
  std::snprintf(buffer.data(), buffer.size(),
                "ndcg@10=%.4f mrr=%.4f recall@10=%.4f needs=%lld",
                scores.ndcg_at_10, scores.mrr, scores.recall_at_10,
                static_cast<long long>(scores.needs));
  return buffer.data();
}

std::string FormatTrecRun(const Run& run, std::string_view tag) {
  std::string out;
  for (const auto& [need, ranked] : run) {
    for (size_t i = 0; i < ranked.size(); ++i) {
      std::array<char, 64> score{};
      std::snprintf(score.data(), score.size(), "%.6f", ranked[i].score);
      out += need + " Q0 " + ranked[i].offer_id + " " + std::to_string(i + 1) +
             " " + score.data() + " " + std::string(tag) + "\n";
    }
  }
  return out;
}

}  // namespace knoten::match
