#!/usr/bin/env bash
# The JSON backup of a large database (issue #6): `knoten export --format
# json` and `knoten restore` of its file into a new database, each timed
# with its peak resident memory (GNU time), beside the same work done by
# sqlite3 itself in the same run: `.dump` of the database into SQL text and
# reading that text into a new database. The two sides alternate, ROUNDS
# times (default 3), and the medians are printed.
#
# Usage: bench/json_backup.sh KNOTEN_BINARY DATABASE [ROUNDS]
# The database is read only (seed one with `knoten demo --people 100000`,
# or use the relationship benchmark's KNOTEN_BENCH_DB).
set -euo pipefail

knoten=$(realpath "${1:?usage: bench/json_backup.sh KNOTEN_BINARY DATABASE [ROUNDS]}")
db=$(realpath "${2:?usage: bench/json_backup.sh KNOTEN_BINARY DATABASE [ROUNDS]}")
rounds=${3:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# shellcheck source=bench/process_times.sh
source "$(dirname "$0")/process_times.sh"

for _ in $(seq "$rounds"); do
  rm -f "$dir"/*.json "$dir"/*.sql "$dir"/restored.db* "$dir"/sqlite.db*
  measure "$dir/knoten-export" "$knoten" --db "$db" export --format json \
    -o "$dir/backup.json" --quiet
  measure "$dir/knoten-restore" "$knoten" --db "$dir/restored.db" restore \
    "$dir/backup.json" --quiet
  measure "$dir/sqlite-dump" sqlite3 "$db" ".output $dir/dump.sql" ".dump"
  measure "$dir/sqlite-read" sqlite3 "$dir/sqlite.db" ".read $dir/dump.sql"
done

json_mib=$(($(stat -c %s "$dir/backup.json") / 1048576))
sql_mib=$(($(stat -c %s "$dir/dump.sql") / 1048576))
people=$(sqlite3 "$dir/restored.db" 'SELECT count(*) FROM person')
echo "database: $db ($people people); JSON backup ${json_mib} MiB, SQL dump ${sql_mib} MiB"
echo "cores: $(nproc); rounds: $rounds (medians)"
printf '%-16s %10s %14s\n' step seconds peak_MiB
for step in knoten-export knoten-restore sqlite-dump sqlite-read; do
  printf '%-16s %10.2f %14.0f\n' "$step" "$(median "$dir/$step" 1)" \
    "$(($(median "$dir/$step" 2) / 1024))"
done
