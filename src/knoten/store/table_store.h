// TableStore: the stored tables as they are, row by row, for the JSON backup
// (app/backup_data.h). Reading gives every table that holds the user's data
// with its columns; writing puts rows back, unchanged, into an empty
// database. Nothing here knows the records' meaning; the backend's schema is
// the only description, so a column added later is backed up without a
// change here.
//
// Left out by every backend: what is derived from other tables (the search
// index, rebuilt by FinishInserts) and secrets (password hashes: an account
// restored without one has an unusable hash until `knoten password` sets a
// new one; calendar feeds: none until one is made anew).
//
// Thread-safety: as the owning transaction.

#ifndef KNOTEN_STORE_TABLE_STORE_H_
#define KNOTEN_STORE_TABLE_STORE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "knoten/base/result.h"

namespace knoten::store {

// One stored value: NULL, an integer, a real number or text.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

struct TableShape {
  std::string name;
  std::vector<std::string> columns;
};

// A column of `table` that refers to rows of another table.
struct Reference {
  std::string table;
  std::string column;
};

class TableStore {
 public:
  TableStore() = default;
  TableStore(const TableStore&) = delete;
  TableStore& operator=(const TableStore&) = delete;
  virtual ~TableStore() = default;

  // The version of the schema the tables are in.
  virtual Result<int> SchemaVersion() = 0;

  // The tables that hold the user's data, in the order they were created
  // (a table before those that refer to it), each with its columns in their
  // stored order; secrets and derived tables left out.
  virtual Result<std::vector<TableShape>> Tables() = 0;

  // The number of rows in `table` (one of Tables()).
  virtual Result<int64_t> CountRows(const TableShape& table) = 0;

  // Calls `visit` with each row of `table` (one of Tables()), one cell per
  // column of the shape, in the order of the table's primary key. Returns
  // the first error of `visit`, which ends the walk.
  virtual Status ForEachRow(
      const TableShape& table,
      const std::function<Status(std::span<const Cell> row)>& visit) = 0;

  // Every column of Tables() that refers to rows of `parent` (a table
  // name), in table order.
  virtual Result<std::vector<Reference>> ReferencesTo(
      std::string_view parent) = 0;

  // The values `column` of `table` (one of Tables()) holds, each once, in
  // no particular order: for checking a restore's values cheaply.
  virtual Result<std::vector<Cell>> DistinctValues(std::string_view table,
                                                   std::string_view column) = 0;

  // Whether every table of Tables() is empty.
  virtual Result<bool> Empty() = 0;

  // Inserts one row into `table`: `cells[i]` into `columns[i]`. Columns not
  // named get their default (a secret an unusable value). References are
  // checked by FinishInserts, so rows may come in any order.
  // kInvalidArgument for an unknown table or column, a column named twice,
  // or a cell of the wrong type for its column (the message names them);
  // kFailedPrecondition when the row breaks a rule of its table (a
  // duplicate key, an empty name, a value out of range).
  virtual Status Insert(std::string_view table,
                        std::span<const std::string> columns,
                        std::span<const Cell> cells) = 0;

  // After the last Insert, before the commit: kFailedPrecondition when a
  // row refers to one that is not there (the message names the first such
  // row); otherwise rebuilds what is derived from the tables (indexes a
  // backend set aside for the inserts, the search).
  virtual Status FinishInserts() = 0;
};

}  // namespace knoten::store

#endif  // KNOTEN_STORE_TABLE_STORE_H_
