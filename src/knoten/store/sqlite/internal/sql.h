// Helpers for the SQLite backend: error conversion, WHERE-clause building,
// binding and reading of knoten's value types. Only store/sqlite includes
// this header.

#ifndef KNOTEN_STORE_SQLITE_INTERNAL_SQL_H_
#define KNOTEN_STORE_SQLITE_INTERNAL_SQL_H_

#include <cstdint>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/store/list_options.h"

namespace knoten::store::sqlite_internal {

// Maps an SQLite failure during `what` ("saving a person") to an Error:
// constraint failures of foreign keys → kNotFound, other constraints →
// kFailedPrecondition, busy/locked/read-only/I/O/corrupt → kUnavailable.
Error ErrorFromSqlite(std::string_view what, const SQLite::Exception& e);

// Runs `body` (returning Result<T> or Status) and converts exceptions thrown
// by SQLiteCpp or the standard library into Errors.
template <typename F>
auto Guard(std::string_view what, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    return ErrorFromSqlite(what, e);
  } catch (const std::exception& e) {
    return InternalError("Unexpected failure while " + std::string(what) +
                         ": " + e.what());
  }
}

using SqlValue = std::variant<int64_t, std::string>;

// The WHERE part of a query, built from optional filter conditions.
class Filter {
 public:
  // Adds `condition` (with `?` placeholders, one per value) joined by AND.
  void Add(std::string condition, std::vector<SqlValue> values = {});
  // " WHERE a AND b", or "" without conditions.
  std::string Sql() const;
  // Binds the values starting at parameter index 1.
  void BindTo(SQLite::Statement& statement) const;

 private:
  std::vector<std::string> conditions_;
  std::vector<SqlValue> values_;
};

// `name` as an SQL identifier: in double quotes, inner quotes doubled.
std::string QuoteIdentifier(std::string_view name);

// " LIMIT n OFFSET m" for `paging` (integers only, safe to inline).
std::string PagingSql(const Paging& paging);

// SELECT count(*) FROM <from_clause><filter>.
int64_t CountRows(SQLite::Database& db, const std::string& from_clause,
                  const Filter& filter);

// Binding of knoten values; empty optionals bind NULL.
template <typename Tag>
void BindId(SQLite::Statement& s, int index, Id<Tag> id) {
  s.bind(index, id.value());
}
template <typename Tag>
void BindId(SQLite::Statement& s, int index, const std::optional<Id<Tag>>& id) {
  if (id) {
    s.bind(index, id->value());
  } else {
    s.bind(index);
  }
}
void BindTime(SQLite::Statement& s, int index, Timestamp t);
void BindTime(SQLite::Statement& s, int index,
              const std::optional<Timestamp>& t);
void BindText(SQLite::Statement& s, int index, std::string_view text);
void BindOptionalInt(SQLite::Statement& s, int index,
                     const std::optional<int64_t>& value);

// Reading columns.
template <typename IdT>
IdT ReadId(const SQLite::Statement& s, int index) {
  return IdT(s.getColumn(index).getInt64());
}
template <typename IdT>
std::optional<IdT> ReadOptionalId(const SQLite::Statement& s, int index) {
  if (s.getColumn(index).isNull()) return std::nullopt;
  return IdT(s.getColumn(index).getInt64());
}
Timestamp ReadTime(const SQLite::Statement& s, int index);
std::optional<Timestamp> ReadOptionalTime(const SQLite::Statement& s,
                                          int index);
std::optional<int64_t> ReadOptionalInt(const SQLite::Statement& s, int index);
std::string ReadText(const SQLite::Statement& s, int index);

// Lists of short strings kept in one column, separated by newlines (values
// are single-line by validation).
std::string JoinLines(const std::vector<std::string>& values);
std::vector<std::string> SplitLines(const std::string& joined);

// What a table holds, for messages: the noun ("ledger entry") and the CLI
// command that lists such records ("ledger").
struct RecordKind {
  std::string_view noun;
  std::string_view command;
};

inline constexpr RecordKind kPersonRecord{"person", "person"};

// kNotFound: "<noun> <id> does not exist; ..." naming the list command.
Error NotFound(RecordKind kind, int64_t id);
// Returns NotFound(kind, id) unless the last statement changed a row.
Status ExpectOneChange(SQLite::Database& db, RecordKind kind, int64_t id);

// DELETE FROM `table` WHERE id = `id`; NotFound(kind, id) if nothing was
// deleted. `table` is one of the backend's own table names, never input.
Status DeleteRow(SQLite::Database& db, std::string_view table, RecordKind kind,
                 int64_t id);

// Parses a stored enum name with `parse`; a bad name means a corrupt
// database and surfaces as kInternal.
template <typename E, typename Parse>
E ReadEnum(const SQLite::Statement& s, int index, Parse parse) {
  auto parsed = parse(s.getColumn(index).getString());
  if (!parsed) throw std::runtime_error(parsed.error().message);
  return *parsed;
}

}  // namespace knoten::store::sqlite_internal

#endif  // KNOTEN_STORE_SQLITE_INTERNAL_SQL_H_
