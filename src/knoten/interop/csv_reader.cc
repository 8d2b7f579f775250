#include "knoten/interop/csv_reader.h"

#include <array>
#include <string>
#include <utility>

#include "knoten/base/text.h"
#include "knoten/interop/charset.h"

namespace knoten::interop {
namespace {

constexpr std::array<char, 3> kDelimiters = {',', ';', '\t'};
constexpr int kLinesLookedAt = 20;

// The delimiter used most on one of the first lines, outside quotes.
char DetectDelimiter(std::string_view text) {
  std::array<int, kDelimiters.size()> best{};
  std::array<int, kDelimiters.size()> line{};
  bool quoted = false;
  int lines = 0;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      for (size_t i = 0; i < kDelimiters.size(); ++i) {
        best[i] = std::max(best[i], line[i]);
        line[i] = 0;
      }
      if (++lines == kLinesLookedAt) break;
      continue;
    }
    for (size_t i = 0; i < kDelimiters.size(); ++i) {
      if (c == kDelimiters[i]) ++line[i];
    }
  }
  size_t chosen = 0;
  for (size_t i = 0; i < kDelimiters.size(); ++i) {
    best[i] = std::max(best[i], line[i]);
    if (best[i] > best[chosen]) chosen = i;
  }
  return kDelimiters[chosen];
}

class Parser {
 public:
  Parser(std::string_view text, char delimiter)
      : text_(text), delimiter_(delimiter) {}

  Result<std::vector<CsvRow>> Run() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"' && field_.empty() && !in_field_) {
        KNOTEN_RETURN_IF_ERROR(Quoted());
      } else if (c == delimiter_) {
        EndField();
        ++pos_;
      } else if (c == '\r' || c == '\n') {
        EndLine();
      } else {
        field_ += c;
        in_field_ = true;
        ++pos_;
      }
    }
    if (in_field_ || !row_.fields.empty()) EndRow();
    return std::move(rows_);
  }

 private:
  // A quoted field: up to the closing quote, with "" as one quote; what
  // follows it before the next delimiter is kept as written.
  Status Quoted() {
    const int start = line_;
    ++pos_;
    in_field_ = true;
    while (true) {
      if (pos_ >= text_.size()) {
        return InvalidArgumentError(
            "line " + std::to_string(start) +
            ": a quoted field is never closed (a '\"' is missing)");
      }
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field_ += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        return OkStatus();
      }
      if (c == '\r' || c == '\n') {
        SkipLineBreak();
        field_ += '\n';
        continue;
      }
      field_ += c;
      ++pos_;
    }
  }

  // Steps over one line break (LF, CR LF, CR CR LF or CR).
  void SkipLineBreak() {
    while (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  void EndField() {
    row_.fields.push_back(std::move(field_));
    field_.clear();
    in_field_ = false;
    if (row_.fields.size() == 1) row_.line = row_line_;
  }

  void EndLine() {
    const bool blank = row_.fields.empty() && !in_field_;
    if (!blank) EndRow();
    SkipLineBreak();
    row_line_ = line_;
  }

  void EndRow() {
    EndField();
    rows_.push_back(std::move(row_));
    row_ = CsvRow();
  }

  const std::string_view text_;
  const char delimiter_;
  size_t pos_ = 0;
  int line_ = 1;
  int row_line_ = 1;
  std::string field_;
  bool in_field_ = false;  // the field has begun (quoted, or a character)
  CsvRow row_;
  std::vector<CsvRow> rows_;
};

}  // namespace

Result<CsvTable> ReadCsv(std::string_view bytes) {
  KNOTEN_ASSIGN_OR_RETURN(const FileText file, ReadFileText(bytes));
  return ReadCsv(file);
}

Result<CsvTable> ReadCsv(const FileText& file) {
  CsvTable table;
  table.encoding = file.encoding;
  table.delimiter = DetectDelimiter(file.bytes);
  // Parsed as bytes (the separators, quotes and line breaks are ASCII, and
  // no byte of a Shift_JIS or Latin character is one of them), then each
  // field that is not UTF-8 is read in the guessed charset: one stray byte
  // does not change how the rest of the file reads.
  KNOTEN_ASSIGN_OR_RETURN(table.rows,
                          Parser(file.bytes, table.delimiter).Run());
  if (file.utf8) return table;
  for (CsvRow& row : table.rows) {
    for (std::string& field : row.fields) {
      if (!IsValidUtf8(field)) {
        field = LegacyToUtf8(field, file.guessed_charset);
      }
    }
  }
  return table;
}

}  // namespace knoten::interop
