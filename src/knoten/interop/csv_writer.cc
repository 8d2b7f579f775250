#include "knoten/interop/csv_writer.h"

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/text.h"

namespace knoten::interop {
namespace {

bool StartsLikeAFormula(std::string_view value) {
  size_t i = 0;
  while (i < value.size() && value[i] == ' ') ++i;
  if (i == value.size()) return false;
  const char c = value[i];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string Joined(const std::vector<std::string>& values) {
  return Join(values, " ::: ");
}

}  // namespace

std::string CsvField(std::string_view value) {
  std::string text;
  // A "'" already in front of a formula gets another, since the import
  // takes one off.
  const bool quoted_formula =
      value.starts_with('\'') && StartsLikeAFormula(value.substr(1));
  if (StartsLikeAFormula(value) || quoted_formula) text += '\'';
  text += value;
  if (text.find_first_of(",;\"\r\n\t") == std::string::npos &&
      text.find_first_of(' ') != 0) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvRowText(const std::vector<std::string>& fields) {
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    row += CsvField(fields[i]);
  }
  row += "\r\n";
  return row;
}

std::string PeopleCsvHeader() {
  return CsvRowText({"Display Name", "First Name", "Last Name", "Company",
                     "Job Title", "Email", "Phone", "Web Page", "City", "Tags",
                     "Notes"});
}

std::string PeopleCsvRow(const core::Person& p) {
  return CsvRowText({p.display_name, p.given_name, p.family_name,
                     p.organisation, p.role, Joined(p.emails), Joined(p.phones),
                     Joined(p.urls), p.city, Joined(p.tags), p.notes});
}

}  // namespace knoten::interop
