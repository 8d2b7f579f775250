#include "knoten/store/sqlite/internal/sql.h"

#include <utility>

#include <sqlite3.h>

#include "knoten/base/text.h"

namespace knoten::store::sqlite_internal {

Error ErrorFromSqlite(std::string_view what, const SQLite::Exception& e) {
  const int code = e.getErrorCode();
  const int extended = e.getExtendedErrorCode();
  const std::string context =
      " while " + std::string(what) + " (" + e.what() + ")";
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
    return NotFoundError("A referenced record does not exist" + context +
                         "; check the ids you gave.");
  }
  if (code == SQLITE_CONSTRAINT) {
    return FailedPreconditionError("The change breaks a rule of the data" +
                                   context + ".");
  }
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return UnavailableError("The database is busy" + context +
                              "; try again when the other knoten is done.");
    case SQLITE_READONLY:
      return UnavailableError("The database is read-only" + context +
                              "; check the file's permissions.");
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
      return UnavailableError("The database file cannot be used" + context +
                              "; check the path, permissions and free space.");
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return UnavailableError("The file is not a usable knoten database" +
                              context + "; check the --db path.");
    default:
      return InternalError("The database failed" + context + ".");
  }
}

void Filter::Add(std::string condition, std::vector<SqlValue> values) {
  conditions_.push_back(std::move(condition));
  for (SqlValue& v : values) values_.push_back(std::move(v));
}

std::string Filter::Sql() const {
  if (conditions_.empty()) return "";
  return " WHERE " + Join(conditions_, " AND ");
}

void Filter::BindTo(SQLite::Statement& statement) const {
  int index = 1;
  for (const SqlValue& value : values_) {
    if (const auto* number = std::get_if<int64_t>(&value)) {
      statement.bind(index++, *number);
    } else {
      statement.bind(index++, std::get<std::string>(value));
    }
  }
}

std::string PagingSql(const Paging& paging) {
  if (!paging.limit && paging.offset <= 0) return "";
  return " LIMIT " + std::to_string(paging.limit.value_or(-1)) + " OFFSET " +
         std::to_string(paging.offset > 0 ? paging.offset : 0);
}

int64_t CountRows(SQLite::Database& db, const std::string& from_clause,
                  const Filter& filter) {
  SQLite::Statement count(db, "SELECT count(*) " + from_clause + filter.Sql());
  filter.BindTo(count);
  count.executeStep();
  return count.getColumn(0).getInt64();
}

void BindTime(SQLite::Statement& s, int index, Timestamp t) {
  s.bind(index, t.unix_seconds());
}

void BindTime(SQLite::Statement& s, int index,
              const std::optional<Timestamp>& t) {
  if (t) {
    s.bind(index, t->unix_seconds());
  } else {
    s.bind(index);
  }
}

void BindText(SQLite::Statement& s, int index, std::string_view text) {
  s.bind(index, std::string(text));
}

void BindOptionalInt(SQLite::Statement& s, int index,
                     const std::optional<int64_t>& value) {
  if (value) {
    s.bind(index, *value);
  } else {
    s.bind(index);
  }
}

Timestamp ReadTime(const SQLite::Statement& s, int index) {
  return Timestamp::FromUnixSeconds(s.getColumn(index).getInt64());
}

std::optional<Timestamp> ReadOptionalTime(const SQLite::Statement& s,
                                          int index) {
  if (s.getColumn(index).isNull()) return std::nullopt;
  return ReadTime(s, index);
}

std::optional<int64_t> ReadOptionalInt(const SQLite::Statement& s, int index) {
  if (s.getColumn(index).isNull()) return std::nullopt;
  return s.getColumn(index).getInt64();
}

std::string QuoteIdentifier(std::string_view name) {
  std::string out = "\"";
  for (const char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

std::string ReadText(const SQLite::Statement& s, int index) {
  return s.getColumn(index).getString();
}

std::string JoinLines(const std::vector<std::string>& values) {
  return Join(values, "\n");
}

std::vector<std::string> SplitLines(const std::string& joined) {
  return SplitAndTrim(joined, '\n');
}

Error NotFound(RecordKind kind, int64_t id) {
  return NotFoundError(std::string(kind.noun) + " " + std::to_string(id) +
                       " does not exist; check the id (see 'knoten " +
                       std::string(kind.command) + " list').");
}

Status ExpectOneChange(SQLite::Database& db, RecordKind kind, int64_t id) {
  if (db.getChanges() == 0) return NotFound(kind, id);
  return OkStatus();
}

Status DeleteRow(SQLite::Database& db, std::string_view table, RecordKind kind,
                 int64_t id) {
  SQLite::Statement remove(
      db, "DELETE FROM " + std::string(table) + " WHERE id = ?");
  remove.bind(1, id);
  remove.exec();
  return ExpectOneChange(db, kind, id);
}

}  // namespace knoten::store::sqlite_internal
