#include "knoten/interop/vcard.h"

#include "knoten/base/text.h"

namespace knoten::interop {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  }
  return true;
}

// Appends the unescaped form of the escape "\c" to `out`.
void AppendEscaped(char c, bool v21, std::string& out) {
  if (v21) {
    if (c != ';') out += '\\';
    out += c;
    return;
  }
  switch (c) {
    case 'n':
    case 'N':
      out += '\n';
      break;
    case ',':
    case ';':
    case ':':
    case '\\':
      out += c;
      break;
    default:  // not an escape: kept as written
      out += '\\';
      out += c;
  }
}

}  // namespace

std::string_view VCardProperty::Param(std::string_view key) const {
  for (const auto& [param, text] : params) {
    if (param == key) return text;
  }
  return {};
}

bool VCardProperty::HasType(std::string_view type) const {
  for (const auto& [key, text] : params) {
    if (key != "TYPE") continue;
    for (const std::string& part : SplitAndTrim(text, ',')) {
      if (EqualsIgnoringCase(part, type)) return true;
    }
  }
  return false;
}

const VCardProperty* VCard::Find(std::string_view property) const {
  for (const VCardProperty& p : properties) {
    if (p.name == property) return &p;
  }
  return nullptr;
}

std::string VCardEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\\' || c == ',' || c == ';') out += '\\';
    out += c;
  }
  return out;
}

std::string VCardText(std::string_view value, std::string_view version) {
  const bool v21 = version == "2.1";
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      AppendEscaped(value[++i], v21, out);
    } else {
      out += value[i];
    }
  }
  return out;
}

std::vector<std::string> VCardComponents(std::string_view value,
                                         std::string_view version) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\') {
      ++i;
    } else if (value[i] == ';') {
      parts.push_back(VCardText(value.substr(start, i - start), version));
      start = i + 1;
    }
  }
  parts.push_back(VCardText(value.substr(start), version));
  return parts;
}

}  // namespace knoten::interop
