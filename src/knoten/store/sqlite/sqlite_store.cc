#include "knoten/store/sqlite/sqlite_store.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <utility>

#include <sqlite3.h>

#include "knoten/store/sqlite/internal/connection.h"
#include "knoten/store/sqlite/internal/migrations.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store {
namespace {

using sqlite_internal::Guard;

// What Store::Version() answers from: this connection's commits (exact, in
// memory) and SQLite's data_version for other connections' commits, asked
// again at most every kOthersCheck (asking takes file locks and a stat).
// A commit here makes the next Version() ask again.
struct VersionState {
  static constexpr int64_t kOthersCheck = 1'000'000;  // ns: 1 ms
  static constexpr int64_t kNever = std::numeric_limits<int64_t>::min() / 2;

  uint64_t commits = 0;                     // guarded by the store's mutex
  std::atomic<int64_t> checked_at{kNever};  // steady clock, ns
  std::atomic<uint64_t> version{0};
};

int64_t SteadyNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

class SqliteTransaction final : public Transaction {
 public:
  // `version` (when not null) counts this transaction's successful commit.
  SqliteTransaction(sqlite_internal::Connection& conn,
                    std::unique_lock<std::mutex> lock, VersionState* version)
      : conn_(conn),
        db_(conn.db()),
        lock_(std::move(lock)),
        version_(version),
        accounts_(conn),
        profile_(conn),
        people_(conn),
        offers_(conn),
        needs_(conn),
        networks_(conn),
        events_(conn),
        encounters_(conn),
        ledger_(conn),
        introductions_(conn),
        promises_(conn),
        follow_ups_(conn),
        judgements_(conn),
        pitches_(conn),
        history_(conn),
        tables_(conn) {}
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  ~SqliteTransaction() override {
    if (open_) {
      conn_.DiscardSearch();
      // Rolling back cannot reasonably fail; if it does, SQLite rolls back
      // on the next BEGIN's failure path or when the connection closes.
      sqlite3_exec(db_.getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }

  AccountStore& accounts() override { return accounts_; }
  ProfileStore& profile() override { return profile_; }
  PersonStore& people() override { return people_; }
  OfferStore& offers() override { return offers_; }
  NeedStore& needs() override { return needs_; }
  NetworkStore& networks() override { return networks_; }
  EventStore& events() override { return events_; }
  EncounterStore& encounters() override { return encounters_; }
  LedgerStore& ledger() override { return ledger_; }
  IntroductionStore& introductions() override { return introductions_; }
  PromiseStore& promises() override { return promises_; }
  FollowUpStore& follow_ups() override { return follow_ups_; }
  JudgementStore& judgements() override { return judgements_; }
  PitchStore& pitches() override { return pitches_; }
  HistoryStore& history() override { return history_; }
  TableStore& tables() override { return tables_; }

  Status Commit() override {
    if (!open_) return InternalError("The transaction was already finished.");
    open_ = false;
    Status committed = Guard("committing", [&]() -> Status {
      conn_.FlushSearch();
      db_.exec("COMMIT");
      return OkStatus();
    });
    if (!committed) {
      conn_.DiscardSearch();
      sqlite3_exec(db_.getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else if (version_ != nullptr) {
      ++version_->commits;  // still under the store's lock
      version_->checked_at.store(VersionState::kNever);
    }
    lock_.unlock();  // the transaction is finished; let the next one start
    return committed;
  }

 private:
  sqlite_internal::Connection& conn_;
  SQLite::Database& db_;
  std::unique_lock<std::mutex> lock_;
  VersionState* version_;
  bool open_ = true;
  sqlite_internal::SqliteAccountStore accounts_;
  sqlite_internal::SqliteProfileStore profile_;
  sqlite_internal::SqlitePersonStore people_;
  sqlite_internal::SqliteOfferStore offers_;
  sqlite_internal::SqliteNeedStore needs_;
  sqlite_internal::SqliteNetworkStore networks_;
  sqlite_internal::SqliteEventStore events_;
  sqlite_internal::SqliteEncounterStore encounters_;
  sqlite_internal::SqliteLedgerStore ledger_;
  sqlite_internal::SqliteIntroductionStore introductions_;
  sqlite_internal::SqlitePromiseStore promises_;
  sqlite_internal::SqliteFollowUpStore follow_ups_;
  sqlite_internal::SqliteJudgementStore judgements_;
  sqlite_internal::SqlitePitchStore pitches_;
  sqlite_internal::SqliteHistoryStore history_;
  sqlite_internal::SqliteTableStore tables_;
};

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<SQLite::Database> db)
      : db_(std::move(db)), conn_(*db_) {}

  Result<std::unique_ptr<Transaction>> Begin(TransactionMode mode) override {
    std::unique_lock<std::mutex> lock(mutex_);
    if (mode == TransactionMode::kWrite &&
        sqlite3_db_readonly(db_->getHandle(), "main") == 1) {
      return UnavailableError(
          "The database file is read-only; check its permissions or use "
          "another file with --db.");
    }
    KNOTEN_RETURN_IF_ERROR(Guard("starting a transaction", [&]() -> Status {
      db_->exec(mode == TransactionMode::kWrite ? "BEGIN IMMEDIATE"
                                                : "BEGIN DEFERRED");
      return OkStatus();
    }));
    return std::unique_ptr<Transaction>(std::make_unique<SqliteTransaction>(
        conn_, std::move(lock),
        mode == TransactionMode::kWrite ? &version_ : nullptr));
  }

  // The commits of this connection (counted by its write transactions)
  // and SQLite's data_version, which changes when another connection
  // commits: the first in the upper 32 bits, the second's lower 32 bits
  // below, so that a change of either changes the number.
  // A change by another process shows within VersionState::kOthersCheck.
  Result<uint64_t> Version() override {
    const int64_t now = SteadyNanos();
    if (now - version_.checked_at.load() < VersionState::kOthersCheck) {
      return version_.version.load();
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    return Guard("reading the data version", [&]() -> Result<uint64_t> {
      sqlite_internal::CachedStatement pragma =
          conn_.Prepare("PRAGMA data_version");
      pragma->executeStep();
      const auto others =
          static_cast<uint64_t>(pragma->getColumn(0).getInt64());
      const uint64_t version =
          (version_.commits << 32U) | (others & 0xffffffffU);
      version_.version.store(version);
      version_.checked_at.store(now);
      return version;
    });
  }

  // VACUUM INTO reads one snapshot of the database, as a read transaction
  // would, and writes it compacted into the new file.
  Status CopyTo(const std::string& path) override {
    std::error_code error;
    if (std::filesystem::exists(path, error)) {
      return AlreadyExistsError("'" + path +
                                "' exists already; choose a new file.");
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    return Guard("copying the database to '" + path + "'", [&]() -> Status {
      SQLite::Statement vacuum(*db_, "VACUUM INTO ?");
      vacuum.bind(1, path);
      vacuum.exec();
      return OkStatus();
    });
  }

 private:
  std::mutex mutex_;
  VersionState version_;
  std::unique_ptr<SQLite::Database> db_;
  // Declared after db_: its cached statements are finalised first.
  sqlite_internal::Connection conn_;
};

// Whether `db` now keeps a rollback journal. Leaving the write-ahead log
// needs the file to itself; when another connection has it, SQLite answers
// "busy" or keeps "wal", and the caller stays with the log.
bool FillsWithRollbackJournal(SQLite::Database& db) {
  try {
    return db.execAndGet("PRAGMA journal_mode = DELETE").getString() ==
           "delete";
  } catch (const SQLite::Exception&) {
    return false;
  }
}

Status Configure(SQLite::Database& db, const SqliteOptions& options) {
  return Guard("configuring the database", [&]() -> Status {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = FULL");
    // A page cache (64 MiB unless told): lists over 100k people otherwise
    // re-read pages through pread again and again.
    db.exec("PRAGMA cache_size = -" +
            std::to_string(std::max<int64_t>(options.page_cache_kib, 0)));
    // Reads through a memory map (up to 1 GiB of the file): no copy into the
    // page cache and no cache allocation per page, which more than halved a
    // cold `person list --search` over 100k people. See
    // docs/decisions/0002-streamed-lists.md for the trade-off, and 0007 for
    // why a server does without.
    db.exec(options.memory_map ? "PRAGMA mmap_size = 1073741824"
                               : "PRAGMA mmap_size = 0");
    db.setBusyTimeout(5000);
    // Reading the schema also detects files that are not databases.
    db.execAndGet("SELECT count(*) FROM sqlite_schema");
    if (options.fill_new && FillsWithRollbackJournal(db)) return OkStatus();
    const std::string mode =
        db.execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal" && mode != "memory") {
      return UnavailableError(
          "The database could not switch to WAL mode (it "
          "reports '" +
          mode + "'); check the file system.");
    }
    return OkStatus();
  });
}

}  // namespace

int LatestSqliteSchemaVersion() {
  return sqlite_internal::EmbeddedMigrationCount();
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options) {
  const bool in_memory = options.path == ":memory:";
  if (!in_memory) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(options.path, ec);
    if (!exists && !options.create_if_missing) {
      return UnavailableError(
          "The database '" + options.path +
          "' does not exist; create it with 'knoten init'.");
    }
    if (std::filesystem::is_directory(options.path, ec)) {
      return UnavailableError("'" + options.path +
                              "' is a directory, not a database file; give a "
                              "file path with --db.");
    }
  }
  int flags = SQLite::OPEN_READWRITE | SQLite::OPEN_FULLMUTEX;
  if (options.create_if_missing) flags |= SQLite::OPEN_CREATE;
  auto opened =
      Guard("opening '" + options.path + "'",
            [&]() -> Result<std::unique_ptr<SQLite::Database>> {
              return std::make_unique<SQLite::Database>(options.path, flags);
            });
  if (!opened) return std::move(opened).error();
  std::unique_ptr<SQLite::Database> db = std::move(opened).value();
  KNOTEN_RETURN_IF_ERROR(Configure(*db, options));
  KNOTEN_ASSIGN_OR_RETURN(const int version,
                          sqlite_internal::SchemaVersion(*db));
  if (version < LatestSqliteSchemaVersion() &&
      sqlite3_db_readonly(db->getHandle(), "main") == 1) {
    return UnavailableError("The database '" + options.path +
                            "' is read-only and needs an upgrade; make it "
                            "writable once.");
  }
  KNOTEN_RETURN_IF_ERROR(
      sqlite_internal::MigrateTo(*db, LatestSqliteSchemaVersion()));
  return std::unique_ptr<Store>(std::make_unique<SqliteStore>(std::move(db)));
}

}  // namespace knoten::store
