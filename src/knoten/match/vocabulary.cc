#include "knoten/match/vocabulary.h"

#include <algorithm>
#include <unordered_set>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"

namespace knoten::match {
namespace {

constexpr size_t kMaxLabelBytes = 60;
constexpr size_t kMaxLabelWords = 4;

bool IsIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

size_t CountWords(std::string_view label) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : label) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

Status Vocabulary::AddLabels(std::string_view field, TextLang lang,
                             Analyzer& analyzer,
                             std::vector<std::string>& labels) {
  LabelsByFirstTerm& by_first = lang == TextLang::kDe ? de_ : en_;
  const auto concept_index = static_cast<uint32_t>(concepts_.size());
  for (std::string& label : SplitAndTrim(field, '|')) {
    if (label.empty()) return InvalidArgumentError("empty label");
    if (label.size() > kMaxLabelBytes) {
      return InvalidArgumentError("label longer than 60 bytes: " + label);
    }
    if (!IsValidUtf8(label)) return InvalidArgumentError("label not UTF-8");
    if (CountWords(label) > kMaxLabelWords) {
      return InvalidArgumentError("label of more than 4 words: " + label);
    }
    std::vector<std::string> terms;
    for (Token& token : analyzer.Analyze(label, lang)) {
      terms.push_back(std::move(token.term));
    }
    if (terms.empty()) {
      return InvalidArgumentError("label of stop words only: " + label);
    }
    std::vector<Label>& same_start = by_first[terms.front()];
    const bool known =
        std::any_of(same_start.begin(), same_start.end(), [&](const Label& l) {
          return l.concept_index == concept_index && l.terms == terms;
        });
    if (!known) same_start.push_back({std::move(terms), concept_index});
    labels.push_back(std::move(label));
  }
  if (labels.empty()) return InvalidArgumentError("no label");
  return OkStatus();
}

Result<Vocabulary> Vocabulary::Parse(std::string_view text,
                                     Analyzer& analyzer) {
  Vocabulary vocabulary;
  std::unordered_set<std::string> ids;
  std::string file = "vocabulary";
  int first_line_of_file = 0;
  Status status =
      ForEachLine(text, [&](int number, std::string_view line) -> Status {
        constexpr std::string_view kFileMark = "#file ";
        if (line.starts_with(kFileMark)) {
          file = std::string(line.substr(kFileMark.size()));
          first_line_of_file = number;
          return OkStatus();
        }
        auto problem = [&](const std::string& what) {
          return InvalidArgumentError(
              file + ":" + std::to_string(number - first_line_of_file) + ": " +
              what);
        };
        if (Trim(line).empty() || line.starts_with('#')) return OkStatus();
        const std::vector<std::string> fields = SplitAndTrim(line, '\t');
        if (fields.size() != 3) {
          return problem(
              "expected 3 TAB-separated fields (id, German labels, "
              "English labels), found " +
              std::to_string(fields.size()));
        }
        Concept entry{.id = fields[0]};
        if (entry.id.empty() ||
            !std::all_of(entry.id.begin(), entry.id.end(), IsIdChar)) {
          return problem("id must be lower-case ASCII letters, digits and _: " +
                         entry.id);
        }
        if (!ids.insert(entry.id).second) {
          return problem("duplicate id " + entry.id);
        }
        if (Status s = vocabulary.AddLabels(fields[1], TextLang::kDe, analyzer,
                                            entry.labels_de);
            !s) {
          return problem("German labels: " + s.error().message);
        }
        if (Status s = vocabulary.AddLabels(fields[2], TextLang::kEn, analyzer,
                                            entry.labels_en);
            !s) {
          return problem("English labels: " + s.error().message);
        }
        vocabulary.concepts_.push_back(std::move(entry));
        return OkStatus();
      });
  if (!status) return status.error();
  return vocabulary;
}

Result<Vocabulary> Vocabulary::Builtin(Analyzer& analyzer) {
  return Parse(BuiltinVocabularyText(), analyzer);
}

namespace {

// Whether `mentions` name the concept at position i already. The mentions
// at i are the last ones: looking further back would make a long text cost
// quadratic time.
bool MentionedAt(const std::vector<Vocabulary::Mention>& mentions, size_t i,
                 uint32_t concept_index) {
  for (auto m = mentions.rbegin(); m != mentions.rend() && m->first == i; ++m) {
    if (m->concept_index == concept_index) return true;
  }
  return false;
}

}  // namespace

std::vector<Vocabulary::Mention> Vocabulary::Find(
    const std::vector<std::string>& terms, TextLang lang) const {
  const LabelsByFirstTerm& by_first = lang == TextLang::kDe ? de_ : en_;
  std::vector<Mention> mentions;
  for (size_t i = 0; i < terms.size(); ++i) {
    const auto it = by_first.find(terms[i]);
    if (it == by_first.end()) continue;
    size_t longest = 0;
    for (const Label& label : it->second) {
      const size_t n = label.terms.size();
      if (n < longest || i + n > terms.size() ||
          !std::equal(label.terms.begin(), label.terms.end(),
                      terms.begin() + static_cast<long>(i))) {
        continue;
      }
      if (n > longest) {
        // A longer label wins over the shorter ones found so far.
        while (!mentions.empty() && mentions.back().first == i) {
          mentions.pop_back();
        }
        longest = n;
      }
      if (!MentionedAt(mentions, i, label.concept_index)) {
        mentions.push_back({label.concept_index, i, i + n});
      }
    }
  }
  return mentions;
}

}  // namespace knoten::match
