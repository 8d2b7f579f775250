#include "knoten/interop/vcard_kept.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
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

// A card has these at most once (RFC 6350's cardinality), or, for PHOTO,
// knoten keeps one.
bool IsSingle(std::string_view name) {
  return name == "BDAY" || name == "ANNIVERSARY" || name == "GENDER" ||
         name == "KIND" || name == "PHOTO";
}

// The media type of a binary value: MEDIATYPE, else TYPE ("JPEG",
// "image/png"), else a guess by the property.
std::string MediaType(const VCardProperty& p) {
  std::string type(p.Param("MEDIATYPE"));
  if (type.empty()) type = p.Param("TYPE");
  type = AsciiLower(type);
  if (type.find('/') != std::string::npos) return type;
  if (type.empty()) return "application/octet-stream";
  return (p.name == "SOUND" ? "audio/" : "image/") + type;
}

}  // namespace

bool IsKeptProperty(const VCard& card, const VCardProperty& property) {
  const std::string_view name = property.name;
  if (name == "REV") return false;
  if (std::find(kNotKept.begin(), kNotKept.end(), name) != kNotKept.end()) {
    return property.binary;  // a binary one is not mapped
  }
  if (name == "ROLE") return card.Find("TITLE") != nullptr;
  if (name == "ADR") return !IsCityOnly(card, property);
  return true;
}

std::string KeptLine(const VCardProperty& p, std::string_view version) {
  std::string line;
  if (!p.group.empty()) line = p.group + '.';
  line += p.name;
  for (const auto& [key, value] : p.params) {
    if (p.binary && (key == "TYPE" || key == "MEDIATYPE" || key == "VALUE")) {
      continue;  // said by the data: URI
    }
    line += ';' + key + '=' + ParamValue(value);
  }
  line += ':';
  if (p.binary) {
    line += "data:" + MediaType(p) + ";base64," + EncodeBase64(p.value);
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
