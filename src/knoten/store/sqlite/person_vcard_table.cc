// The vCard properties kept with a person for export (PersonStore::KeptVCard,
// table person_vcard): one row per person, the lines joined by '\n'.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

Status CheckPersonExists(Connection& conn, PersonId id) {
  CachedStatement exists = conn.Prepare("SELECT 1 FROM person WHERE id = ?");
  exists->bind(1, id.value());
  if (!exists->executeStep()) return NotFound(kPersonRecord, id.value());
  return OkStatus();
}

// The lines of `joined` as they were written: a kept value may end in a
// space, so nothing is trimmed (as SplitLines would).
std::vector<std::string> LinesAsWritten(std::string_view joined) {
  std::vector<std::string> lines;
  while (!joined.empty()) {
    const size_t end = std::min(joined.find('\n'), joined.size());
    lines.emplace_back(joined.substr(0, end));
    joined.remove_prefix(std::min(end + 1, joined.size()));
  }
  return lines;
}

}  // namespace

Result<std::vector<std::string>> SqlitePersonStore::KeptVCard(PersonId id) {
  return Guard("reading a person's kept vCard properties",
               [&]() -> Result<std::vector<std::string>> {
                 CachedStatement select = conn_.Prepare(
                     "SELECT kept FROM person_vcard WHERE person_id = ?");
                 select->bind(1, id.value());
                 if (select->executeStep()) {
                   return LinesAsWritten(ReadText(*select, 0));
                 }
                 select->reset();
                 KNOTEN_RETURN_IF_ERROR(CheckPersonExists(conn_, id));
                 return std::vector<std::string>();
               });
}

Status SqlitePersonStore::SetKeptVCard(PersonId id,
                                       const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    if (line.empty() || line.find_first_of("\r\n") != std::string::npos) {
      return InvalidArgumentError(
          "A kept vCard property is one line, not empty and without a line "
          "break.");
    }
  }
  return Guard("keeping a person's vCard properties", [&]() -> Status {
    KNOTEN_RETURN_IF_ERROR(CheckPersonExists(conn_, id));
    if (lines.empty()) {
      CachedStatement remove =
          conn_.Prepare("DELETE FROM person_vcard WHERE person_id = ?");
      remove->bind(1, id.value());
      remove->exec();
      return OkStatus();
    }
    CachedStatement put = conn_.Prepare(
        "INSERT OR REPLACE INTO person_vcard(person_id, kept) VALUES (?, ?)");
    put->bind(1, id.value());
    BindText(*put, 2, JoinLines(lines));
    put->exec();
    return OkStatus();
  });
}

}  // namespace knoten::store::sqlite_internal
