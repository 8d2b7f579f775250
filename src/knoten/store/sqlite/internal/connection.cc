#include "knoten/store/sqlite/internal/connection.h"

#include <utility>

namespace knoten::store::sqlite_internal {

CachedStatement::CachedStatement(SQLite::Statement* statement,
                                 std::unique_ptr<SQLite::Statement> owned,
                                 bool* in_use)
    : statement_(statement), owned_(std::move(owned)), in_use_(in_use) {
  if (in_use_ != nullptr) *in_use_ = true;
}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : statement_(other.statement_),
      owned_(std::move(other.owned_)),
      in_use_(other.in_use_) {
  other.statement_ = nullptr;
  other.in_use_ = nullptr;
}

CachedStatement::~CachedStatement() {
  if (statement_ == nullptr) return;
  // Neither call can fail in a way that matters here: a failed step already
  // reported its error, and the statement is reused or dropped either way.
  statement_->tryReset();
  statement_->clearBindings();
  if (in_use_ != nullptr) *in_use_ = false;
}

CachedStatement Connection::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    auto statement = std::make_unique<SQLite::Statement>(db_, std::string(sql));
    it = cache_.emplace(std::string(sql), Entry{std::move(statement)}).first;
  }
  Entry& entry = it->second;
  if (entry.in_use) {
    // The same SQL is already being stepped further up the call stack; give
    // this caller its own statement rather than resetting that one.
    auto own = std::make_unique<SQLite::Statement>(db_, std::string(sql));
    SQLite::Statement* raw = own.get();
    return {raw, std::move(own), nullptr};
  }
  return {entry.statement.get(), nullptr, &entry.in_use};
}

void Connection::FlushSearch() {
  if (dirty_.empty()) return;
  // Reading the text and inserting it with VALUES, rather than one
  // INSERT ... SELECT, matters: a statement that may write several rows opens
  // a savepoint, and FTS5 flushes its pending terms to disk at every
  // savepoint, which made the flush of a large transaction several times
  // slower.
  CachedStatement remove = Prepare("DELETE FROM person_search WHERE rowid = ?");
  CachedStatement source =
      Prepare("SELECT body FROM person_search_source WHERE person_id = ?");
  CachedStatement insert =
      Prepare("INSERT INTO person_search(rowid, body) VALUES (?, ?)");
  for (const auto& [person, may_have_row] : dirty_) {
    if (may_have_row) {
      remove->bind(1, person);
      remove->exec();
      remove->reset();
    }
    source->bind(1, person);
    if (source->executeStep()) {  // the person still exists
      insert->bind(1, person);
      insert->bind(2, source->getColumn(0).getString());
      insert->exec();
      insert->reset();
    }
    source->reset();
  }
  dirty_.clear();
}

}  // namespace knoten::store::sqlite_internal
