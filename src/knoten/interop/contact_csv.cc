#include "knoten/interop/contact_csv.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/interop/csv_reader.h"
#include "knoten/interop/vcard.h"

namespace knoten::interop {
namespace {

enum class Column {
  kUnknown,
  kGiven,
  kMiddle,
  kFamily,
  kDisplay,
  kNickname,
  kOrganisation,
  kRole,
  kEmail,
  kPhone,
  kUrl,
  kCity,
  kNotes,
  kTags,     // other apps' categories: ';' also separates them
  kTagList,  // knoten's own export: one tag per " ::: " value
  kConnectedOn,
};

struct Named {
  std::string_view header;  // lower case
  Column column;
};

// Exact header names, lower case, of the exports in FORMATS.md and of
// hand-made files; numbered Google groups and phone columns are matched by
// ColumnOf's rules.
constexpr auto kHeaders = std::to_array<Named>({
    {"first name", Column::kGiven},
    {"given name", Column::kGiven},
    {"vorname", Column::kGiven},
    {"middle name", Column::kMiddle},
    {"additional name", Column::kMiddle},
    {"weitere vornamen", Column::kMiddle},
    {"last name", Column::kFamily},
    {"family name", Column::kFamily},
    {"surname", Column::kFamily},
    {"nachname", Column::kFamily},
    {"display name", Column::kDisplay},
    {"name", Column::kDisplay},
    {"full name", Column::kDisplay},
    {"anzeigename", Column::kDisplay},
    {"nickname", Column::kNickname},
    {"company", Column::kOrganisation},
    {"organization", Column::kOrganisation},
    {"organisation", Column::kOrganisation},
    {"organization name", Column::kOrganisation},
    {"firma", Column::kOrganisation},
    {"position", Column::kRole},
    {"job title", Column::kRole},
    {"organization title", Column::kRole},
    {"email", Column::kEmail},
    {"e-mail", Column::kEmail},
    {"email address", Column::kEmail},
    {"e-mail address", Column::kEmail},
    {"e-mail 2 address", Column::kEmail},
    {"e-mail 3 address", Column::kEmail},
    {"primary email", Column::kEmail},
    {"secondary email", Column::kEmail},
    {"email home", Column::kEmail},
    {"email work", Column::kEmail},
    {"email other", Column::kEmail},
    {"e-mail-adresse", Column::kEmail},
    {"e-mail 2: adresse", Column::kEmail},
    {"e-mail 3: adresse", Column::kEmail},
    {"url", Column::kUrl},
    {"web page", Column::kUrl},
    {"web page 1", Column::kUrl},
    {"web page 2", Column::kUrl},
    {"personal web page", Column::kUrl},
    {"website", Column::kUrl},
    {"webseite", Column::kUrl},
    {"city", Column::kCity},
    {"business city", Column::kCity},
    {"home city", Column::kCity},
    {"work city", Column::kCity},
    {"ort", Column::kCity},
    {"ort geschäftlich", Column::kCity},
    {"ort privat", Column::kCity},
    {"stadt", Column::kCity},
    {"notes", Column::kNotes},
    {"note", Column::kNotes},
    {"notizen", Column::kNotes},
    {"categories", Column::kTags},
    {"kategorien", Column::kTags},
    {"labels", Column::kTags},
    {"group membership", Column::kTags},
    {"tags", Column::kTagList},
    {"connected on", Column::kConnectedOn},
});

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// "e-mail 2 - value" and the like: Google's numbered groups.
bool GroupValue(std::string_view header, std::string_view kind,
                std::string_view field) {
  if (!header.starts_with(kind)) return false;
  header.remove_prefix(kind.size());
  const size_t dash = header.find(" - ");
  if (dash == std::string_view::npos || dash == 0) return false;
  const std::string_view number = Trim(header.substr(0, dash));
  return !number.empty() &&
         std::all_of(number.begin(), number.end(),
                     [](char c) { return c >= '0' && c <= '9'; }) &&
         header.substr(dash + 3) == field;
}

Column ColumnOf(std::string_view raw) {
  const std::string header = AsciiLower(Trim(raw));
  for (const Named& named : kHeaders) {
    if (named.header == header) return named.column;
  }
  if (GroupValue(header, "e-mail ", "value") ||
      GroupValue(header, "email ", "value")) {
    return Column::kEmail;
  }
  if (GroupValue(header, "phone ", "value")) return Column::kPhone;
  if (GroupValue(header, "website ", "value")) return Column::kUrl;
  if (GroupValue(header, "address ", "city")) return Column::kCity;
  if (GroupValue(header, "organization ", "name")) {
    return Column::kOrganisation;
  }
  if (GroupValue(header, "organization ", "title")) return Column::kRole;
  const bool phone = Contains(header, "phone") || Contains(header, "mobil") ||
                     Contains(header, "telefon");
  const bool other = Contains(header, " - ") || Contains(header, "fax") ||
                     Contains(header, "pager") ||
                     Contains(header, "assistant") || Contains(header, "yomi");
  if (phone && !other) return Column::kPhone;
  return Column::kUnknown;
}

bool Identifies(Column column) {
  return column == Column::kGiven || column == Column::kFamily ||
         column == Column::kDisplay || column == Column::kEmail ||
         column == Column::kPhone;
}

// Whether `row` is a header knoten knows: it names a column that can
// identify a person, and columns knoten knows are three or more, or at
// least a third of the named ones.
bool IsHeader(const CsvRow& row) {
  int known = 0;
  int named = 0;
  bool identifies = false;
  for (const std::string& field : row.fields) {
    if (Trim(field).empty()) continue;
    ++named;
    const Column column = ColumnOf(field);
    if (column == Column::kUnknown) continue;
    ++known;
    identifies = identifies || Identifies(column);
  }
  return identifies && (known >= 3 || known * 3 >= named);
}

std::string Flavour(const std::vector<Column>& columns,
                    const std::vector<std::string>& header) {
  const auto has = [&header](std::string_view name) {
    return std::any_of(
        header.begin(), header.end(),
        [name](const std::string& h) { return AsciiLower(Trim(h)) == name; });
  };
  if (std::find(columns.begin(), columns.end(), Column::kConnectedOn) !=
      columns.end()) {
    return "linkedin";
  }
  if (has("e-mail 1 - value") || has("email 1 - value") ||
      has("group membership") || (has("organization name") && has("labels"))) {
    return "google";
  }
  if (has("primary email")) return "thunderbird";
  if (has("e-mail address") || has("e-mail-adresse") || has("business phone") ||
      has("mobiltelefon")) {
    return "outlook";
  }
  return "csv";
}

// Google joins several values in one cell with " ::: ".
std::vector<std::string> Values(std::string_view cell) {
  std::vector<std::string> values;
  while (true) {
    const size_t split = cell.find(" ::: ");
    const std::string_view value = Trim(cell.substr(0, split));
    if (!value.empty()) values.emplace_back(value);
    if (split == std::string_view::npos) break;
    cell.remove_prefix(split + 5);
  }
  return values;
}

// A cell as it was before a writer neutralised it as a formula (a "'" in
// front of '=', '+', '-', '@', a tab or a carriage return, as knoten's CSV
// export and spreadsheet programs write it).
std::string_view Unneutralised(std::string_view cell) {
  if (cell.size() < 2 || cell[0] != '\'') return cell;
  const std::string_view rest = cell.substr(1);
  const size_t first = rest.find_first_not_of(' ');
  if (first == std::string_view::npos) return cell;
  const char c = rest[first];
  const bool formula =
      c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  return formula ? rest : cell;
}

class RowMapper {
 public:
  RowMapper(const std::vector<Column>& columns, const CsvRow& row)
      : columns_(columns), row_(row) {
    card_.version = "4.0";
    card_.line = row.line;
  }

  VCard Card() {
    std::string given;
    std::string middle;
    std::string family;
    for (size_t i = 0; i < columns_.size() && i < row_.fields.size(); ++i) {
      const std::string_view cell = Unneutralised(row_.fields[i]);
      if (Trim(cell).empty()) continue;
      switch (columns_[i]) {
        case Column::kGiven:
          given = Trim(cell);
          break;
        case Column::kMiddle:
          middle = Trim(cell);
          break;
        case Column::kFamily:
          family = Trim(cell);
          break;
        case Column::kDisplay:
          Put("FN", cell);
          break;
        case Column::kNickname:
          Put("NICKNAME", cell);
          break;
        case Column::kOrganisation:
          Put("ORG", cell);
          break;
        case Column::kRole:
          Put("TITLE", cell);
          break;
        case Column::kEmail:
          for (const std::string& v : Values(cell)) Put("EMAIL", v);
          break;
        case Column::kPhone:
          for (const std::string& v : Values(cell)) Put("TEL", v);
          break;
        case Column::kUrl:
          for (const std::string& v : Values(cell)) Put("URL", v);
          break;
        case Column::kCity:
          PutRaw("ADR", ";;;" + VCardEscaped(Trim(cell)) + ";;;");
          break;
        case Column::kNotes:
          Put("NOTE", cell);
          break;
        case Column::kTags:
          Tags(cell, /*semicolons_separate=*/true);
          break;
        case Column::kTagList:
          Tags(cell, /*semicolons_separate=*/false);
          break;
        case Column::kConnectedOn:
          Put("NOTE", "LinkedIn: connected on " + std::string(Trim(cell)));
          break;
        case Column::kUnknown:
          break;
      }
    }
    if (!given.empty() || !middle.empty() || !family.empty()) {
      PutRaw("N", VCardEscaped(family) + ";" + VCardEscaped(given) + ";" +
                      VCardEscaped(middle) + ";;");
    }
    return std::move(card_);
  }

 private:
  void Put(std::string name, std::string_view value) {
    PutRaw(std::move(name), VCardEscaped(value));
  }
  void PutRaw(std::string name, std::string value) {
    VCardProperty property;
    property.name = std::move(name);
    property.value = std::move(value);
    property.line = row_.line;
    card_.properties.push_back(std::move(property));
  }
  // Categories and labels, without Google's system groups ("* starred").
  void Tags(std::string_view cell, bool semicolons_separate) {
    std::vector<std::string> tags;
    for (const std::string& value : Values(cell)) {
      if (value.starts_with("* ")) continue;
      if (!semicolons_separate) {
        tags.push_back(VCardEscaped(value));
        continue;
      }
      for (std::string& tag : SplitAndTrim(value, ';')) {
        tags.push_back(VCardEscaped(tag));
      }
    }
    if (!tags.empty()) PutRaw("CATEGORIES", Join(tags, ","));
  }

  const std::vector<Column>& columns_;
  const CsvRow& row_;
  VCard card_;
};

}  // namespace

Result<ContactCsv> ReadContactCsv(std::string_view bytes) {
  KNOTEN_ASSIGN_OR_RETURN(const FileText file, ReadFileText(bytes));
  return ReadContactCsv(file);
}

Result<ContactCsv> ReadContactCsv(const FileText& file) {
  KNOTEN_ASSIGN_OR_RETURN(const CsvTable table, ReadCsv(file));
  constexpr size_t kHeaderWithin = 10;
  size_t header = 0;
  while (header < table.rows.size() && header < kHeaderWithin &&
         !IsHeader(table.rows[header])) {
    ++header;
  }
  if (header >= table.rows.size() || header >= kHeaderWithin) {
    return InvalidArgumentError(
        "no header row with columns knoten knows (such as First Name, Last "
        "Name, E-mail Address, Phone) in the first lines; knoten reads "
        "LinkedIn, Google, Outlook and Thunderbird exports, and CSV files "
        "whose first row names the columns");
  }
  ContactCsv out;
  out.encoding = table.encoding;
  const CsvRow& names = table.rows[header];
  out.header_line = names.line;
  std::vector<Column> columns;
  for (const std::string& name : names.fields) {
    columns.push_back(ColumnOf(name));
  }
  out.flavour = Flavour(columns, names.fields);
  for (size_t r = header + 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    if (std::all_of(row.fields.begin(), row.fields.end(),
                    [](const std::string& f) { return Trim(f).empty(); })) {
      continue;
    }
    out.entries.push_back(ContactEntryOf(RowMapper(columns, row).Card()));
  }
  return out;
}

}  // namespace knoten::interop
