#include "knoten/app/backup_data.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/core/encounter.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/judgement.h"
#include "knoten/core/lang.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/network.h"
#include "knoten/core/promise.h"
#include "knoten/core/reflection.h"

namespace knoten::app {
namespace {

constexpr std::string_view kPeopleTable = "person";

// A column whose text names one of core's values, and whether a text does.
struct NamedValueColumn {
  std::string_view table;
  std::string_view column;
  bool (*known)(std::string_view text);
};

template <auto Parse>
bool Parses(std::string_view text) {
  return Parse(text).has_value();
}

// Every such column: the SQL types cannot tell "done" from "Done", and a
// value core does not know would make every later read of the table fail.
constexpr std::array<NamedValueColumn, 16> kNamedValues = {{
    {"network", "kind", Parses<core::ParseNetworkKind>},
    {"network", "cadence", Parses<core::ParseCadence>},
    {"offer", "lang", Parses<core::ParseLang>},
    {"need", "lang", Parses<core::ParseLang>},
    {"encounter", "kind", Parses<core::ParseEncounterKind>},
    {"introduction", "status", Parses<core::ParseIntroductionStatus>},
    {"ledger_entry", "direction", Parses<core::ParseDirection>},
    {"ledger_entry", "kind", Parses<core::ParseLedgerKind>},
    {"ledger_entry", "referral_status", Parses<core::ParseReferralStatus>},
    {"promise", "status", Parses<core::ParsePromiseStatus>},
    {"follow_up", "kind", Parses<core::ParseFollowUpKind>},
    {"follow_up", "status", Parses<core::ParseFollowUpStatus>},
    {"reflection_answer", "item", Parses<core::ParseReflectionItem>},
    {"reflection_answer", "answer", Parses<core::ParseReflectionAnswer>},
    {"judgement", "factor", Parses<core::ParseJudgementFactor>},
    {"judgement", "evidence", Parses<core::ParseJudgementEvidence>},
}};

// Checks the restored values that the tables' own rules do not: names of
// core's values, and event durations (core/event.h). Each column's values
// are asked for once each (DistinctValues), so this costs little.
Status CheckRestoredValues(store::TableStore& tables) {
  for (const NamedValueColumn& named : kNamedValues) {
    KNOTEN_ASSIGN_OR_RETURN(const std::vector<store::Cell> values,
                            tables.DistinctValues(named.table, named.column));
    for (const store::Cell& value : values) {
      const auto* text = std::get_if<std::string>(&value);
      if (text == nullptr || named.known(*text)) continue;
      return FailedPreconditionError(
          "The table \"" + std::string(named.table) + "\" holds \"" + *text +
          "\" in \"" + std::string(named.column) +
          "\", which is not one of knoten's values for it.");
    }
  }
  KNOTEN_ASSIGN_OR_RETURN(const std::vector<store::Cell> durations,
                          tables.DistinctValues("event", "duration_minutes"));
  for (const store::Cell& value : durations) {
    const auto* minutes = std::get_if<int64_t>(&value);
    if (minutes != nullptr && *minutes > core::kMaxEventMinutes) {
      return FailedPreconditionError(
          "An event lasts longer than knoten allows (" +
          std::to_string(*minutes) + " minutes; at most " +
          std::to_string(core::kMaxEventMinutes) + ").");
    }
  }
  return OkStatus();
}

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
    KNOTEN_ASSIGN_OR_RETURN(const int ours, tables_.SchemaVersion());
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

// The rows of all `shapes`, or 0 when nobody asks (`wanted` false).
Result<int64_t> TotalRowsIf(bool wanted, store::TableStore& tables,
                            const std::vector<store::TableShape>& shapes) {
  int64_t total = 0;
  if (!wanted) return total;
  for (const store::TableShape& shape : shapes) {
    KNOTEN_ASSIGN_OR_RETURN(const int64_t rows, tables.CountRows(shape));
    total += rows;
  }
  return total;
}

// Hands `writer` the backup's header.
Status BeginBackup(store::TableStore& tables, Timestamp now,
                   BackupWriter& writer) {
  KNOTEN_ASSIGN_OR_RETURN(const int schema, tables.SchemaVersion());
  return writer.Begin({.schema_version = schema, .exported_at = now});
}

// ExportBackup's work inside its read transaction.
Result<BackupCounts> WriteTables(
    store::TableStore& tables, Timestamp now, BackupWriter& writer,
    const std::function<void(int64_t written, int64_t total)>& progress) {
  KNOTEN_ASSIGN_OR_RETURN(const std::vector<store::TableShape> shapes,
                          tables.Tables());
  KNOTEN_ASSIGN_OR_RETURN(const int64_t total,
                          TotalRowsIf(progress != nullptr, tables, shapes));
  KNOTEN_RETURN_IF_ERROR(BeginBackup(tables, now, writer));
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
    KNOTEN_RETURN_IF_ERROR(CheckRestoredValues(tables));
    return restorer.counts();
  });
}

}  // namespace knoten::app
