// Plain-SQLite baselines for the store benchmarks: what SQLite alone does
// with the same rows, the same schema and the same settings as knoten, with
// none of knoten's layers (no validation, no domain types, no statement
// cache of ours). A failing SQLite call aborts the benchmark with a message.

#ifndef KNOTEN_BENCH_SQLITE_BASELINE_H_
#define KNOTEN_BENCH_SQLITE_BASELINE_H_

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3_stmt;

namespace knoten::bench {

// Every row of every knoten table of a database (and the full-text rows),
// held in memory so they can be inserted again elsewhere.
class RowSnapshot {
 public:
  static RowSnapshot Read(const std::string& db_path);

  // Rows over all tables, the full-text index included.
  int64_t rows() const { return rows_; }

  // Inserts every row into `db_path`, which must hold knoten's schema and no
  // rows: one transaction, one prepared INSERT per table, bound and stepped
  // once per row, with knoten's pragmas (WAL, synchronous=FULL, foreign
  // keys on, 64 MiB page cache, memory-mapped reads).
  void InsertInto(const std::string& db_path) const;

 private:
  struct Value {
    int type = 0;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_NULL
    int64_t integer = 0;
    double real = 0;
    std::string text;
  };
  static Value ReadValue(sqlite3_stmt* select, int i);

  struct Table {
    std::string insert_sql;
    int columns = 0;
    std::vector<Value> values;  // row-major
  };
  std::vector<Table> tables_;
  int64_t rows_ = 0;
};

// What `knoten person list --json` prints, produced by SQLite's own JSON
// functions in one statement: every non-archived person with channels and
// tags, ordered by name. Returns the document.
std::string SqlitePeopleJson(const std::string& db_path);

// The same for the people whose full-text row matches `fts_query` (FTS5
// syntax), ordered by rank.
std::string SqliteSearchJson(const std::string& db_path,
                             const std::string& fts_query);

}  // namespace knoten::bench

#endif  // KNOTEN_BENCH_SQLITE_BASELINE_H_
