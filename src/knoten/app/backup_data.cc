#include "knoten/app/backup_data.h"

#include <string>
#include <vector>

namespace knoten::app {
namespace {

constexpr std::string_view kPeopleTable = "person";

// Puts the rows a reader hands over into the transaction's tables.
class Restorer final : public BackupRowSink {
 public:
  explicit Restorer(store::TableStore& tables) : tables_(tables) {}

  Status Begin(const BackupHeader& header) override {
    if (header.version > kBackupVersion) {
      return InvalidArgumentError(
          "The backup was written by a newer knoten (backup format " +
          std::to_string(header.version) + "; this knoten reads format " +
          std::to_string(kBackupVersion) +
          "). Restore it with that knoten or a newer one.");
    }
    if (header.version < 1) {
      return InvalidArgumentError("The backup's \"version\" " +
                                  std::to_string(header.version) +
                                  " is not a knoten backup format.");
    }
    const int ours = tables_.SchemaVersion();
    if (header.schema_version > ours) {
      return InvalidArgumentError(
          "The backup was written by a newer knoten (database schema " +
          std::to_string(header.schema_version) + "; this knoten knows " +
          "up to " + std::to_string(ours) +
          "). Restore it with that knoten or a newer one.");
    }
    if (header.schema_version < 1) {
      return InvalidArgumentError("The backup's \"schema_version\" " +
                                  std::to_string(header.schema_version) +
                                  " is not a knoten database schema.");
    }
    return OkStatus();
  }

  Status Row(std::string_view table, std::span<const std::string> columns,
             std::span<const store::Cell> cells) override {
    KNOTEN_RETURN_IF_ERROR(tables_.Insert(table, columns, cells));
    ++counts_.rows;
    if (table == kPeopleTable) ++counts_.people;
    return OkStatus();
  }

  const BackupCounts& counts() const { return counts_; }

 private:
  store::TableStore& tables_;
  BackupCounts counts_;
};

Result<int64_t> TotalRows(store::TableStore& tables,
                          const std::vector<store::TableShape>& shapes) {
  int64_t total = 0;
  for (const store::TableShape& shape : shapes) {
    KNOTEN_ASSIGN_OR_RETURN(const int64_t rows, tables.CountRows(shape));
    total += rows;
  }
  return total;
}

// ExportBackup's work inside its read transaction.
Result<BackupCounts> WriteTables(
    store::TableStore& tables, Timestamp now, BackupWriter& writer,
    const std::function<void(int64_t written, int64_t total)>& progress) {
  KNOTEN_ASSIGN_OR_RETURN(const std::vector<store::TableShape> shapes,
                          tables.Tables());
  KNOTEN_ASSIGN_OR_RETURN(const int64_t total, TotalRows(tables, shapes));
  KNOTEN_RETURN_IF_ERROR(writer.Begin(
      {.schema_version = tables.SchemaVersion(), .exported_at = now}));
  BackupCounts counts;
  const auto report = [&] {
    if (progress && counts.rows % 1024 == 0) progress(counts.rows, total);
  };
  for (const store::TableShape& shape : shapes) {
    const int64_t person = shape.name == kPeopleTable ? 1 : 0;
    const auto write_row = [&](std::span<const store::Cell> row) {
      ++counts.rows;
      counts.people += person;
      report();
      return writer.Row(row);
    };
    KNOTEN_RETURN_IF_ERROR(writer.Table(shape));
    KNOTEN_RETURN_IF_ERROR(tables.ForEachRow(shape, write_row));
  }
  KNOTEN_RETURN_IF_ERROR(writer.End());
  if (progress) progress(counts.rows, total);
  return counts;
}

}  // namespace

Result<BackupCounts> ExportBackup(
    Context& ctx, BackupWriter& writer,
    const std::function<void(int64_t written, int64_t total)>& progress) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return WriteTables(tx.tables(), ctx.clock.Now(), writer, progress);
  });
}

Result<BackupCounts> RestoreBackup(Context& ctx, const BackupReader& read) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<BackupCounts> {
    store::TableStore& tables = tx.tables();
    KNOTEN_ASSIGN_OR_RETURN(const bool empty, tables.Empty());
    if (!empty) {
      return FailedPreconditionError(
          "The database already holds data. A backup is restored only into "
          "a new, empty database, never merged: knoten --db NEW.db restore "
          "FILE.");
    }
    Restorer restorer(tables);
    KNOTEN_RETURN_IF_ERROR(read(restorer));
    KNOTEN_RETURN_IF_ERROR(tables.FinishInserts());
    return restorer.counts();
  });
}

}  // namespace knoten::app
