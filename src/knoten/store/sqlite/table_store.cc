// The tables as they are (store::TableStore), described by SQLite's own
// schema: the tables SQLite lists as ordinary ("table", not "virtual" or
// "shadow", which is the full-text index), their columns from
// pragma_table_info, their references from pragma_foreign_key_check.

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "knoten/base/text.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

// Secrets: left out of Tables(), and put back as this unusable value.
struct Secret {
  std::string_view table;
  std::string_view column;
  std::string_view restored_as;
};
// An empty hash never verifies: the account needs `knoten password`.
constexpr std::array<Secret, 1> kSecrets = {{{"account", "password_hash", ""}}};

// Tables left out whole: the calendar feeds' token hashes (a restored
// database has no feed until one is made anew).
constexpr std::array<std::string_view, 1> kSecretTables = {"calendar_feed"};

bool IsSecretTable(std::string_view table) {
  return std::find(kSecretTables.begin(), kSecretTables.end(), table) !=
         kSecretTables.end();
}

bool IsSecret(std::string_view table, std::string_view column) {
  return std::any_of(
      std::begin(kSecrets), std::end(kSecrets),
      [&](const Secret& s) { return s.table == table && s.column == column; });
}

Affinity AffinityOf(std::string declared) {
  for (char& c : declared) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (declared.find("INT") != std::string::npos) return Affinity::kInteger;
  if (declared.find("CHAR") != std::string::npos ||
      declared.find("CLOB") != std::string::npos ||
      declared.find("TEXT") != std::string::npos) {
    return Affinity::kText;
  }
  if (declared.find("REAL") != std::string::npos ||
      declared.find("FLOA") != std::string::npos ||
      declared.find("DOUB") != std::string::npos) {
    return Affinity::kReal;
  }
  return Affinity::kAny;
}

bool Fits(const Cell& cell, Affinity affinity) {
  if (std::holds_alternative<std::monostate>(cell)) return true;
  switch (affinity) {
    case Affinity::kInteger:
      return std::holds_alternative<int64_t>(cell);
    case Affinity::kText:
      return std::holds_alternative<std::string>(cell);
    case Affinity::kReal:
      return !std::holds_alternative<std::string>(cell);
    case Affinity::kAny:
      return true;
  }
  return false;
}

std::string_view AffinityNoun(Affinity affinity) {
  switch (affinity) {
    case Affinity::kInteger:
      return "an integer";
    case Affinity::kText:
      return "text";
    case Affinity::kReal:
      return "a number";
    case Affinity::kAny:
      return "a value";
  }
  return "a value";
}

// A stored value as a Cell; kInternal for binary data, which knoten never
// writes.
Result<Cell> ReadCell(const SQLite::Column& column, std::string_view table,
                      std::string_view name) {
  switch (column.getType()) {
    case SQLITE_INTEGER:
      return Cell(column.getInt64());
    case SQLITE_FLOAT:
      return Cell(column.getDouble());
    case SQLITE_TEXT:
      return Cell(column.getString());
    case SQLITE_NULL:
      return Cell(std::monostate{});
    default:
      return InternalError("The table '" + std::string(table) +
                           "' holds binary data in '" + std::string(name) +
                           "', which knoten never writes.");
  }
}

void BindCell(SQLite::Statement& s, int index, const Cell& cell) {
  if (const auto* number = std::get_if<int64_t>(&cell)) {
    s.bind(index, *number);
  } else if (const auto* real = std::get_if<double>(&cell)) {
    s.bind(index, *real);
  } else if (const auto* text = std::get_if<std::string>(&cell)) {
    BindText(s, index, *text);
  } else {
    s.bind(index);
  }
}

}  // namespace

Result<int> SqliteTableStore::SchemaVersion() {
  return Guard("reading the schema version", [&]() -> Result<int> {
    return static_cast<int>(db_.execAndGet("PRAGMA user_version").getInt64());
  });
}

Result<const SqliteTableStore::TableInfo*> SqliteTableStore::Info(
    std::string_view table) {
  KNOTEN_RETURN_IF_ERROR(LoadTables());
  const auto found = tables_.find(table);
  if (found == tables_.end()) {
    return InvalidArgumentError("There is no table '" + std::string(table) +
                                "' in this knoten's database.");
  }
  return &found->second;
}

namespace {

// The columns of `name`, secrets left out, and its key. Throws
// SQLite::Exception.
SqliteTableStore::TableInfo DescribeTable(SQLite::Database& db,
                                          const std::string& name) {
  SqliteTableStore::TableInfo info;
  info.shape.name = name;
  SQLite::Statement columns(
      db, "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid");
  columns.bind(1, name);
  std::vector<std::pair<int64_t, std::string>> key;
  while (columns.executeStep()) {
    const std::string column = columns.getColumn(0).getString();
    if (const int64_t pk = columns.getColumn(2).getInt64(); pk > 0) {
      key.emplace_back(pk, QuoteIdentifier(column));
    }
    if (IsSecret(name, column)) continue;
    info.shape.columns.push_back(column);
    info.affinity.emplace(column, AffinityOf(columns.getColumn(1).getString()));
  }
  std::sort(key.begin(), key.end());
  for (auto& [position, column] : key) {
    (void)position;
    info.order_by += (info.order_by.empty() ? "" : ", ") + column;
  }
  if (info.order_by.empty()) info.order_by = "rowid";
  return info;
}

}  // namespace

Status SqliteTableStore::LoadTables() {
  if (loaded_) return OkStatus();
  return Guard("reading the database's tables", [&]() -> Status {
    SQLite::Statement list(
        db_,
        "SELECT s.name FROM sqlite_schema s JOIN pragma_table_list l "
        "ON l.schema = 'main' AND l.name = s.name WHERE s.type = 'table' "
        "AND l.type = 'table' AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY s.rowid");
    while (list.executeStep()) {
      const std::string name = list.getColumn(0).getString();
      if (IsSecretTable(name)) continue;
      tables_.emplace(name, DescribeTable(db_, name));
      order_.push_back(name);
    }
    loaded_ = true;
    return OkStatus();
  });
}

Result<std::vector<TableShape>> SqliteTableStore::Tables() {
  KNOTEN_RETURN_IF_ERROR(LoadTables());
  std::vector<TableShape> out;
  out.reserve(order_.size());
  for (const std::string& name : order_) out.push_back(tables_.at(name).shape);
  return out;
}

Result<int64_t> SqliteTableStore::CountRows(const TableShape& table) {
  KNOTEN_ASSIGN_OR_RETURN(const TableInfo* info, Info(table.name));
  return Guard("counting the rows of " + table.name, [&]() -> Result<int64_t> {
    return db_
        .execAndGet("SELECT count(*) FROM " + QuoteIdentifier(info->shape.name))
        .getInt64();
  });
}

Status SqliteTableStore::ForEachRow(
    const TableShape& table,
    const std::function<Status(std::span<const Cell> row)>& visit) {
  KNOTEN_ASSIGN_OR_RETURN(const TableInfo* info, Info(table.name));
  std::string sql = "SELECT ";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (!info->affinity.contains(table.columns[i])) {
      return InvalidArgumentError("The table '" + table.name +
                                  "' has no column '" + table.columns[i] +
                                  "'.");
    }
    sql += (i == 0 ? "" : ", ") + QuoteIdentifier(table.columns[i]);
  }
  sql += " FROM " + QuoteIdentifier(table.name) + " ORDER BY " + info->order_by;
  return Guard("reading the rows of " + table.name, [&]() -> Status {
    SQLite::Statement select(db_, sql);
    std::vector<Cell> row(table.columns.size());
    while (select.executeStep()) {
      for (size_t i = 0; i < row.size(); ++i) {
        KNOTEN_ASSIGN_OR_RETURN(
            row[i], ReadCell(select.getColumn(static_cast<int>(i)), table.name,
                             table.columns[i]));
      }
      KNOTEN_RETURN_IF_ERROR(visit(row));
    }
    return OkStatus();
  });
}

std::vector<Reference> ReferencesTo(SQLite::Database& db,
                                    std::string_view parent) {
  SQLite::Statement select(
      db,
      "SELECT s.name, f.\"from\" FROM sqlite_schema s JOIN pragma_table_list l "
      "ON l.schema = 'main' AND l.name = s.name "
      "JOIN pragma_foreign_key_list(s.name) f "
      "WHERE s.type = 'table' AND l.type = 'table' AND f.\"table\" = ? "
      "ORDER BY s.rowid, f.id, f.seq");
  select.bind(1, std::string(parent));
  std::vector<Reference> out;
  while (select.executeStep()) {
    out.push_back({.table = select.getColumn(0).getString(),
                   .column = select.getColumn(1).getString()});
  }
  return out;
}

Result<std::vector<Reference>> SqliteTableStore::ReferencesTo(
    std::string_view parent) {
  return Guard("reading the references to " + std::string(parent),
               [&]() -> Result<std::vector<Reference>> {
                 return sqlite_internal::ReferencesTo(db_, parent);
               });
}

Result<std::vector<Cell>> SqliteTableStore::DistinctValues(
    std::string_view table, std::string_view column) {
  KNOTEN_ASSIGN_OR_RETURN(const TableInfo* info, Info(table));
  if (!info->affinity.contains(column)) {
    return InvalidArgumentError("The table '" + std::string(table) +
                                "' has no column '" + std::string(column) +
                                "'.");
  }
  return Guard("reading the values of " + std::string(table),
               [&]() -> Result<std::vector<Cell>> {
                 SQLite::Statement select(
                     db_, "SELECT DISTINCT " + QuoteIdentifier(column) +
                              " FROM " + QuoteIdentifier(table));
                 std::vector<Cell> out;
                 while (select.executeStep()) {
                   KNOTEN_ASSIGN_OR_RETURN(
                       Cell cell, ReadCell(select.getColumn(0), table, column));
                   out.push_back(std::move(cell));
                 }
                 return out;
               });
}

Result<bool> SqliteTableStore::Empty() {
  KNOTEN_RETURN_IF_ERROR(LoadTables());
  return Guard("checking whether the database is empty", [&]() -> Result<bool> {
    for (const std::string& name : order_) {
      if (db_.execAndGet("SELECT EXISTS (SELECT 1 FROM " +
                         QuoteIdentifier(name) + ")")
              .getInt64() != 0) {
        return false;
      }
    }
    return true;
  });
}

namespace {

// Whether `cell` may go into `column` of `info`'s table, after `before`.
Status CheckCell(const SqliteTableStore::TableInfo& info,
                 std::span<const std::string> before, const std::string& column,
                 const Cell& cell) {
  const std::string& table = info.shape.name;
  const auto affinity = info.affinity.find(column);
  if (affinity == info.affinity.end()) {
    return InvalidArgumentError("The table '" + table + "' has no column '" +
                                column + "'.");
  }
  if (std::find(before.begin(), before.end(), column) != before.end()) {
    return InvalidArgumentError("The column '" + column + "' is given twice.");
  }
  const Affinity wanted = affinity->second;
  if (!Fits(cell, wanted)) {
    return InvalidArgumentError("The column '" + column + "' of '" + table +
                                "' needs " + std::string(AffinityNoun(wanted)) +
                                ".");
  }
  if (const auto* text = std::get_if<std::string>(&cell);
      text != nullptr && !IsValidUtf8(*text)) {
    return InvalidArgumentError("The column '" + column + "' of '" + table +
                                "' holds text that is not UTF-8.");
  }
  return OkStatus();
}

// INSERT INTO table(columns..., secrets...) VALUES (?, ...); adds the values
// the secrets are restored as to `secrets`.
std::string InsertSql(std::string_view table,
                      std::span<const std::string> columns,
                      std::vector<std::string_view>& secrets) {
  std::string names;
  std::string marks;
  const auto add = [&](std::string_view column) {
    names += (names.empty() ? "" : ", ") + QuoteIdentifier(column);
    marks += marks.empty() ? "?" : ", ?";
  };
  for (const std::string& column : columns) add(column);
  for (const Secret& secret : kSecrets) {
    if (secret.table != table) continue;
    add(secret.column);
    secrets.push_back(secret.restored_as);
  }
  return "INSERT INTO " + QuoteIdentifier(table) +
         (names.empty() ? " DEFAULT VALUES"
                        : "(" + names + ") VALUES (" + marks + ")");
}

}  // namespace

Status SqliteTableStore::Insert(std::string_view table,
                                std::span<const std::string> columns,
                                std::span<const Cell> cells) {
  KNOTEN_ASSIGN_OR_RETURN(const TableInfo* info, Info(table));
  if (columns.size() != cells.size()) {
    return InternalError("Insert needs one cell per column.");
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    KNOTEN_RETURN_IF_ERROR(
        CheckCell(*info, columns.first(i), columns[i], cells[i]));
  }
  if (plan_.table != table || !std::ranges::equal(plan_.columns, columns)) {
    plan_.table = table;
    plan_.columns.assign(columns.begin(), columns.end());
    plan_.secrets.clear();
    plan_.sql = InsertSql(table, columns, plan_.secrets);
    plan_.what = "restoring a row of " + plan_.table;
  }
  return Guard(plan_.what, [&]() -> Status {
    if (!inserting_) {
      // References are counted while the rows go in (SQLite's deferred
      // foreign keys) and reported by FinishInserts.
      db_.exec("PRAGMA defer_foreign_keys = ON");
      DropIndexes();
      inserting_ = true;
    }
    CachedStatement insert = conn_.Prepare(plan_.sql);
    int index = 1;
    for (const Cell& cell : cells) BindCell(*insert, index++, cell);
    for (const std::string_view secret : plan_.secrets) {
      BindText(*insert, index++, secret);
    }
    insert->exec();
    return OkStatus();
  });
}

// Building an index once from all rows sorts them; keeping it up to date
// row by row walks it at random. So the restore (into an empty database, in
// one transaction, which undoes the drop if it fails) drops the plain
// indexes first; keys, unique indexes and the full-text index stay.
void SqliteTableStore::DropIndexes() {
  std::vector<std::pair<std::string, std::string>> indexes;
  {
    SQLite::Statement select(
        db_,
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql "
        "IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
    while (select.executeStep()) {
      indexes.emplace_back(select.getColumn(0).getString(),
                           select.getColumn(1).getString());
    }
  }
  for (const auto& [name, sql] : indexes) {
    db_.exec("DROP INDEX " + QuoteIdentifier(name));
    dropped_indexes_.push_back(sql);
  }
}

Status SqliteTableStore::FindBrokenReference() {
  SQLite::Statement check(
      db_,
      "SELECT c.\"table\", c.parent, f.\"from\", c.rowid FROM "
      "pragma_foreign_key_check c JOIN pragma_foreign_key_list(c.\"table\") "
      "f ON f.id = c.fkid LIMIT 1");
  if (check.executeStep()) {
    return FailedPreconditionError(
        "A row of '" + check.getColumn(0).getString() + "' (row id " +
        std::to_string(check.getColumn(3).getInt64()) + ") refers in '" +
        check.getColumn(2).getString() + "' to a row of '" +
        check.getColumn(1).getString() + "' that is not there.");
  }
  return OkStatus();
}

Status SqliteTableStore::FinishInserts() {
  return Guard("checking the restored rows' references", [&]() -> Status {
    // SQLite counts the references not (yet) satisfied while the rows go
    // in; only when some are left is the full check (seconds on a large
    // backup) run, to name the first of them.
    int broken = 0;
    int highest = 0;
    if (sqlite3_db_status(db_.getHandle(), SQLITE_DBSTATUS_DEFERRED_FKS,
                          &broken, &highest, 0) != SQLITE_OK ||
        broken != 0) {
      KNOTEN_RETURN_IF_ERROR(FindBrokenReference());
      if (broken != 0) {
        return FailedPreconditionError(
            "Some restored rows refer to rows that are not there.");
      }
    }
    db_.exec("PRAGMA defer_foreign_keys = OFF");
    for (const std::string& index : dropped_indexes_) db_.exec(index);
    dropped_indexes_.clear();
    inserting_ = false;
    db_.exec("DELETE FROM person_search");
    db_.exec(
        "INSERT INTO person_search(rowid, body) "
        "SELECT person_id, body FROM person_search_source");
    return OkStatus();
  });
}

}  // namespace knoten::store::sqlite_internal
