#include "knoten/interop/vcard_kept.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/interop/transfer_encoding.h"

namespace knoten::interop {
namespace {

// Mapped to the person (vcard_person.h) or written anew by every export.
constexpr std::array<std::string_view, 11> kNotKept = {
    "FN",  "N",          "ORG",  "TITLE", "EMAIL", "TEL",
    "URL", "CATEGORIES", "NOTE", "UID",   "PRODID"};

// Only the locality (the fourth component) given, no parameters: the city,
// which the person holds.
bool IsCityOnly(const VCard& card, const VCardProperty& adr) {
  if (!adr.params.empty() || !adr.group.empty()) return false;
  const std::vector<std::string> parts =
      VCardComponents(adr.value, card.version);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i != 3 && !Trim(parts[i]).empty()) return false;
  }
  return true;
}

// A parameter value as 4.0 writes it: quoted when it holds ':' or ';' (a
// comma stays a list's separator, TYPE=work,pref), with RFC 6868's escapes
// for '^', '"' and line breaks.
std::string ParamValue(std::string_view value) {
  std::string out;
  bool quote = false;
  for (const char c : value) {
    if (c == '^') {
      out += "^^";
    } else if (c == '"') {
      out += "^'";
    } else if (c == '\n') {
      out += "^n";
    } else if (c != '\r') {
      quote = quote || c == ':' || c == ';';
      out += c;
    }
  }
  return quote ? '"' + out + '"' : out;
}

// 2.1 escapes only ';': a backslash before anything else, and a comma, are
// themselves, which 4.0 writes "\\" and "\,".
std::string TextFrom21(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && (i + 1 >= value.size() || value[i + 1] != ';')) {
      out += "\\\\";
    } else if (c == ',') {
      out += "\\,";
    } else {
      out += c;
    }
  }
  return out;
}

// A URI value (VALUE=uri or url) has no escapes to convert.
bool IsUri(const VCardProperty& p) {
  const std::string value_type = AsciiLower(p.Param("VALUE"));
  return value_type == "uri" || value_type == "url";
}

// RFC 6350, appendix A: properties 4.0 no longer has. Those about the file
// or its maker are left out, like PRODID; those about the person are kept
// as extensions ("X-LABEL"), which any 4.0 reader takes.
bool IsAboutTheFile(std::string_view name) {
  return name == "NAME" || name == "PROFILE" || name == "MAILER";
}
bool IsGoneIn40(std::string_view name) {
  return name == "LABEL" || name == "CLASS" || name == "SORT-STRING" ||
         name == "AGENT";
}

// Properties whose value may be binary.
bool IsMedia(std::string_view name) {
  return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

// `types` (a TYPE parameter's comma-separated list) without "pref", which
// 4.0 says with PREF=1; `pref` is set when it was there.
std::string WithoutPref(std::string_view types, bool& pref) {
  std::string out;
  for (const std::string& type : SplitAndTrim(types, ',')) {
    if (AsciiLower(type) == "pref") {
      pref = true;
      continue;
    }
    if (!out.empty()) out += ',';
    out += type;
  }
  return out;
}

// The parameters of `p` as a 4.0 line writes them, each after its ';'.
std::string Params(const VCardProperty& p, bool binary, bool before_40) {
  std::string out;
  bool pref = false;
  for (const auto& [key, value] : p.params) {
    if (binary && (key == "TYPE" || key == "MEDIATYPE" || key == "VALUE")) {
      continue;  // said by the data: URI
    }
    if (before_40 && key == "TYPE") {
      const std::string types = WithoutPref(value, pref);
      if (!types.empty()) out += ";TYPE=" + ParamValue(types);
      continue;
    }
    out += ';' + key + '=' + ParamValue(value);
  }
  if (pref) out += ";PREF=1";
  return out;
}

// A card has these at most once (RFC 6350's cardinality), or, for PHOTO,
// knoten keeps one.
bool IsSingle(std::string_view name) {
  return name == "BDAY" || name == "ANNIVERSARY" || name == "GENDER" ||
         name == "KIND" || name == "PHOTO";
}

// The media type of the binary value `bytes` of `p`: by its first bytes
// for the common images, else MEDIATYPE or TYPE when they name one
// ("image/png", or "JPEG" for a picture and "WAV" for a sound; TYPE=HOME
// names none).
std::string MediaType(const VCardProperty& p, std::string_view bytes) {
  if (bytes.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
  if (bytes.starts_with("\x89PNG")) return "image/png";
  if (bytes.starts_with("GIF8")) return "image/gif";
  for (const std::string_view key : {"MEDIATYPE", "TYPE"}) {
    std::string type = AsciiLower(p.Param(key));
    if (type.find('/') != std::string::npos) return type;
  }
  const std::string type = AsciiLower(p.Param("TYPE"));
  if (p.name == "SOUND") {
    for (const std::string_view sound : {"wav", "wave", "mp3", "ogg", "aac"}) {
      if (type == sound) return "audio/" + type;
    }
  } else {
    for (const std::string_view image :
         {"jpeg", "png", "gif", "bmp", "tiff", "webp", "heic", "svg"}) {
      if (type == image) return "image/" + type;
    }
    if (type == "jpg") return "image/jpeg";
  }
  return "application/octet-stream";
}

// The bytes of a binary value: decoded already, or, from a card before 4.0,
// a photo (logo, sound, key) given as bare base64 without saying so: one
// whose type is known or that is long enough not to be a word.
std::optional<std::string> BinaryValue(const VCardProperty& p,
                                       std::string_view version) {
  if (p.binary) return p.value;
  if (version == "4.0" || !IsMedia(p.name) || IsUri(p) || p.value.empty() ||
      p.value.find(':') != std::string::npos) {
    return std::nullopt;  // a URI ("https:", "data:") or text
  }
  std::optional<std::string> bytes = DecodeBase64(p.value);
  if (bytes && MediaType(p, *bytes) == "application/octet-stream" &&
      p.value.size() < 64) {
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

bool IsKeptProperty(const VCard& card, const VCardProperty& property) {
  const std::string_view name = property.name;
  if (name == "REV" || IsAboutTheFile(name)) return false;
  if (std::find(kNotKept.begin(), kNotKept.end(), name) != kNotKept.end()) {
    return property.binary;  // a binary one is not mapped
  }
  if (name == "ROLE") return card.Find("TITLE") != nullptr;
  if (name == "ADR") return !IsCityOnly(card, property);
  return true;
}

std::string KeptLine(const VCardProperty& p, std::string_view version) {
  const bool before_40 = version != "4.0";
  const std::optional<std::string> binary = BinaryValue(p, version);
  std::string line;
  if (!p.group.empty()) line = p.group + '.';
  if (before_40 && IsGoneIn40(p.name)) line += "X-";
  line += p.name;
  line += Params(p, binary.has_value(), before_40);
  line += ':';
  if (binary) {
    line +=
        "data:" + MediaType(p, *binary) + ";base64," + EncodeBase64(*binary);
  } else {
    const std::string value = version == "2.1" && !IsUri(p)
                                  ? TextFrom21(p.value)
                                  : std::string(p.value);
    for (const char c : value) {  // a line break as 4.0 escapes it
      if (c == '\n') {
        line += "\\n";
      } else if (c != '\r') {
        line += c;
      }
    }
  }
  // A line break left in a group or parameter name (a file of mixed line
  // endings) would make the line two.
  std::erase_if(line, [](char c) { return c == '\r' || c == '\n'; });
  return ValidUtf8(line);
}

namespace {

// "item1" and "X-ABLABEL" of "item1.X-ABLABEL;TYPE=x:Work"; the group is
// empty without one.
std::pair<std::string_view, std::string_view> GroupAndName(
    std::string_view line) {
  const std::string_view name = line.substr(0, line.find_first_of(";:"));
  const size_t dot = name.find('.');
  if (dot == std::string_view::npos) return {{}, name};
  return {name.substr(0, dot), name.substr(dot + 1)};
}

}  // namespace

std::string_view KeptLineName(std::string_view line) {
  return GroupAndName(line).second;
}

std::string_view KeptLineValue(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == ':' && !quoted) return line.substr(i + 1);
  }
  return {};
}

namespace {

std::string_view KeptLineGroup(std::string_view line) {
  return GroupAndName(line).first;
}

// The line without its group: "X-ABLABEL:Work".
std::string_view Ungrouped(std::string_view line) {
  const std::string_view group = KeptLineGroup(line);
  return group.empty() ? line : line.substr(group.size() + 1);
}

// The ungrouped lines of each group of `lines`, by group.
std::map<std::string, std::vector<std::string_view>, std::less<>> Groups(
    const std::vector<std::string>& lines) {
  std::map<std::string, std::vector<std::string_view>, std::less<>> groups;
  for (const std::string& line : lines) {
    const std::string_view group = KeptLineGroup(line);
    if (!group.empty()) groups[std::string(group)].push_back(Ungrouped(line));
  }
  return groups;
}

// Whether `lines` holds every one of `wanted`.
bool HasAll(const std::vector<std::string_view>& lines,
            const std::vector<std::string_view>& wanted) {
  return std::all_of(wanted.begin(), wanted.end(), [&](std::string_view w) {
    return std::find(lines.begin(), lines.end(), w) != lines.end();
  });
}

// What becomes of each group of `more` beside `lines`: left out (empty)
// when one group of `lines` has all its lines already, else its own name or,
// when `lines` uses that name, the first "itemN" neither uses.
std::map<std::string, std::string, std::less<>> GroupNames(
    const std::vector<std::string>& lines,
    const std::vector<std::string>& more) {
  const auto had = Groups(lines);
  const auto adding = Groups(more);
  std::map<std::string, std::string, std::less<>> names;
  const auto used = [&](const std::string& name) {
    return had.contains(name) || adding.contains(name) ||
           std::any_of(names.begin(), names.end(),
                       [&](const auto& n) { return n.second == name; });
  };
  int next = 1;
  for (const auto& entry : adding) {
    const std::string& group = entry.first;
    const std::vector<std::string_view>& members = entry.second;
    const bool there = std::any_of(had.begin(), had.end(), [&](const auto& h) {
      return HasAll(h.second, members);
    });
    if (there) {
      names[group] = "";
    } else if (!had.contains(group)) {
      names[group] = group;
    } else {
      while (used("item" + std::to_string(next))) ++next;
      names[group] = "item" + std::to_string(next);
    }
  }
  return names;
}

}  // namespace

std::vector<std::string> UnionOfKeptLines(
    std::vector<std::string> lines, const std::vector<std::string>& more) {
  // A group ties its lines together (Apple's item1.X-ABLABEL names
  // item1.ADR): another card's item1 is another group.
  const auto group_names = GroupNames(lines, more);
  for (const std::string& added : more) {
    std::string line = added;
    if (const std::string_view group = KeptLineGroup(added); !group.empty()) {
      const std::string& name = group_names.find(group)->second;
      if (name.empty()) continue;
      line = name + '.' + std::string(Ungrouped(added));
    }
    if (std::find(lines.begin(), lines.end(), line) != lines.end()) continue;
    const std::string_view name = KeptLineName(line);
    if (IsSingle(name) &&
        std::any_of(lines.begin(), lines.end(), [name](const std::string& had) {
          return KeptLineName(had) == name;
        })) {
      continue;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace knoten::interop
