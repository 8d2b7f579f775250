#include "knoten/interop/vcard_reader.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/interop/charset.h"
#include "knoten/interop/transfer_encoding.h"

namespace knoten::interop {
namespace {

struct Line {
  std::string_view text;
  int number = 0;
};

// Lines end at LF, with any CRs before it dropped (CR LF, and the CR CR LF
// of files converted twice); a file without any LF ends its lines at CR.
std::vector<Line> SplitLines(std::string_view text) {
  const char end = text.find('\n') != std::string_view::npos ? '\n' : '\r';
  std::vector<Line> lines;
  int number = 0;
  while (!text.empty()) {
    size_t stop = text.find(end);
    std::string_view line = text.substr(0, stop);
    text.remove_prefix(stop == std::string_view::npos ? text.size() : stop + 1);
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({line, ++number});
  }
  return lines;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// RFC 6350 allows letters, digits and '-'; writers use more in their X-
// names ("X-messaging/xmpp-All"), which are kept as they are.
bool IsNameChar(char c) {
  return c > ' ' && c < 0x7F && c != ';' && c != ':' && c != '"' && c != ',' &&
         c != '=' && c != '.';
}

bool IsName(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, IsNameChar);
}

// The position of the ':' that ends a property's name and parameters: the
// first one outside a quoted parameter value, else the first one.
size_t FindValueColon(std::string_view line) {
  // An opening quote without a closing one does not hide the colons after
  // it: they count from the last quote on.
  const size_t last_quote = line.rfind('"');
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == ':' && (!quoted || i > last_quote)) return i;
  }
  return std::string_view::npos;
}

// Splits at `separator` outside double quotes.
std::vector<std::string_view> SplitOutsideQuotes(std::string_view text,
                                                 char separator) {
  std::vector<std::string_view> parts;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == separator && !quoted) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(text.substr(start));
  return parts;
}

// A parameter value without its quotes and with RFC 6868's escapes undone.
std::string ParamValue(std::string_view value) {
  value = Trim(value);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
  }
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '^' && i + 1 < value.size()) {
      const char next = value[i + 1];
      if (next == 'n' || next == 'N') {
        out += '\n';
        ++i;
        continue;
      }
      if (next == '\'' || next == '^') {
        out += next == '\'' ? '"' : '^';
        ++i;
        continue;
      }
    }
    out += value[i];
  }
  return out;
}

bool IsEncodingName(std::string_view upper) {
  return upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B" ||
         upper == "8BIT" || upper == "7BIT";
}

bool EndsWithUnpairedBackslash(std::string_view text) {
  size_t count = 0;
  while (count < text.size() && text[text.size() - 1 - count] == '\\') {
    ++count;
  }
  return count % 2 == 1;
}

bool IsPrintableAscii(std::string_view text) {
  return std::ranges::all_of(text, [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && (byte >= 0x20 || c == ' ' || c == '\t');
  });
}

std::string Quoted(std::string_view text) {
  constexpr size_t kShown = 40;
  std::string shown(text.substr(0, kShown));
  if (text.size() > kShown) shown += "...";
  const bool control = std::any_of(shown.begin(), shown.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20;
  });
  if (control || !IsValidUtf8(shown)) return "a line";
  return "\"" + shown + "\"";
}

class Reader {
 public:
  Reader(const FileText& file, const VCardReadOptions& options)
      : file_(file), options_(options), lines_(SplitLines(file.bytes)) {}

  Result<VCardFile> Run() {
    out_.encoding = file_.encoding;
    while (next_ < lines_.size()) {
      const Line first = lines_[next_++];
      if (Trim(first.text).empty()) continue;
      std::string logical(first.text);
      AppendFolds(logical);
      Status status = Read(first.number, logical);
      if (!status) return status.error();
    }
    if (!open_.empty()) {
      const int last = lines_.empty() ? 0 : lines_.back().number;
      ReportRelaxed(last,
                    "the file ends inside the card that begins on line " +
                        std::to_string(out_.cards[open_.front()].line) +
                        " (no END:VCARD); the card is read as far as it goes");
    }
    HandOver();
    if (more_problems_ > 0) {
      out_.problems.push_back(
          {0, std::to_string(more_problems_) + " more problems not listed",
           true});
    }
    return std::move(out_);
  }

 private:
  struct Head {
    std::string group;
    std::string name;
    std::vector<std::pair<std::string, std::string>> params;
    std::string encoding;  // upper case
    std::string charset;
  };

  void Report(int line, const std::string& message) {
    Add(line, message, true);
  }
  void ReportRelaxed(int line, const std::string& message) {
    Add(line, message, false);
  }
  // Keeps at most kMaxProblems, then one that says how many more there were.
  void Add(int line, std::string_view message, bool skipped) {
    if (out_.problems.size() < kMaxProblems) {
      out_.problems.push_back({line, ValidUtf8(message), skipped});
      return;
    }
    ++more_problems_;
  }

  bool NextIsFold() const {
    if (next_ >= lines_.size()) return false;
    const std::string_view text = lines_[next_].text;
    return !text.empty() && (text[0] == ' ' || text[0] == '\t');
  }

  void AppendFolds(std::string& logical) {
    while (NextIsFold()) logical.append(lines_[next_++].text.substr(1));
  }

  // Whether the next line goes on with a value that does not end where its
  // line does: not blank, no ':' of its own, not a comment.
  bool NextContinues() const {
    if (next_ >= lines_.size()) return false;
    const std::string_view text = lines_[next_].text;
    const std::string_view trimmed = Trim(text);
    return !trimmed.empty() && trimmed[0] != '#' &&
           text.find(':') == std::string_view::npos;
  }

  Status Read(int number, std::string_view logical) {
    const size_t colon = FindValueColon(logical);
    if (colon == std::string_view::npos) {
      NoProperty(number, logical);
      return OkStatus();
    }
    Head head;
    if (!ParseHead(logical.substr(0, colon), head)) {
      if (!open_.empty()) {
        Report(number, Quoted(logical) +
                           " does not begin with a property name; skipped");
      } else {
        Outside(number);
      }
      return OkStatus();
    }
    std::string_view value = logical.substr(colon + 1);
    if (head.name == "BEGIN" || head.name == "END") {
      Frame(number, head.name, value);
      return OkStatus();
    }
    if (open_.empty()) {
      Outside(number);
      return OkStatus();
    }
    VCard& card = out_.cards[open_.back()];
    if (head.name == "VERSION") {
      card.version = std::string(Trim(value));
      return OkStatus();
    }
    return AddProperty(number, std::move(head), std::string(value), card);
  }

  // Splits "group.NAME;PARAM=x;BARE" into `head`; false when there is no
  // valid property name.
  static bool ParseHead(std::string_view text, Head& head) {
    const std::vector<std::string_view> parts = SplitOutsideQuotes(text, ';');
    std::string_view name = Trim(parts[0]);
    const size_t dot = name.find('.');
    if (dot != std::string_view::npos) {
      head.group = std::string(name.substr(0, dot));
      name = name.substr(dot + 1);
      if (!IsName(head.group)) return false;
    }
    if (!IsName(name)) return false;
    head.name = Upper(name);
    for (size_t i = 1; i < parts.size(); ++i) {
      const std::string_view param = Trim(parts[i]);
      if (param.empty()) continue;  // "TEL;;WORK", a trailing ';'
      const size_t equals = param.find('=');
      if (equals == std::string_view::npos) {
        std::string bare = Upper(param);
        if (IsEncodingName(bare)) {
          head.encoding = std::move(bare);
        } else {
          head.params.emplace_back("TYPE", std::string(param));
        }
        continue;
      }
      std::string key = Upper(Trim(param.substr(0, equals)));
      std::string value = ParamValue(param.substr(equals + 1));
      if (key == "ENCODING") {
        head.encoding = Upper(value);
      } else if (key == "CHARSET") {
        head.charset = std::move(value);
      } else if (!key.empty()) {
        head.params.emplace_back(std::move(key), std::move(value));
      }
    }
    return true;
  }

  void Frame(int number, const std::string& name, std::string_view value) {
    const std::string_view what = Trim(value);
    if (Upper(what) != "VCARD") {
      if (open_.empty()) {
        Outside(number);
      } else {
        Report(number, Quoted(name + ":" + std::string(what)) +
                           " inside a card is not a vCard; skipped");
      }
      return;
    }
    if (what.size() != value.size()) {
      ReportRelaxed(number,
                    "white space around " + name + ":VCARD; read without it");
    }
    if (name == "BEGIN") {
      VCard card;
      card.line = number;
      card.nested_in =
          open_.empty() ? -1 : static_cast<int>(handed_ + open_.back());
      open_.push_back(out_.cards.size());
      out_.cards.push_back(std::move(card));
      outside_reported_ = false;
      return;
    }
    if (open_.empty()) {
      Report(number, "END:VCARD without a card begun before it; skipped");
      return;
    }
    open_.pop_back();
    if (open_.empty()) HandOver();
  }

  // Gives the cards read so far to VCardReadOptions::on_card, if set.
  void HandOver() {
    if (!options_.on_card) return;
    for (VCard& card : out_.cards) options_.on_card(std::move(card));
    handed_ += out_.cards.size();
    out_.cards.clear();
  }

  void Outside(int number) {
    if (outside_reported_) return;
    outside_reported_ = true;
    Report(number,
           "lines outside a card (no BEGIN:VCARD before them) are skipped");
  }

  // A line without ':' that did not continue a value.
  void NoProperty(int number, std::string_view logical) {
    if (open_.empty()) {
      Outside(number);
      return;
    }
    if (Trim(logical).substr(0, 1) == "#") {
      Report(number, "a comment line; skipped");
      return;
    }
    Report(number,
           Quoted(Trim(logical)) + " is not a property (no ':'); skipped");
  }

  Status AddProperty(int number, Head head, std::string raw, VCard& card) {
    VCardProperty property;
    property.group = std::move(head.group);
    property.name = std::move(head.name);
    property.params = std::move(head.params);
    property.line = number;
    if (head.encoding == "BASE64" || head.encoding == "B") {
      // 2.1 ends base64 at a blank line; its lines need not be indented.
      while (NextContinues()) raw.append(Trim(lines_[next_++].text));
      std::optional<std::string> bytes = DecodeBase64(raw);
      if (!bytes) {
        if (IsPrintableAscii(raw)) {
          return InvalidArgumentError(
              "line " + std::to_string(number) + ": the " + property.name +
              " value is declared base64 but is not; the file is damaged");
        }
        ReportRelaxed(number, "the " + property.name +
                                  " value is declared base64 but holds raw "
                                  "bytes; "
                                  "they are kept as they are");
        bytes = std::move(raw);
      }
      if (!options_.keep_binary) return OkStatus();
      property.value = std::move(*bytes);
      property.binary = true;
      card.properties.push_back(std::move(property));
      return OkStatus();
    }
    if (head.encoding == "QUOTED-PRINTABLE") {
      // A soft line break, or a line break the writer left unencoded.
      while (next_ < lines_.size() && !IsFrameLine(next_)) {
        if (!raw.empty() && raw.back() == '=') {
          raw.pop_back();
        } else if (NextContinues()) {
          raw += '\n';
        } else {
          break;
        }
        raw.append(lines_[next_++].text);
        AppendFolds(raw);
      }
      raw = DecodeQuotedPrintable(raw);
    } else {
      // Android writes a line break in a value as '\' at the line's end.
      while (EndsWithUnpairedBackslash(raw) && NextContinues()) {
        raw.back() = '\n';
        raw.append(lines_[next_++].text);
      }
    }
    property.value = ToText(number, head.charset, std::move(raw));
    card.properties.push_back(std::move(property));
    return OkStatus();
  }

  bool IsFrameLine(size_t index) const {
    if (index >= lines_.size()) return false;
    const std::string upper = Upper(Trim(lines_[index].text));
    return upper.starts_with("BEGIN:") || upper.starts_with("END:");
  }

  // `bytes` as UTF-8: from the charset the property declares, else as they
  // are when they are UTF-8, else from the file's guessed charset.
  std::string ToText(int number, const std::string& charset,
                     std::string bytes) {
    if (!charset.empty()) {
      auto text = ToUtf8(bytes, charset);
      if (text) return std::move(*text);
      if (IsValidUtf8(bytes)) {
        ReportRelaxed(number, text.error().message + "; read as UTF-8");
        return bytes;
      }
      ReportRelaxed(number, text.error().message + "; read as windows-1252");
      return LegacyToUtf8(bytes, "");
    }
    if (IsValidUtf8(bytes)) return bytes;
    return LegacyToUtf8(bytes, file_.guessed_charset);
  }

  static constexpr size_t kMaxProblems = 1000;

  const FileText& file_;
  const VCardReadOptions& options_;
  size_t more_problems_ = 0;
  const std::vector<Line> lines_;
  size_t next_ = 0;
  VCardFile out_;
  std::vector<size_t> open_;  // indices of the cards begun and not ended
  size_t handed_ = 0;         // cards given to on_card
  bool outside_reported_ = false;
};

// `text` with every line break that a space or tab follows removed, with
// that space or tab.
std::string WithoutFolds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\n') {
      size_t j = i;
      while (j < text.size() && (text[j] == '\r' || text[j] == '\n')) ++j;
      if (j < text.size() && (text[j] == ' ' || text[j] == '\t')) {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// jCard (RFC 7095) and xCard (RFC 6351) hold the same data in JSON and XML;
// knoten reads vCard text only.
Status RefuseOtherForms(std::string_view text) {
  const std::string_view start = Trim(text.substr(0, 256));
  if (start.starts_with("[") || start.starts_with("{")) {
    return InvalidArgumentError(
        "this is JSON (jCard?), which knoten does not import; export the "
        "contacts as vCard (.vcf) and import that");
  }
  if (start.starts_with("<")) {
    return InvalidArgumentError(
        "this is XML (xCard?), which knoten does not import; export the "
        "contacts as vCard (.vcf) and import that");
  }
  return OkStatus();
}

}  // namespace

Result<VCardFile> ReadVCards(std::string_view bytes,
                             const VCardReadOptions& options) {
  KNOTEN_ASSIGN_OR_RETURN(FileText file, ReadFileText(bytes));
  return ReadVCards(std::move(file), options);
}

Result<VCardFile> ReadVCards(FileText file, const VCardReadOptions& options) {
  if (!file.utf8 && IsValidUtf8(WithoutFolds(file.bytes))) {
    // UTF-8 whose folds split a character ("\xC3\r\n \xBC"): read as such.
    file.utf8 = true;
    file.guessed_charset.clear();
    file.encoding = "UTF-8";
  }
  if (Status other = RefuseOtherForms(file.bytes); !other) {
    return other.error();
  }
  Reader reader(file, options);
  return reader.Run();
}

bool LooksLikeVCard(std::string_view bytes) {
  auto file = ReadFileText(bytes);
  return file && LooksLikeVCard(*file);
}

bool LooksLikeVCard(const FileText& file) {
  const std::string_view text = file.bytes;
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  const std::string start = AsciiLower(text.substr(first, 256));
  if (start.starts_with("begin:vcard")) return true;
  const bool structured = start.starts_with("[") || start.starts_with("{") ||
                          start.starts_with("<");
  return structured && start.find("vcard") != std::string::npos;
}

}  // namespace knoten::interop
