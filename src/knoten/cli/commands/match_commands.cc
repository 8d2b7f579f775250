// knoten match-eval: ranks a matching dataset and prints its scores.

#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/app/match_eval.h"
#include "knoten/base/text_file.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::optional<std::string> content = ReadTextFile(path);
  if (!content) {
    return InvalidArgumentError("Cannot read '" + path +
                                "'; give a dataset folder that holds "
                                "items.jsonl and qrels.tsv.");
  }
  return std::move(*content);
}

// Parses line `number` of items.jsonl: {"id","kind","owner","lang","text"}.
Result<match::Item> ParseItem(const std::string& path, int number,
                              std::string_view line) {
  auto bad = [&](const std::string& problem) {
    std::string message = path;
    message += " line " + std::to_string(number) + ": " + problem + ".";
    return InvalidArgumentError(message);
  };
  const Json item = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!item.is_object()) return bad("not a JSON object");
  for (const char* field : {"id", "kind", "owner", "lang", "text"}) {
    if (!item.contains(field) || !item[field].is_string()) {
      return bad(std::string("the field \"") + field +
                 "\" is missing or not a string");
    }
  }
  const auto kind = item["kind"].get<std::string>();
  const auto lang = item["lang"].get<std::string>();
  if (kind != "offer" && kind != "need") {
    return bad(R"(kind must be "offer" or "need", not ")" + kind + "\"");
  }
  if (lang != "de" && lang != "en") {
    return bad(R"(lang must be "de" or "en", not ")" + lang + "\"");
  }
  return match::Item{
      .id = item["id"].get<std::string>(),
      .is_offer = kind == "offer",
      .owner = item["owner"].get<std::string>(),
      .lang = lang == "de" ? match::TextLang::kDe : match::TextLang::kEn,
      .text = item["text"].get<std::string>()};
}

// Parses items.jsonl; blank lines are skipped.
Result<std::vector<match::Item>> ParseItems(const std::string& path,
                                            const std::string& content) {
  std::vector<match::Item> items;
  KNOTEN_RETURN_IF_ERROR(
      ForEachLine(content, [&](int number, std::string_view line) -> Status {
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
          return OkStatus();
        }
        KNOTEN_ASSIGN_OR_RETURN(match::Item item,
                                ParseItem(path, number, line));
        items.push_back(std::move(item));
        return OkStatus();
      }));
  return items;
}

Result<Json> MatchEval(const std::string& dir, const std::string& run_path) {
  const std::string items_path = dir + "/items.jsonl";
  const std::string qrels_path = dir + "/qrels.tsv";
  KNOTEN_ASSIGN_OR_RETURN(const std::string items_text, ReadFile(items_path));
  KNOTEN_ASSIGN_OR_RETURN(const std::string qrels_text, ReadFile(qrels_path));
  KNOTEN_ASSIGN_OR_RETURN(auto items, ParseItems(items_path, items_text));
  KNOTEN_ASSIGN_OR_RETURN(auto evaluation,
                          app::EvaluateMatching(items, qrels_text));
  if (!run_path.empty()) {
    std::ofstream out(run_path, std::ios::binary | std::ios::trunc);
    out << app::TrecRun(evaluation);
    out.close();
    if (!out) {
      return InvalidArgumentError("Cannot write the run to '" + run_path +
                                  "'; check the path.");
    }
  }
  const match::Scores& s = evaluation.scores;
  return Json{{"dataset", dir},   {"ndcg_at_10", s.ndcg_at_10},
              {"mrr", s.mrr},     {"recall_at_10", s.recall_at_10},
              {"needs", s.needs}, {"summary", app::ScoreLine(evaluation)}};
}

}  // namespace

void RegisterMatchCommands(CLI::App& app, Session& s) {
  struct Flags {
    std::string dir;
    std::string run;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* eval = app.add_subcommand(
      "match-eval",
      s.Tr("rank a matching dataset and print nDCG@10, MRR and Recall@10",
           "einen Matching-Datensatz ranken und nDCG@10, MRR und Recall@10 "
           "ausgeben"));
  eval->add_option("dataset", flags->dir,
                   s.Tr("folder with items.jsonl and qrels.tsv",
                        "Ordner mit items.jsonl und qrels.tsv"))
      ->required();
  eval->add_option("--run", flags->run,
                   s.Tr("also write the ranking (top 100, TREC format) to FILE",
                        "das Ranking (Top 100, TREC-Format) auch in DATEI "
                        "schreiben"));
  eval->footer(
      s.Tr("Example: knoten match-eval ../shared/data/match-dev --run "
           "run.txt",
           "Beispiel: knoten match-eval ../shared/data/match-dev "
           "--run run.txt"));
  eval->callback([&s, flags] {
    s.Finish(MatchEval(flags->dir, flags->run),
             {.kind = TextView::Kind::kCustom,
              .custom = [](const Json& doc, std::ostream& out) {
                out << doc.at("summary").get<std::string>() << '\n';
              }});
  });
}

}  // namespace knoten::cli
