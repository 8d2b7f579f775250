#include "knoten/cli/match_dataset.h"

#include <optional>
#include <string_view>
#include <utility>

#include "knoten/base/text_file.h"
#include "knoten/cli/internal/json.h"

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

}  // namespace

Result<MatchDataset> ReadMatchDataset(const std::string& dir) {
  const std::string items_path = dir + "/items.jsonl";
  const std::string qrels_path = dir + "/qrels.tsv";
  KNOTEN_ASSIGN_OR_RETURN(const std::string items_text, ReadFile(items_path));
  MatchDataset dataset;
  KNOTEN_ASSIGN_OR_RETURN(dataset.qrels_tsv, ReadFile(qrels_path));
  KNOTEN_ASSIGN_OR_RETURN(dataset.items, ParseItems(items_path, items_text));
  return dataset;
}

}  // namespace knoten::cli
