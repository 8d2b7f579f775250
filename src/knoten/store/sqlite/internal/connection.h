// One SQLite connection as the table stores see it: the database handle, a
// cache of prepared statements, and the people whose full-text row must be
// rewritten before the transaction commits. Only store/sqlite includes this
// header.

#ifndef KNOTEN_STORE_SQLITE_INTERNAL_CONNECTION_H_
#define KNOTEN_STORE_SQLITE_INTERNAL_CONNECTION_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>

#include "knoten/base/ids.h"
#include "knoten/base/string_hash.h"

namespace knoten::store::sqlite_internal {

// A prepared statement borrowed from a Connection's cache. It is reset and
// its bindings cleared when the handle goes out of scope, so a half-read
// SELECT never keeps the database busy.
class CachedStatement {
 public:
  CachedStatement(SQLite::Statement* statement,
                  std::unique_ptr<SQLite::Statement> owned, bool* in_use);
  CachedStatement(CachedStatement&& other) noexcept;
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  CachedStatement& operator=(CachedStatement&&) = delete;
  ~CachedStatement();

  SQLite::Statement& operator*() { return *statement_; }
  SQLite::Statement* operator->() { return statement_; }

 private:
  SQLite::Statement* statement_;
  std::unique_ptr<SQLite::Statement> owned_;  // when the cached one was busy
  bool* in_use_;                              // null for an owned statement
};

class Connection {
 public:
  explicit Connection(SQLite::Database& db) : db_(db) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() = default;

  SQLite::Database& db() { return db_; }

  // The statement for `sql`, compiled on first use and kept for the life of
  // the connection. Meant for fixed SQL text; SQL built from filters or
  // paging is compiled with a plain SQLite::Statement instead, so the cache
  // stays small. Throws SQLite::Exception like SQLite::Statement does.
  CachedStatement Prepare(std::string_view sql);

  // Records that the searchable text of `person` changed (or that the person
  // was deleted). The full-text rows are rewritten once per person by
  // FlushSearch, not once per change.
  void MarkSearchDirty(PersonId person) { dirty_[person.value()] = true; }
  void MarkSearchDirty(std::optional<PersonId> person) {
    if (person) MarkSearchDirty(*person);
  }
  // The same for a person just inserted, who has no full-text row yet, so
  // there is nothing to delete first.
  void MarkSearchNew(PersonId person) { dirty_.emplace(person.value(), false); }
  // Rewrites the full-text rows of all marked people from
  // person_search_source. Called before a search and before COMMIT.
  void FlushSearch();
  // Forgets the marks (after a rollback).
  void DiscardSearch() { dirty_.clear(); }

 private:
  struct Entry {
    std::unique_ptr<SQLite::Statement> statement;
    bool in_use = false;
  };
  SQLite::Database& db_;
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> cache_;
  // Person id → whether a full-text row may exist and must be deleted.
  std::map<int64_t, bool> dirty_;
};

}  // namespace knoten::store::sqlite_internal

#endif  // KNOTEN_STORE_SQLITE_INTERNAL_CONNECTION_H_
