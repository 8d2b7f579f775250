#include "bench/sqlite_baseline.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <sqlite3.h>

namespace knoten::bench {
namespace {

[[noreturn]] void Die(sqlite3* db, std::string_view what) {
  std::fprintf(stderr, "sqlite baseline: %.*s: %s\n",
               static_cast<int>(what.size()), what.data(),
               db != nullptr ? sqlite3_errmsg(db) : "cannot open");
  std::abort();
}

void Check(sqlite3* db, int rc, std::string_view what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) Die(db, what);
}

// A connection configured like knoten's (store/sqlite/sqlite_store.cc).
class Db {
 public:
  explicit Db(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
      Die(db_, "open " + path);
    }
    Exec(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
        "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824; "
        "PRAGMA journal_mode = WAL;");
  }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db() { sqlite3_close(db_); }

  void Exec(const std::string& sql) {
    Check(db_, sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr), sql);
  }
  sqlite3_stmt* Prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    Check(db_, sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr),
          sql);
    return statement;
  }
  sqlite3* get() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

std::string ColumnText(sqlite3_stmt* s, int i) {
  const auto* text = sqlite3_column_text(s, i);
  return text != nullptr
             ? std::string(reinterpret_cast<const char*>(text),
                           static_cast<size_t>(sqlite3_column_bytes(s, i)))
             : std::string();
}

// The JSON object of one person `p`, field for field as knoten prints it.
constexpr const char* kPersonJson = R"sql(
json_object(
  'id', p.id, 'display_name', p.display_name, 'given_name', p.given_name,
  'family_name', p.family_name, 'organisation', p.organisation,
  'role', p.role,
  'emails', (SELECT json_group_array(value) FROM (SELECT value FROM
             person_channel WHERE person_id = p.id AND kind = 'email'
             ORDER BY position)),
  'phones', (SELECT json_group_array(value) FROM (SELECT value FROM
             person_channel WHERE person_id = p.id AND kind = 'phone'
             ORDER BY position)),
  'urls', (SELECT json_group_array(value) FROM (SELECT value FROM
           person_channel WHERE person_id = p.id AND kind = 'url'
           ORDER BY position)),
  'city', p.city,
  'languages', json(CASE p.languages WHEN '' THEN '[]' ELSE
                    '["' || replace(p.languages, char(10), '","') || '"]' END),
  'tags', (SELECT json_group_array(tag) FROM (SELECT tag FROM person_tag
           WHERE person_id = p.id ORDER BY position)),
  'notes', p.notes,
  'first_met_at', strftime('%Y-%m-%dT%H:%M:%SZ', p.first_met_at, 'unixepoch'),
  'first_met_event_id', p.first_met_event_id,
  'archived', json(CASE p.archived WHEN 1 THEN 'true' ELSE 'false' END),
  'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', p.created_at, 'unixepoch'),
  'updated_at', strftime('%Y-%m-%dT%H:%M:%SZ', p.updated_at, 'unixepoch'))
)sql";

std::string OneJson(const std::string& db_path, const std::string& sql,
                    const std::string& parameter) {
  Db db(db_path);
  sqlite3_stmt* s = db.Prepare(sql);
  if (!parameter.empty()) {
    sqlite3_bind_text(s, 1, parameter.data(),
                      static_cast<int>(parameter.size()), SQLITE_STATIC);
  }
  Check(db.get(), sqlite3_step(s), sql);
  std::string json = ColumnText(s, 0);
  sqlite3_finalize(s);
  return json;
}

}  // namespace

RowSnapshot::Value RowSnapshot::ReadValue(sqlite3_stmt* select, int i) {
  Value v;
  v.type = sqlite3_column_type(select, i);
  if (v.type == SQLITE_INTEGER) v.integer = sqlite3_column_int64(select, i);
  if (v.type == SQLITE_FLOAT) v.real = sqlite3_column_double(select, i);
  if (v.type == SQLITE_TEXT) v.text = ColumnText(select, i);
  return v;
}

RowSnapshot RowSnapshot::Read(const std::string& db_path) {
  Db db(db_path);
  RowSnapshot snapshot;
  // Tables in creation order, so parents come before the rows that refer to
  // them; the full-text table's shadow tables are filled by FTS5 itself.
  sqlite3_stmt* tables = db.Prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
      "'sqlite_%' AND name NOT LIKE 'person_search%' ORDER BY rowid");
  std::vector<std::string> names;
  while (sqlite3_step(tables) == SQLITE_ROW) {
    names.push_back(ColumnText(tables, 0));
  }
  sqlite3_finalize(tables);
  names.emplace_back("person_search");

  for (const std::string& name : names) {
    Table table;
    const bool fts = name == "person_search";
    sqlite3_stmt* select =
        db.Prepare(fts ? "SELECT rowid, body FROM person_search"
                       : "SELECT * FROM " + name);
    table.columns = sqlite3_column_count(select);
    table.insert_sql = fts ? "INSERT INTO person_search(rowid, body) VALUES "
                           : "INSERT INTO " + name + " VALUES ";
    table.insert_sql += "(";
    for (int i = 0; i < table.columns; ++i) {
      table.insert_sql += i == 0 ? "?" : ", ?";
    }
    table.insert_sql += ")";
    while (sqlite3_step(select) == SQLITE_ROW) {
      for (int i = 0; i < table.columns; ++i) {
        table.values.push_back(ReadValue(select, i));
      }
      ++snapshot.rows_;
    }
    sqlite3_finalize(select);
    snapshot.tables_.push_back(std::move(table));
  }
  return snapshot;
}

void RowSnapshot::InsertInto(const std::string& db_path) const {
  Db db(db_path);
  db.Exec("BEGIN IMMEDIATE");
  for (const Table& table : tables_) {
    sqlite3_stmt* insert = db.Prepare(table.insert_sql);
    for (size_t at = 0; at < table.values.size();
         at += static_cast<size_t>(table.columns)) {
      for (int i = 0; i < table.columns; ++i) {
        const Value& v = table.values[at + static_cast<size_t>(i)];
        switch (v.type) {
          case SQLITE_INTEGER:
            sqlite3_bind_int64(insert, i + 1, v.integer);
            break;
          case SQLITE_FLOAT:
            sqlite3_bind_double(insert, i + 1, v.real);
            break;
          case SQLITE_TEXT:
            sqlite3_bind_text(insert, i + 1, v.text.data(),
                              static_cast<int>(v.text.size()), SQLITE_STATIC);
            break;
          default:
            sqlite3_bind_null(insert, i + 1);
        }
      }
      Check(db.get(), sqlite3_step(insert), table.insert_sql);
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
  }
  db.Exec("COMMIT");
}

std::string SqlitePeopleJson(const std::string& db_path) {
  return OneJson(db_path,
                 std::string("SELECT json_object('items', "
                             "json_group_array(json(item)), 'total', count(*)) "
                             "FROM (SELECT ") +
                     kPersonJson +
                     " AS item FROM person p WHERE p.archived = 0 ORDER BY "
                     "p.display_name COLLATE NOCASE, p.id)",
                 "");
}

std::string SqliteSearchJson(const std::string& db_path,
                             const std::string& fts_query) {
  return OneJson(db_path,
                 std::string("SELECT json_object('items', "
                             "json_group_array(json(item)), 'total', count(*)) "
                             "FROM (SELECT ") +
                     kPersonJson +
                     " AS item FROM person_search s JOIN person p ON p.id = "
                     "s.rowid WHERE person_search MATCH ?1 ORDER BY s.rank)",
                 fts_query);
}

}  // namespace knoten::bench
