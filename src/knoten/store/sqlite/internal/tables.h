// The SQLite implementations of the aggregate stores, one class per table
// group, each over the connection of the owning transaction. Only
// store/sqlite includes this header.

#ifndef KNOTEN_STORE_SQLITE_INTERNAL_TABLES_H_
#define KNOTEN_STORE_SQLITE_INTERNAL_TABLES_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "knoten/store/aggregate_stores.h"
#include "knoten/store/sqlite/internal/connection.h"
#include "knoten/store/table_store.h"

namespace knoten::store::sqlite_internal {

#define KNOTEN_SQLITE_CRUD(Record, RecordId)              \
  Result<RecordId> Create(const Record& record) override; \
  Result<Record> Get(RecordId id) override;               \
  Status Update(const Record& record) override;           \
  Status Delete(RecordId id) override

class SqliteAccountStore final : public AccountStore {
 public:
  explicit SqliteAccountStore(Connection& conn) : conn_(conn) {}
  Result<AccountId> Create(const core::Account& account) override;
  Result<core::Account> FindByUsername(std::string_view username) override;
  Result<int64_t> Count() override;
  Status SetPasswordHash(AccountId id, const std::string& hash) override;
  Status PutFeed(AccountId id, const std::string& token_hash,
                 Timestamp created_at) override;
  Status RemoveFeed(AccountId id) override;
  Result<AccountId> FindFeed(const std::string& token_hash) override;

 private:
  Connection& conn_;
};

class SqliteProfileStore final : public ProfileStore {
 public:
  explicit SqliteProfileStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  Result<core::Profile> Get() override;
  Status Put(const core::Profile& profile) override;
  Result<std::vector<core::ReflectionEntry>> Reflection() override;
  Status PutReflection(const core::ReflectionEntry& entry) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqlitePersonStore final : public PersonStore {
 public:
  explicit SqlitePersonStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Person, PersonId);
  Result<Page<core::Person>> List(const PersonFilter& filter,
                                  const Paging& paging) override;
  Result<int64_t> ForEach(
      const PersonFilter& filter, const Paging& paging,
      const std::function<Status(const core::Person&)>& visit) override;
  Result<Page<PersonId>> Search(std::string_view query,
                                const Paging& paging) override;
  Result<std::vector<std::pair<std::string, int64_t>>> MoveReferences(
      PersonId from, PersonId into) override;
  Result<std::vector<std::string>> KeptVCard(PersonId id) override;
  Status SetKeptVCard(PersonId id,
                      const std::vector<std::string>& lines) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteOfferStore final : public OfferStore {
 public:
  explicit SqliteOfferStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Offer, OfferId);
  Result<Page<core::Offer>> List(const OwnerFilter& filter,
                                 const Paging& paging) override;
  Status ForEach(
      const OwnerFilter& filter,
      const std::function<Status(const core::Offer&)>& visit) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteNeedStore final : public NeedStore {
 public:
  explicit SqliteNeedStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Need, NeedId);
  Result<Page<core::Need>> List(const OwnerFilter& filter,
                                const Paging& paging) override;
  Status ForEach(
      const OwnerFilter& filter,
      const std::function<Status(const core::Need&)>& visit) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteNetworkStore final : public NetworkStore {
 public:
  explicit SqliteNetworkStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Network, NetworkId);
  Result<Page<core::Network>> List(const Paging& paging) override;
  Result<MembershipId> AddMembership(
      const core::Membership& membership) override;
  Status RemoveMembership(MembershipId id) override;
  Result<std::vector<core::Membership>> Memberships(
      NetworkId network_id) override;
  Result<std::vector<core::Membership>> MembershipsOf(
      std::optional<PersonId> person_id) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteEventStore final : public EventStore {
 public:
  explicit SqliteEventStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Event, EventId);
  Result<Page<core::Event>> List(const EventFilter& filter,
                                 const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteEncounterStore final : public EncounterStore {
 public:
  explicit SqliteEncounterStore(Connection& conn)
      : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Encounter, EncounterId);
  Result<Page<core::Encounter>> List(const EncounterFilter& filter,
                                     const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteLedgerStore final : public LedgerStore {
 public:
  explicit SqliteLedgerStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::LedgerEntry, LedgerEntryId);
  Result<Page<core::LedgerEntry>> List(const LedgerFilter& filter,
                                       const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteIntroductionStore final : public IntroductionStore {
 public:
  explicit SqliteIntroductionStore(Connection& conn)
      : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Introduction, IntroductionId);
  Result<Page<core::Introduction>> List(const IntroductionFilter& filter,
                                        const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqlitePromiseStore final : public PromiseStore {
 public:
  explicit SqlitePromiseStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Promise, PromiseId);
  Result<Page<core::Promise>> List(const PromiseFilter& filter,
                                   const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteFollowUpStore final : public FollowUpStore {
 public:
  explicit SqliteFollowUpStore(Connection& conn)
      : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::FollowUp, FollowUpId);
  Result<Page<core::FollowUp>> List(const FollowUpFilter& filter,
                                    const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteJudgementStore final : public JudgementStore {
 public:
  explicit SqliteJudgementStore(Connection& conn) : conn_(conn) {}
  Status Put(const core::Judgement& judgement) override;
  Status Remove(PersonId person_id, core::JudgementFactor factor) override;
  Result<std::vector<core::Judgement>> Of(PersonId person_id) override;
  Result<std::vector<core::Judgement>> All() override;

 private:
  Connection& conn_;
};

class SqlitePitchStore final : public PitchStore {
 public:
  explicit SqlitePitchStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  KNOTEN_SQLITE_CRUD(core::Pitch, PitchId);
  Result<Page<core::Pitch>> List(const PitchFilter& filter,
                                 const Paging& paging) override;

 private:
  Connection& conn_;
  SQLite::Database& db_;
};

class SqliteHistoryStore final : public HistoryStore {
 public:
  explicit SqliteHistoryStore(Connection& conn) : db_(conn.db()) {}
  Status Read(HistorySink& sink) override;

 private:
  SQLite::Database& db_;
};

// The columns that refer to rows of `parent`, from the schema (see
// TableStore::ReferencesTo). Throws SQLite::Exception.
std::vector<Reference> ReferencesTo(SQLite::Database& db,
                                    std::string_view parent);

// SQLite's type affinity of a declared column type
// (https://sqlite.org/datatype3.html, section 3.1).
enum class Affinity { kInteger, kText, kReal, kAny };

class SqliteTableStore final : public TableStore {
 public:
  explicit SqliteTableStore(Connection& conn) : conn_(conn), db_(conn.db()) {}
  Result<int> SchemaVersion() override;
  Result<std::vector<TableShape>> Tables() override;
  Result<int64_t> CountRows(const TableShape& table) override;
  Result<std::vector<Reference>> ReferencesTo(std::string_view parent) override;
  Status ForEachRow(
      const TableShape& table,
      const std::function<Status(std::span<const Cell> row)>& visit) override;
  Result<std::vector<Cell>> DistinctValues(std::string_view table,
                                           std::string_view column) override;
  Result<bool> Empty() override;
  Status Insert(std::string_view table, std::span<const std::string> columns,
                std::span<const Cell> cells) override;
  Status FinishInserts() override;

  struct TableInfo {
    TableShape shape;  // without secrets
    // Column → its affinity, secrets left out.
    std::map<std::string, Affinity, std::less<>> affinity;
    std::string order_by;  // the primary key's columns, quoted
  };

 private:
  // Reads the tables' descriptions once per transaction.
  Status LoadTables();
  Result<const TableInfo*> Info(std::string_view table);
  // Drops the plain indexes for the inserts (see table_store.cc).
  void DropIndexes();
  // The first row that refers to a row that is not there, as an error.
  Status FindBrokenReference();

  // The INSERT statement of the last Insert, kept while the table and its
  // columns stay the same (a restore inserts table after table).
  struct InsertPlan {
    std::string table;
    std::vector<std::string> columns;
    std::string sql;
    std::vector<std::string_view> secrets;  // the restored values, in order
    std::string what;  // "restoring a row of TABLE", for errors
  };

  Connection& conn_;
  SQLite::Database& db_;
  bool loaded_ = false;
  bool inserting_ = false;
  // The indexes dropped while rows are inserted (CREATE INDEX statements),
  // made again by FinishInserts.
  std::vector<std::string> dropped_indexes_;
  InsertPlan plan_;
  std::vector<std::string> order_;
  std::map<std::string, TableInfo, std::less<>> tables_;
};

#undef KNOTEN_SQLITE_CRUD

}  // namespace knoten::store::sqlite_internal

#endif  // KNOTEN_STORE_SQLITE_INTERNAL_TABLES_H_
