#include "knoten/cli/internal/render.h"

#include <algorithm>
#include <array>
#include <utility>

namespace knoten::cli {

size_t TextWidth(std::string_view text) {
  return static_cast<size_t>(std::count_if(
      text.begin(), text.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

namespace {

struct Label {
  std::string_view field;
  std::string_view en;
  std::string_view de;
};

constexpr std::array<Label, 53> kLabels = {{
    {"id", "ID", "ID"},
    {"display_name", "Name", "Name"},
    {"name", "Name", "Name"},
    {"given_name", "Given name", "Vorname"},
    {"family_name", "Family name", "Nachname"},
    {"organisation", "Organisation", "Organisation"},
    {"role", "Role", "Rolle"},
    {"emails", "E-mail", "E-Mail"},
    {"phones", "Phone", "Telefon"},
    {"urls", "Web", "Web"},
    {"city", "City", "Ort"},
    {"languages", "Languages", "Sprachen"},
    {"tags", "Tags", "Schlagwörter"},
    {"notes", "Notes", "Notizen"},
    {"first_met_at", "First met", "Kennengelernt am"},
    {"first_met_event_id", "First met at event", "Kennengelernt bei"},
    {"rhythm_days", "Keep in touch every (days)", "Kontakt halten alle (Tage)"},
    {"archived", "Archived", "Archiviert"},
    {"created_at", "Created", "Angelegt"},
    {"updated_at", "Updated", "Geändert"},
    {"person_id", "Person", "Kontakt"},
    {"title", "Title", "Titel"},
    {"text", "Text", "Text"},
    {"lang", "Language", "Sprache"},
    {"audience", "For whom", "Für wen"},
    {"active", "Active", "Aktiv"},
    {"on_behalf_of", "On behalf of", "Im Auftrag von"},
    {"kind", "Kind", "Art"},
    {"url", "Web", "Web"},
    {"yearly_fee", "Yearly fee", "Jahresbeitrag"},
    {"currency", "Currency", "Währung"},
    {"cadence", "Cadence", "Rhythmus"},
    {"network_id", "Network", "Netzwerk"},
    {"since", "Since", "Seit"},
    {"starts_at", "Starts", "Beginn"},
    {"duration_minutes", "Minutes", "Minuten"},
    {"place", "Place", "Ort"},
    {"cost", "Cost", "Kosten"},
    {"attendees", "Attendees", "Teilnehmende"},
    {"occurred_at", "When", "Wann"},
    {"event_id", "Event", "Veranstaltung"},
    {"people", "People", "Personen"},
    {"topics", "Topics", "Themen"},
    {"direction", "Direction", "Richtung"},
    {"referral_status", "Referral status", "Status der Empfehlung"},
    {"business_value", "Business value", "Auftragswert"},
    {"status", "Status", "Status"},
    {"due_at", "Due", "Fällig"},
    {"about", "About", "Worum"},
    {"person_name", "Person", "Kontakt"},
    {"business_name", "Business", "Firma"},
    {"positioning", "Positioning", "Positionierung"},
    {"expertise_areas", "Expertise", "Fachgebiete"},
}};

std::string Truncate(const std::string& text, size_t max_width) {
  if (TextWidth(text) <= max_width) return text;
  std::string out;
  size_t width = 0;
  for (char c : text) {
    const bool starts = (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    if (starts && ++width > max_width - 1) break;
    out += c;
  }
  return out + "…";
}

std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

std::string FieldLabel(std::string_view field, UiLang lang) {
  for (const Label& label : kLabels) {
    if (label.field == field) {
      return std::string(lang == UiLang::kDe ? label.de : label.en);
    }
  }
  std::string text(field);
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

std::string CellText(const Json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_array()) {
    std::string out;
    for (const Json& item : value) {
      if (!out.empty()) out += ", ";
      out += CellText(item);
    }
    return out;
  }
  return value.dump();
}

// A list of records inside a record, one line per item.
void RenderNestedList(const std::string& label, const Json& items,
                      std::ostream& out) {
  out << label << ":\n";
  for (const Json& item : items) {
    std::string line;
    for (const auto& [k, v] : item.items()) {
      const std::string text = CellText(v);
      if (text.empty() || k == "created_at") continue;
      if (!line.empty()) line += " · ";
      line += OneLine(text);
    }
    out << "  - " << line << '\n';
  }
}

void RenderRecord(const Json& record, UiLang lang, std::ostream& out) {
  size_t width = 0;
  for (const auto& [key, value] : record.items()) {
    width = std::max(width, TextWidth(FieldLabel(key, lang)));
  }
  for (const auto& [key, value] : record.items()) {
    if (value.is_array() && !value.empty() && value.front().is_object()) {
      RenderNestedList(FieldLabel(key, lang), value, out);
      continue;
    }
    const std::string text = CellText(value);
    if (text.empty() || (value.is_boolean() && !value.get<bool>())) continue;
    const std::string label = FieldLabel(key, lang);
    out << label << ':' << std::string(width - TextWidth(label) + 1, ' ')
        << text << '\n';
  }
}

Status RenderTable(const JsonList& list,
                   const std::vector<std::string>& columns, UiLang lang,
                   std::ostream& out) {
  constexpr size_t kMaxCell = 40;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header;
  std::vector<size_t> widths;
  for (const std::string& column : columns) {
    header.push_back(FieldLabel(column, lang));
    widths.push_back(TextWidth(header.back()));
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const int64_t total, list.produce([&](const ListItem& list_item) {
        const Json item = list_item.Tree();
        std::vector<std::string> row;
        for (size_t c = 0; c < columns.size(); ++c) {
          const auto it = item.find(columns[c]);
          row.push_back(Truncate(OneLine(it == item.end() ? "" : CellText(*it)),
                                 kMaxCell));
          widths[c] = std::max(widths[c], TextWidth(row.back()));
        }
        rows.push_back(std::move(row));
      }));
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) {
        line += std::string(widths[c] - TextWidth(row[c]) + 2, ' ');
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(header);
  for (const auto& row : rows) print_row(row);
  if (static_cast<int64_t>(rows.size()) != total) {
    out << "(" << rows.size() << (lang == UiLang::kDe ? " von " : " of ")
        << total << ")\n";
  }
  return OkStatus();
}

}  // namespace knoten::cli
